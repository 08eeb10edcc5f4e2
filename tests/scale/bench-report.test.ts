// The benchmark page's goals list (scripts/bench/report.ts): every goal gets a line, the overview's
// first-load JS is found under the name the build manifests give it, and the Lighthouse goals name
// Next's bare page measured in the same runs.
import { describe, expect, it } from "vitest";
import { NEXT_FLOOR_LABEL, type LighthouseResult } from "@/scripts/bench/lighthouse";
import { HOME_ROUTE, renderReport, type BenchReport, type SizeResult } from "@/scripts/bench/report";

const figures = { rps: 100, p50: 1, p99: 2, errors: 0, requests: 1000 };
const lighthouse = (path: string, performance: number, tbtMs: number): LighthouseResult => ({
  path,
  performance,
  cls: 0,
  tbtMs,
  lcpMs: 1500,
  bestPractices: 100,
  failingBestPractices: [],
  runs: 3,
  benchmarkIndex: 1200,
});

function report(overrides: Partial<BenchReport> = {}, size: Partial<SizeResult> = {}): BenchReport {
  const result: SizeResult = {
    database: "sqlite",
    size: "seed",
    syntheticRows: 0,
    totalRows: 725,
    generateSeconds: null,
    api: [{ name: "typical", path: "/api/v1/trade", rows: 26, cached: figures, uncached: figures, driver: figures }],
    render: { medianMs: 100, p95Ms: 120 },
    csv: { rows: 700, seconds: 0.1, peakRss: 250 * 2 ** 20, bytes: 1000, native: { tool: "sqlite3 -csv", rows: 700, seconds: 0.05, peakRss: null } },
    lighthouse: [lighthouse("/", 90, 300), lighthouse("/check", 96, 120), lighthouse(NEXT_FLOOR_LABEL, 97, 110)],
    ...size,
  } as SizeResult;
  return {
    machine: {
      date: "2026-12-01",
      nproc: 2,
      memoryGiB: 24,
      cpu: "x",
      node: "v20",
      loadAverage: "0",
      loadAverageAfter: "0",
      sqlite: "3",
      postgres: "15",
    },
    settings: { durationSeconds: 10, connections: 4, sizes: ["seed"], databases: ["sqlite"], quick: false, command: "npm run bench" },
    minutes: 1,
    pages: [
      { route: HOME_ROUTE, files: 15, rawBytes: 600_000, gzipBytes: 190_600 },
      { route: "/[locale]/check", files: 13, rawBytes: 590_000, gzipBytes: 177_500 },
    ],
    floorJs: { route: "/", files: 5, rawBytes: 500_000, gzipBytes: 170_000 },
    results: [result],
    missing: [],
    ...overrides,
  };
}

const goals = (r: BenchReport) => renderReport(r).markdown.split("## Goals")[1]!.split("\n## ")[0]!;

describe("the benchmark page's goals", () => {
  it("finds the overview's first-load JS and judges it against 200 kB", () => {
    expect(goals(report())).toContain("- First-load JS of / ≤ 200 kB gzip: 190.6 kB → met");
    const heavy = report({ pages: [{ route: HOME_ROUTE, files: 15, rawBytes: 700_000, gzipBytes: 210_600 }] });
    expect(goals(heavy)).toMatch(/- First-load JS of \/ ≤ 200 kB gzip: 210\.6 kB → \*\*missed\*\* \(over by 10\.6 kB\)/);
  });

  it("names Next's bare page beside a missed Lighthouse goal, and gives the floor no goal line of its own", () => {
    const text = goals(report());
    expect(text).toContain("- Lighthouse /: performance 90");
    expect(text).toMatch(
      /Lighthouse \/: .*\*\*missed\*\* \(performance 90, TBT 300 ms\) \(Next's bare page in the same runs: performance 97, TBT 110 ms/,
    );
    expect(text).toMatch(/- Lighthouse \/check: .* → met/);
    expect(text).not.toContain(`Lighthouse ${NEXT_FLOOR_LABEL}`);
  });

  it("lists the floor in the Lighthouse and first-load JS tables", () => {
    const page = renderReport(report()).markdown;
    expect(page).toContain(`| ${NEXT_FLOOR_LABEL}: the framework's floor | 97 |`);
    expect(page).toContain(`| ${NEXT_FLOOR_LABEL}: the framework's own | 5 |`);
  });

  it("gives each page's HTML size beside its Lighthouse figures, and a dash where the run did not record it", () => {
    const page = renderReport(
      report({}, { lighthouse: [{ ...lighthouse("/", 90, 300), htmlBytes: 146_544 }, lighthouse("/check", 96, 120)] }),
    ).markdown;
    expect(page).toContain("| / | 90 | 0.000 | 300 | 1500 | 100 | – | 3 | 1200 | 147 |");
    expect(page).toContain("| /check | 96 | 0.000 | 120 | 1500 | 100 | – | 3 | 1200 | – |");
  });

  it("reads the CSV goal on the uncompressed export, like the native tool's text, and shows the gzip one beside it", () => {
    const csv = {
      rows: 700,
      seconds: 0.1,
      peakRss: 250 * 2 ** 20,
      bytes: 1000,
      identity: { rows: 700, seconds: 0.04, peakRss: 260 * 2 ** 20, bytes: 9000 },
      native: { tool: "sqlite3 -csv", rows: 700, seconds: 0.01, peakRss: null },
    };
    const text = goals(report({}, { csv, size: "10m" }));
    expect(text).toContain(
      "- CSV rows/s ≥ 30 % of sqlite3 -csv — sqlite 10m: 25 % → **missed** (a fresh server's first export, uncompressed; then asking for gzip, as a browser does: 10 %)",
    );
    // the higher of the two exports' peaks
    expect(text).toContain("- CSV peak RSS < 300 MB at 10M rows — sqlite: 260 MiB → met");
    const older = goals(report({}, { size: "10m" }));
    expect(older).toContain("- CSV rows/s ≥ 30 % of sqlite3 -csv — sqlite 10m: 50 % → met (gzip only in this run)");
  });

  it("says which pages missed the Lighthouse goal, and whether Next's bare page met it in the same run", () => {
    // report(): / misses (90, 300 ms), /check meets (96, 120 ms), the bare page meets (97, 110 ms)
    expect(renderReport(report()).markdown).toContain(
      "**Lighthouse: in this run / misses a Lighthouse goal; Next's own bare page meets them, so every miss is Caravan's own.**",
    );
    const loaded = report({}, { lighthouse: [lighthouse("/", 80, 700), lighthouse("/data", 94, 120), lighthouse(NEXT_FLOOR_LABEL, 89, 461)] });
    expect(renderReport(loaded).markdown).toContain(
      "**Lighthouse: in this run /, /data miss a Lighthouse goal; Next's own bare page misses them too (performance 89, TBT 461 ms).**",
    );
    const met = report({}, { lighthouse: [lighthouse("/", 97, 40), lighthouse("/check", 99, 150), lighthouse(NEXT_FLOOR_LABEL, 100, 14)] });
    expect(renderReport(met).markdown).toContain(
      "**Lighthouse: in this run every page meets the Lighthouse goals; Next's own bare page meets them.**",
    );
    // a layout shift is a Lighthouse goal too, as in the goal lines
    const shifted = report({}, { lighthouse: [{ ...lighthouse("/", 97, 40), cls: 0.05 }, lighthouse(NEXT_FLOOR_LABEL, 100, 14)] });
    expect(renderReport(shifted).markdown).toContain(
      "**Lighthouse: in this run / misses a Lighthouse goal; Next's own bare page meets them, so every miss is Caravan's own.**",
    );
    const floorMissed = report({}, { lighthouse: [lighthouse("/", 97, 40), lighthouse(NEXT_FLOOR_LABEL, 97, 182)] });
    expect(renderReport(floorMissed).markdown).toContain(
      "**Lighthouse: in this run every page meets the Lighthouse goals; Next's own bare page misses them too (TBT 182 ms).**",
    );
  });
});
