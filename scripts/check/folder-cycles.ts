// npm run lint:deps, second half: counts import cycles between folders (a
// folder imports a module of another folder that, directly or through
// others, imports back). .dependency-cruiser.cjs forbids module cycles and
// imports against the layer order; this holds the folder graph to zero
// cycles too. Exits 1 and names each cycle when there is one.
import { execFileSync } from "node:child_process";
import path from "node:path";

interface CruiseOutput {
  modules: { source: string; dependencies: { resolved: string; coreModule: boolean; couldNotResolve: boolean }[] }[];
}

const ROOTS = ["lib", "app", "components", "scripts", "tests"];
const bin = path.resolve("node_modules/.bin/depcruise");
const json = execFileSync(bin, [...ROOTS, "--config", ".dependency-cruiser.cjs", "--output-type", "json"], {
  encoding: "utf8",
  maxBuffer: 256 * 1024 * 1024,
});
const { modules } = JSON.parse(json) as CruiseOutput;

const inProject = (file: string) => ROOTS.some((root) => file.startsWith(`${root}/`));
const folderOf = (file: string) => path.posix.dirname(file);

const edges = new Map<string, Set<string>>();
for (const mod of modules) {
  if (!inProject(mod.source)) continue;
  const from = folderOf(mod.source);
  for (const dep of mod.dependencies) {
    if (dep.coreModule || dep.couldNotResolve || !inProject(dep.resolved)) continue;
    const to = folderOf(dep.resolved);
    if (to === from) continue;
    if (!edges.has(from)) edges.set(from, new Set());
    edges.get(from)!.add(to);
  }
}

// Tarjan's strongly connected components: every component of more than one folder is a cycle.
let index = 0;
const indices = new Map<string, number>();
const lowlinks = new Map<string, number>();
const stack: string[] = [];
const onStack = new Set<string>();
const cycles: string[][] = [];

function visit(folder: string): void {
  indices.set(folder, index);
  lowlinks.set(folder, index);
  index++;
  stack.push(folder);
  onStack.add(folder);
  for (const next of edges.get(folder) ?? []) {
    if (!indices.has(next)) {
      visit(next);
      lowlinks.set(folder, Math.min(lowlinks.get(folder)!, lowlinks.get(next)!));
    } else if (onStack.has(next)) {
      lowlinks.set(folder, Math.min(lowlinks.get(folder)!, indices.get(next)!));
    }
  }
  if (lowlinks.get(folder) === indices.get(folder)) {
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== folder);
    if (component.length > 1) cycles.push(component.sort());
  }
}

const folders = new Set([...edges.keys(), ...[...edges.values()].flatMap((s) => [...s])]);
for (const folder of [...folders].sort()) if (!indices.has(folder)) visit(folder);

console.log(`folder-level import cycles: ${cycles.length} (${folders.size} folders)`);
for (const cycle of cycles) console.log(`  cycle: ${cycle.join(" ↔ ")}`);
process.exit(cycles.length === 0 ? 0 : 1);
