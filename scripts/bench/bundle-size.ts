// First-load JS of each page: the gzip size of every JS chunk a page loads on
// first visit (the root main files plus the entry chunks of its layout, page
// and loading segments), read from the build's manifests.
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

export interface PageJs {
  route: string;
  files: number;
  rawBytes: number;
  gzipBytes: number;
}

export function firstLoadJs(distDir: string): PageJs[] {
  const build = JSON.parse(fs.readFileSync(path.join(distDir, "build-manifest.json"), "utf8")) as { rootMainFiles: string[] };
  const appDir = path.join(distDir, "server", "app");
  const manifests: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === "page_client-reference-manifest.js") manifests.push(full);
    }
  };
  walk(appDir);
  const gzipCache = new Map<string, [number, number]>();
  const sizes = (file: string): [number, number] => {
    if (!gzipCache.has(file)) {
      const content = fs.readFileSync(path.join(distDir, file));
      gzipCache.set(file, [content.length, zlib.gzipSync(content, { level: 9 }).length]);
    }
    return gzipCache.get(file)!;
  };
  const pages: PageJs[] = [];
  for (const manifestPath of manifests) {
    const route = "/" + path.relative(appDir, path.dirname(manifestPath)).split(path.sep).join("/");
    if (route.startsWith("/_")) continue; // _not-found, _global-error
    const text = fs.readFileSync(manifestPath, "utf8");
    const match = /"entryJSFiles":(\{[^}]*\})/.exec(text);
    const entries = match ? (JSON.parse(match[1]!) as Record<string, string[]>) : {};
    const files = new Set([...build.rootMainFiles, ...Object.values(entries).flat()].map((f) => f.replace(/^\/?_next\//, "")));
    let rawBytes = 0;
    let gzipBytes = 0;
    for (const file of files) {
      const [raw, gz] = sizes(file);
      rawBytes += raw;
      gzipBytes += gz;
    }
    pages.push({ route: route === "/" ? "/" : route, files: files.size, rawBytes, gzipBytes });
  }
  return pages.sort((a, b) => a.route.localeCompare(b.route));
}
