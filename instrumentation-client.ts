// Runs in the browser before hydration (Next's instrumentation-client convention).
import { config as zodConfig } from "zod/v4/core";
import { installMessageLocaleResolver } from "./lib/core/i18n/message-locale";

installMessageLocaleResolver();

// Zod asks whether it may compile parsers with `new Function` the first time an
// object schema is built. Caravan's Content-Security-Policy forbids eval in the
// browser, so the answer is no either way, but Chromium records the blocked
// probe as a CSP violation (an issue in Lighthouse's best practices). Saying
// so up front skips the probe; the server keeps zod's compiled parsers.
zodConfig({ jitless: true });
