// Runs once when a Next.js server starts: a wrong setting stops it here with
// one message, before it serves a request.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { assertValidEnv } = await import("./lib/core/env");
  assertValidEnv();
}
