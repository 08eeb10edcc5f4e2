// Next's own floor for pages: a bare Next app built with Caravan's installed
// Next and React — one root layout and one page of text, no client component,
// no data — so Lighthouse can measure, beside Caravan's pages and in the same
// run, what the framework alone costs a phone (its runtime, React's hydration).
// A page cannot block the main thread for less than this with the stack
// Caravan keeps. Built in the benchmark's work folder, never in the project.
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { buildNext } from "../build";
import { startServer, waitForHttp, type Server } from "./processes";

/** The floor page's path on its own server. */
export const NEXT_FLOOR_PATH = "/";

const FILES: Record<string, string> = {
  "package.json": JSON.stringify({ name: "caravan-bench-next-floor", private: true, type: "module" }),
  "next.config.js": "export default { poweredByHeader: false };\n",
  "tsconfig.json": JSON.stringify({
    compilerOptions: {
      target: "ES2022",
      lib: ["dom", "es2022"],
      jsx: "preserve",
      module: "esnext",
      moduleResolution: "bundler",
      strict: true,
      noEmit: true,
      esModuleInterop: true,
      skipLibCheck: true,
      isolatedModules: true,
      allowJs: true,
      resolveJsonModule: true,
      plugins: [{ name: "next" }],
    },
    include: ["**/*.ts", "**/*.tsx"],
    exclude: ["node_modules"],
  }),
  // an icon, so the browser asks for no /favicon.ico that would answer 404 and cost best practices
  "app/icon.svg": '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" fill="#1d4ed8"/></svg>\n',
  "app/layout.tsx": `export const metadata = { title: "Next floor", description: "A bare Next page: what the framework alone costs." };
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
`,
  "app/page.tsx": `export default function Page() {
  return (
    <main>
      <h1>Next floor</h1>
      <p>A page of text with no client component and no data: Next's runtime and React's hydration alone.</p>
    </main>
  );
}
`,
};

/**
 * Writes the floor app into `dir` and builds it. Its node_modules are the project's, hard-linked
 * (Turbopack refuses a node_modules symlinked from outside the app's root); copied where the work
 * folder is on another file system.
 */
export function buildNextFloor(dir: string, projectRoot: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
  for (const [file, content] of Object.entries(FILES)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), content);
  }
  const modules = path.join(projectRoot, "node_modules");
  const linked = spawnSync("cp", ["-al", modules, path.join(dir, "node_modules")], { stdio: "ignore" });
  if (linked.status !== 0) {
    fs.rmSync(path.join(dir, "node_modules"), { recursive: true, force: true });
    execFileSync("cp", ["-a", modules, path.join(dir, "node_modules")]);
  }
  // built as Caravan is (scripts/build.ts, compile hints included), so the two differ only in the app
  buildNext({ cwd: dir, env: { ...process.env, CARAVAN_DIST_DIR: "" }, stdio: ["ignore", "ignore", "inherit"] });
}

/** `next start` on the built floor app; resolves once it answers. */
export async function startNextFloor(dir: string, port: number): Promise<Server> {
  const server = startServer("next-floor", path.join(dir, "node_modules/.bin/next"), ["start", "-p", String(port), "-H", "127.0.0.1", dir], port, {
    NEXT_TELEMETRY_DISABLED: "1",
    NODE_ENV: "production",
  });
  await waitForHttp(`http://127.0.0.1:${port}${NEXT_FLOOR_PATH}`);
  return server;
}
