// Caravan's server (scripts/serve.ts) in a process of its own, for suites that
// need one with settings of their own beside the shared one of global-setup.ts.
import { spawn, type ChildProcess } from "node:child_process";
import { inject } from "vitest";
import { freePort } from "../../scripts/bench/processes";

export { freePort };

export interface ServedCaravan {
  url: string;
  process: ChildProcess;
}

/** Starts the built app (the suite's build) on a free port and resolves once /api/health answers 200. */
export async function serveCaravan(env: Record<string, string>): Promise<ServedCaravan> {
  const port = await freePort();
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts", "--port", String(port), "--hostname", "127.0.0.1"], {
    env: { ...process.env, CARAVAN_DIST_DIR: inject("distDir"), NEXT_TELEMETRY_DISABLED: "1", ...env },
    stdio: process.env.CARAVAN_TEST_SERVER_LOGS ? "inherit" : "ignore",
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 240; i++) {
    const ok = await fetch(`${url}/api/health`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) return { url, process: child };
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill("SIGTERM");
  throw new Error("scripts/serve.ts did not answer /api/health within 60 s");
}
