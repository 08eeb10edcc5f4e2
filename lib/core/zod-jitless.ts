// Zod asks whether it may compile parsers with `new Function` the first time an
// object schema is built. Caravan's Content-Security-Policy forbids eval in the
// browser, so the answer is no either way, but Chromium records the blocked
// probe as a CSP violation (an issue in Lighthouse's best practices). Saying so
// up front skips the probe; the server keeps zod's compiled parsers.
//
// Zod keeps its settings on globalThis.__zod_globalConfig and adopts an object
// already there when it loads (zod/v4/core/core.js), so the setting is made
// without importing zod: `config()` from "zod/v4/core" would put 15 kB of zod
// into every page's first JavaScript, where most pages use none.
// tests/core/zod-jitless.test.ts holds this to zod's own config().

const ZOD_GLOBAL_CONFIG = "__zod_globalConfig";

export function presetZodJitless(): void {
  const holder = globalThis as unknown as Record<string, { jitless?: boolean } | undefined>;
  holder[ZOD_GLOBAL_CONFIG] = Object.assign(holder[ZOD_GLOBAL_CONFIG] ?? {}, { jitless: true });
}
