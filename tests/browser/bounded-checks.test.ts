// Bounded checks on a real build served by Caravan's server (scripts/serve.ts):
// every adversarial text of the largest allowed size answers within the
// checker's stated time bound, and 50 of them at once leave /api/health
// answering in under a second throughout, each check answered with a 200 or
// the documented 503 (checker_busy, check_timeout) with Retry-After.
import type { ChildProcess } from "node:child_process";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { CHECK_TIME_BOUND_MS } from "@/lib/checker/scheduler";
import { adversarialTexts, pollHealth, postCheck } from "@/scripts/bench/check-load";
import { serveCaravan } from "./serve";

/** Reading a 400 kB body and writing a 1.7 MB answer come on top of the bound. */
const TRANSFER_MS = 2_000;
const REFUSALS = ["checker_busy", "check_timeout"];

let server: ChildProcess | undefined;
let baseUrl = "";

beforeAll(async () => {
  // Its own server on the seeded database, with a rate limit that lets the burst through to the checker.
  const served = await serveCaravan({ DATABASE_URL: inject("databaseUrl"), CARAVAN_CHECK_RATE_LIMIT: "100000" });
  server = served.process;
  baseUrl = served.url;
  // The first check compiles the lexicon's expressions and the route.
  await postCheck(baseUrl, "China-Kazakhstan trade reached $31.2 billion in 2022.");
});

afterAll(() => {
  server?.kill("SIGTERM");
});

describe("bounded checks", () => {
  it("answers each adversarial text of up to 200 kB within the stated bound", async () => {
    for (const { name, text } of adversarialTexts()) {
      const answer = await postCheck(baseUrl, text);
      if (answer.status === 200) expect(answer.claims, name).toBeLessThanOrEqual(1000);
      else {
        expect(answer.status, name).toBe(503);
        expect(REFUSALS, name).toContain(answer.code);
        expect(answer.retryAfter, name).toMatch(/^[0-9]+$/);
      }
      expect(answer.ms, name).toBeLessThan(CHECK_TIME_BOUND_MS + TRANSFER_MS);
    }
  });

  it("keeps /api/health under a second while 50 adversarial checks run at once, and answers every check", async () => {
    const texts = adversarialTexts();
    const health = pollHealth(baseUrl, 100);
    await new Promise((r) => setTimeout(r, 300));
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, i) => postCheck(baseUrl, texts[i % texts.length]!.text).catch((error: unknown) => ({ dropped: String(error) }))),
    );
    await new Promise((r) => setTimeout(r, 300));
    const polls = await health.stop();

    expect(polls.length).toBeGreaterThanOrEqual(5);
    for (const poll of polls) {
      expect(poll.status).toBe(200);
      expect(poll.ms).toBeLessThan(1_000);
    }
    let ok = 0;
    for (const answer of answers) {
      if ("dropped" in answer) throw new Error(`a check got no answer: ${answer.dropped}`);
      expect(answer.ms).toBeLessThan(CHECK_TIME_BOUND_MS + TRANSFER_MS);
      if (answer.status === 200) {
        ok++;
        continue;
      }
      expect(answer.status).toBe(503);
      expect(REFUSALS).toContain(answer.code);
      expect(answer.retryAfter).toMatch(/^[0-9]+$/);
    }
    // the burst is bounded, not refused wholesale
    expect(ok).toBeGreaterThan(0);
  });
});
