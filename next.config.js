/** @type {import('next').NextConfig} */
const nextConfig = {
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
};

export default nextConfig;
