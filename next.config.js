import { PHASE_DEVELOPMENT_SERVER } from "next/constants.js";

// Scripts: Next's hydration uses inline scripts, so 'unsafe-inline' stays;
// 'unsafe-eval' only in development (React's dev tooling needs it).
// Styles: Recharts sets inline styles.
const contentSecurityPolicy = (isDev) =>
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
    "frame-ancestors 'none'",
  ].join("; ");

const securityHeaders = (isDev) => [
  { key: "Content-Security-Policy", value: contentSecurityPolicy(isDev) },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

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
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders(phase === PHASE_DEVELOPMENT_SERVER) }];
  },
});

export default nextConfig;
