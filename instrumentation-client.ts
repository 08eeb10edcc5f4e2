// Runs in the browser before hydration (Next's instrumentation-client convention).
import { installMessageLocaleResolver } from "./lib/core/i18n/message-locale";

installMessageLocaleResolver();
