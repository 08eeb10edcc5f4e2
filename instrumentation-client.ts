// Runs in the browser before hydration (Next's instrumentation-client convention).
import { installMessageLocaleResolver } from "./lib/core/i18n/message-locale";
import { presetZodJitless } from "./lib/core/zod-jitless";

installMessageLocaleResolver();
presetZodJitless();
