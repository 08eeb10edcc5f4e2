// Prints one plain closing line for the whole run, "Tests: N passed, N failed,
// N skipped", from the JSON reports Vitest wrote for each suite; then which
// suites were skipped, by name (e.g. the PostgreSQL ones when no server was
// reachable), and any report that is missing because its suite never finished.
import fs from "node:fs";
import path from "node:path";

let passed = 0;
let failed = 0;
let skipped = 0;
/** skipped tests per top-level suite ("seed on postgresql") or, outside any suite, per file */
const skippedBySuite = new Map();
const missing = [];
for (const file of process.argv.slice(2)) {
  if (!fs.existsSync(file)) {
    missing.push(file);
    continue;
  }
  const report = JSON.parse(fs.readFileSync(file, "utf8"));
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  for (const result of report.testResults ?? []) {
    for (const test of result.assertionResults ?? []) {
      if (!["skipped", "pending", "todo"].includes(test.status)) continue;
      const suite = test.ancestorTitles?.[0] ?? path.relative(process.cwd(), result.name ?? file);
      skippedBySuite.set(suite, (skippedBySuite.get(suite) ?? 0) + 1);
    }
  }
}
console.log(`Tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
if (skippedBySuite.size > 0) {
  const names = [...skippedBySuite].sort(([a], [b]) => a.localeCompare(b)).map(([suite, n]) => `${suite} (${n})`);
  console.log(`Skipped: ${names.join("; ")}`);
}
for (const file of missing) console.log(`No report: ${file} (that suite did not finish; its tests are not counted above)`);
