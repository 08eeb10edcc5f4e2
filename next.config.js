import createNextIntlPlugin from "next-intl/plugin";
import { PHASE_DEVELOPMENT_SERVER } from "next/constants.js";

// next-intl reads each request's language and messages from lib/core/i18n/request.ts. The
// messages (messages/<locale>/*.json) are compiled at build time (next-intl's catalog loader,
// `precompile`), so the browser formats them with a small formatter and never loads or runs an
// ICU parser during hydration (intl-messageformat: 38.7 kB raw and up to 200 ms of blocking time
// on Lighthouse's phone). Vitest and the scripts import the same files as plain strings.
const withNextIntl = createNextIntlPlugin({
  requestConfig: "./lib/core/i18n/request.ts",
  experimental: { messages: { path: "./messages", format: "json", precompile: true } },
});

// Scripts: Next's hydration uses inline scripts, so 'unsafe-inline' stays;
// 'unsafe-eval' only in development (React's dev tooling needs it).
// Styles: Recharts sets inline styles.
// Framing: no page may be framed ('none' and X-Frame-Options: DENY) except
// the embeds under /embed/, which any site may frame (frame-ancestors *, and
// no X-Frame-Options, which knows no "any site").
const contentSecurityPolicy = (isDev, frameAncestors) =>
  [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join("; ");

const securityHeaders = (isDev, { framable = false } = {}) => [
  { key: "Content-Security-Policy", value: contentSecurityPolicy(isDev, framable ? "*" : "'none'") },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  ...(framable ? [] : [{ key: "X-Frame-Options", value: "DENY" }]),
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

/** The embeds: the only pages another site may frame, in English (/embed/…) and Russian (/ru/embed/…). */
const NOT_EMBED = "/:path((?!(?:ru/)?embed(?:/|$)).*)";
const EMBED_PATHS = ["/embed/:path*", "/ru/embed/:path*"];

/** @type {(phase: string) => import('next').NextConfig} */
const nextConfig = (phase) => ({
  poweredByHeader: false,
  reactStrictMode: true,
  // The browser tests build into their own folder so they never clobber a running `npm start`.
  distDir: process.env.CARAVAN_DIST_DIR || ".next",
  productionBrowserSourceMaps: false,
  // `npm test` type-checks the whole project (tsc --noEmit, strict) first;
  // the build need not do it again.
  typescript: { ignoreBuildErrors: true },
  // Native and WebAssembly database drivers stay plain Node requires.
  serverExternalPackages: ["better-sqlite3", "pg", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg"],
  // The stylesheets stay files (one shared, 3.4 kB gzip, plus a page's own), not experimental.inlineCss:
  // inlining wrote each stylesheet three times into every page (once in <head>, twice in the inline
  // server-component payload, 52 kB of a page's HTML), and parsing that on a phone cost more blocking
  // time than the stylesheet's round trip costs first paint (Lighthouse, side by side: docs/benchmarks.md).
  async headers() {
    const isDev = phase === PHASE_DEVELOPMENT_SERVER;
    // Rules that never match the same path (a later match would only
    // override keys, never remove X-Frame-Options): everything but the
    // embeds, then the embeds.
    return [
      { source: NOT_EMBED, headers: securityHeaders(isDev) },
      ...EMBED_PATHS.map((source) => ({ source, headers: securityHeaders(isDev, { framable: true }) })),
    ];
  },
});

const config = (phase) => withNextIntl(nextConfig(phase));

export default config;
