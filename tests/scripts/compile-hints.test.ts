// scripts/build.ts: the compile hint goes on top of the chunks every page loads first, once, and
// nowhere else; a build manifest without them is an error, not a silent no-op.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { COMPILE_HINT, markCompileHints } from "@/scripts/build";

let dist: string;
beforeEach(() => {
  dist = fs.mkdtempSync(path.join(os.tmpdir(), "caravan-hints-"));
  fs.mkdirSync(path.join(dist, "static/chunks"), { recursive: true });
});
afterEach(() => fs.rmSync(dist, { recursive: true, force: true }));

const write = (file: string, content: string) => fs.writeFileSync(path.join(dist, file), content);
const read = (file: string) => fs.readFileSync(path.join(dist, file), "utf8");

describe("markCompileHints", () => {
  it("puts the hint on top of the root main chunks only, and a second run changes nothing", () => {
    write("static/chunks/framework.js", "(globalThis.TURBOPACK||[]).push([1,()=>{}]);");
    write("static/chunks/runtime.js", "(()=>{})();");
    write("static/chunks/page.js", "(globalThis.TURBOPACK||[]).push([2,()=>{}]);");
    write("static/chunks/root.css", "body{margin:0}");
    write(
      "build-manifest.json",
      JSON.stringify({ rootMainFiles: ["static/chunks/framework.js", "static/chunks/runtime.js", "static/chunks/root.css"], polyfillFiles: [] }),
    );

    expect(markCompileHints(dist)).toEqual(["static/chunks/framework.js", "static/chunks/runtime.js"]);
    expect(read("static/chunks/framework.js")).toBe(`${COMPILE_HINT}(globalThis.TURBOPACK||[]).push([1,()=>{}]);`);
    expect(read("static/chunks/runtime.js")).toBe(`${COMPILE_HINT}(()=>{})();`);
    expect(read("static/chunks/page.js")).toBe("(globalThis.TURBOPACK||[]).push([2,()=>{}]);");
    expect(read("static/chunks/root.css")).toBe("body{margin:0}");

    markCompileHints(dist);
    expect(read("static/chunks/framework.js").split(COMPILE_HINT).length).toBe(2);
  });

  it("is V8's magic comment, on a line of its own", () => {
    expect(COMPILE_HINT).toBe("//# allFunctionsCalledOnLoad\n");
  });

  it("refuses a manifest that lists no root main files", () => {
    write("build-manifest.json", JSON.stringify({ pages: {} }));
    expect(() => markCompileHints(dist)).toThrow(/rootMainFiles/);
  });
});
