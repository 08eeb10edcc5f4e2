// presetZodJitless sets zod's jitless without importing zod (lib/core/zod-jitless.ts):
// it must be the setting zod itself reads, whether zod loads after it (the browser)
// or before it. "After" runs in a fresh Node, where zod has not been evaluated yet.
import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import * as zodCore from "zod/v4/core";
import { presetZodJitless } from "@/lib/core/zod-jitless";

/** What zod's config() says, and whether building and parsing an object called Function, in a new process. */
function inFreshNode(preset: boolean): { jitless: unknown; functionCalls: number } {
  const script = `
    ${preset ? 'const { presetZodJitless } = await import("./lib/core/zod-jitless.ts"); presetZodJitless();' : ""}
    let functionCalls = 0;
    const RealFunction = globalThis.Function;
    globalThis.Function = new Proxy(RealFunction, { construct(target, args) { functionCalls++; return Reflect.construct(target, args); }, apply(target, self, args) { functionCalls++; return Reflect.apply(target, self, args); } });
    const core = await import("zod/v4/core");
    const { z } = await import("zod");
    z.object({ a: z.number() }).parse({ a: 1 });
    globalThis.Function = RealFunction;
    console.log(JSON.stringify({ jitless: core.config().jitless ?? null, functionCalls }));
  `;
  const out = execFileSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { encoding: "utf8" });
  return JSON.parse(out.trim().split("\n").pop()!);
}

describe("presetZodJitless", () => {
  it("set before zod loads, it is zod's setting, and zod builds an object without probing new Function", () => {
    expect(inFreshNode(true)).toEqual({ jitless: true, functionCalls: 0 });
  });

  it("without it zod probes new Function (so the check above can fail)", () => {
    const plain = inFreshNode(false);
    expect(plain.jitless).toBeNull();
    expect(plain.functionCalls).toBeGreaterThan(0);
  });

  it("set after zod has loaded, it changes zod's own settings object and keeps the others", () => {
    const before = zodCore.config();
    const others = { ...before };
    delete others.jitless;
    presetZodJitless();
    expect(zodCore.config()).toBe(before);
    expect(zodCore.config()).toEqual({ ...others, jitless: true });
  });
});
