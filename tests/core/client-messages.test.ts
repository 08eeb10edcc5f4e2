// Each page sends the browser only the messages its client components use
// (components/layout/client-messages.tsx), so the lists must keep up with the
// components: this follows every page's imports, as the bundler does, and
// fails when a client module translates with a namespace its page does not send.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LAYOUT_CLIENT_MESSAGES, PAGE_CLIENT_MESSAGES, type ClientMessagesPage } from "@/components/layout/client-messages";
import { pickMessages, type MessageTree } from "@/lib/core/i18n/pick-messages";
import { MESSAGES } from "@/messages";

const ROOT = path.resolve(".");
const LOCALE_DIR = path.join(ROOT, "app/[locale]");
const SOURCE_EXTENSIONS = ["", ".tsx", ".ts", "/index.tsx", "/index.ts"];
// static and dynamic imports and re-exports; `import type` is dropped below (it brings no code)
const IMPORT = /(?:import|export)\s[^"';]*?from\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)|import\s*["']([^"']+)["']/g;

function resolveImport(from: string, specifier: string): string | null {
  const base = specifier.startsWith("@/")
    ? path.join(ROOT, specifier.slice(2))
    : specifier.startsWith(".")
      ? path.resolve(path.dirname(from), specifier)
      : null;
  if (!base) return null; // a package
  for (const extension of SOURCE_EXTENSIONS) {
    const file = base + extension;
    if (fs.existsSync(file) && fs.statSync(file).isFile()) return file;
  }
  throw new Error(`${path.relative(ROOT, from)}: cannot resolve ${specifier}`);
}

/** The namespaces of every useTranslations call in a client module reachable from `entry` ("" for a call without one). */
function clientNamespaces(entry: string): Set<string> {
  const namespaces = new Set<string>();
  const visited = new Set<string>();
  const visit = (file: string, inClient: boolean) => {
    if (visited.has(`${inClient}:${file}`)) return;
    visited.add(`${inClient}:${file}`);
    const source = fs.readFileSync(file, "utf8");
    // everything a "use client" module imports runs in the browser too
    const client = inClient || /^\s*["']use client["']/.test(source);
    if (client) for (const call of source.matchAll(/useTranslations\(\s*(?:["']([^"']*)["'])?\s*\)/g)) namespaces.add(call[1] ?? "");
    for (const found of source.matchAll(IMPORT)) {
      if (/^(?:import|export)\s+type\b/.test(found[0])) continue;
      const target = resolveImport(file, found[1] ?? found[2] ?? found[3]!);
      // the generated Prisma clients are server code with no translations
      if (target && /\.tsx?$/.test(target) && !target.startsWith(path.join(ROOT, "lib/generated"))) visit(target, client);
    }
  };
  visit(entry, false);
  return namespaces;
}

/** The page sets a file's content is wrapped in: its own <ClientMessages page=…> and those of the layouts above it. */
function pagesAround(file: string): ClientMessagesPage[] {
  const pages: ClientMessagesPage[] = [];
  const named = (source: string) => [...source.matchAll(/<ClientMessages\s+page="([a-z]+)"/g)].map((m) => m[1] as ClientMessagesPage);
  pages.push(...named(fs.readFileSync(file, "utf8")));
  for (let dir = path.dirname(file); dir.startsWith(LOCALE_DIR) && dir !== LOCALE_DIR; dir = path.dirname(dir)) {
    const layout = path.join(dir, "layout.tsx");
    if (layout !== file && fs.existsSync(layout)) pages.push(...named(fs.readFileSync(layout, "utf8")));
  }
  return pages;
}

const covered = (namespace: string, sent: readonly string[]) => sent.some((s) => namespace === s || namespace.startsWith(`${s}.`));

function routeFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return /^(page|layout|error|not-found|loading)\.tsx$/.test(entry.name) ? [full] : [];
  });
}

describe("the messages each page sends", () => {
  const files = routeFiles(LOCALE_DIR);

  it("finds the route files", () => {
    expect(files.length).toBeGreaterThan(15);
  });

  it.each(files.map((f) => [path.relative(ROOT, f), f]))("%s sends every namespace its client components use", (_, file) => {
    const pages = pagesAround(file);
    const sent = [...LAYOUT_CLIENT_MESSAGES, ...pages.flatMap((p) => PAGE_CLIENT_MESSAGES[p])];
    const missing = [...clientNamespaces(file)].filter((ns) => !covered(ns, sent));
    expect(missing).toEqual([]);
  });

  it("the crawl sees a page's client namespaces (it would catch a missing one)", () => {
    const projects = clientNamespaces(path.join(LOCALE_DIR, "projects/page.tsx"));
    expect([...projects]).toEqual(expect.arrayContaining(["projects.map", "projects.table", "ui.pager", "share.view"]));
    expect(covered("projects.map", PAGE_CLIENT_MESSAGES.overview)).toBe(false);
  });

  it("every listed namespace exists in every language", () => {
    const all = [...LAYOUT_CLIENT_MESSAGES, ...Object.values(PAGE_CLIENT_MESSAGES).flat()];
    for (const messages of Object.values(MESSAGES)) expect(() => pickMessages(messages as unknown as MessageTree, all)).not.toThrow();
  });
});

describe("pickMessages", () => {
  const messages: MessageTree = { a: { x: "1", y: { z: "2" } }, b: { w: "3" }, c: "4" };

  it("keeps the named branches in their places and nothing else", () => {
    expect(pickMessages(messages, ["a.y", "c"])).toEqual({ a: { y: { z: "2" } }, c: "4" });
  });

  it("takes a whole namespace once, whatever order its branches are named in", () => {
    expect(pickMessages(messages, ["a.y.z", "a", "a.x"])).toEqual({ a: messages.a });
  });

  it("refuses a path that names no messages", () => {
    expect(() => pickMessages(messages, ["a.q"])).toThrow('no messages at "a.q"');
  });
});
