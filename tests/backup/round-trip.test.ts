// A backup carries a whole instance: seeded data, an import (new figures, a
// revision, its import run), a project import, a saved check and awkward
// values, exported from one database and restored into an empty one of the
// same or the other provider. The restored instance holds the same rows, exports
// byte-identical files, answers every API route with the same body and ETag
// (the data version is restored as it was, so `meta.loadedAt`, `dataVersion`
// and the ETags match too: no response differs), and hands out the ids the
// original would have handed out next.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportDatabase } from "@/lib/backup/export";
import type { Manifest } from "@/lib/backup/manifest";
import { restoreDatabase, type RestoreReport } from "@/lib/backup/restore";
import { getDataVersion } from "@/lib/core/db/data-version";
import { importCsv } from "@/lib/import/import-csv";
import { createTestDatabase, databaseAvailable, type DatabaseName, type TestDatabase } from "../helpers/databases";
import { answers, dumpAll, EDGE_ROW, LARGE_FLOAT, populate, tempDir } from "./helpers";

const PAIRS: [DatabaseName, DatabaseName][] = [
  ["sqlite", "postgresql"],
  ["postgresql", "sqlite"],
  ["sqlite", "sqlite"],
];

const NEXT_IMPORT = [
  "period,partner,reporter,flow,value_usd,source_id,source_publisher,source_title,source_url,source_licence",
  "2026,KAZ,CHN,turnover,51000000000,after-restore,After restore,After restore,https://example.org/after-restore,CC-BY",
  "2023,KGZ,KGZ,turnover,5200000000,kgz-nsc-foreign-trade,,,,",
].join("\n");

/** Where two bodies part, with some context; null when they are the same bytes (bodies run to megabytes: a full diff would drown the report). */
function firstDifference(actual: string, expected: string): string | null {
  if (actual === expected) return null;
  let i = 0;
  while (i < actual.length && actual[i] === expected[i]) i++;
  return `at ${i} of ${expected.length}: expected …${expected.slice(Math.max(0, i - 60), i + 60)}… got …${actual.slice(Math.max(0, i - 60), i + 60)}…`;
}

for (const [from, to] of PAIRS) {
  describe.skipIf(!databaseAvailable(from) || !databaseAvailable(to))(`backup from ${from}, restored into ${to}`, () => {
    let source: TestDatabase;
    let target: TestDatabase;
    let dir: string;
    let manifest: Manifest;
    let report: RestoreReport;
    let savedCheckId: string;

    beforeAll(async () => {
      source = await createTestDatabase(from);
      ({ savedCheckId } = await populate(source.db));
      dir = path.join(tempDir("backup"), "backup");
      manifest = await exportDatabase(source.db, dir);
      target = await createTestDatabase(to);
      report = await restoreDatabase(target.config, dir);
    });
    afterAll(async () => {
      await source?.cleanup();
      await target?.cleanup();
      if (dir) fs.rmSync(path.dirname(dir), { recursive: true, force: true });
    });

    it("the manifest lists every table with its row count and checksum, and the restore loaded them all", async () => {
      expect(manifest).toMatchObject({ format: "caravan-backup", formatVersion: 1, provider: from });
      expect(manifest.schema.migrations.length).toBeGreaterThan(0);
      const counts = Object.fromEntries(manifest.files.map((f) => [f.table, f.rows]));
      expect(counts).toEqual({
        Country: await source.db.country.count(),
        Reporter: await source.db.reporter.count(),
        Source: await source.db.source.count(),
        ImportRun: await source.db.importRun.count(),
        TradeObservation: await source.db.tradeObservation.count(),
        ObservationRevision: await source.db.observationRevision.count(),
        Project: await source.db.project.count(),
        ProjectCountry: await source.db.projectCountry.count(),
        Claim: await source.db.claim.count(),
        DataVersion: 1,
        SavedCheck: 1,
      });
      // every table holds data, so every one of them is proven to come back
      for (const [table, rows] of Object.entries(counts)) expect(rows, table).toBeGreaterThan(0);
      expect(counts.ImportRun).toBe(2);
      // the figure made and deleted in populate(): the counter is one above the highest id left
      const maxId = (await source.db.tradeObservation.aggregate({ _max: { id: true } }))._max.id!;
      expect(manifest.files.find((f) => f.table === "TradeObservation")!.sequence).toEqual({ column: "id", last: maxId + 1 });
      for (const f of manifest.files) {
        const bytes = fs.readFileSync(path.join(dir, f.file));
        expect(crypto.createHash("sha256").update(bytes).digest("hex"), f.file).toBe(f.sha256);
      }
      expect(report.tables).toEqual(manifest.files.map((f) => ({ table: f.table, rows: f.rows })));
      expect(report.replaced).toEqual([]);
      expect(report.dataVersion).toBe(manifest.dataVersion!.version);
    });

    it("every row of every table comes back exactly: ids, timestamps, booleans, floats, empty strings and nulls", async () => {
      const before = await dumpAll(source.db);
      const after = await dumpAll(target.db);
      expect(after.TradeObservation!.length).toBeGreaterThan(700);
      expect(after).toEqual(before);
      const edge = await target.db.tradeObservation.findMany({
        where: { partnerIso3: "TJK", period: "2003", commodity: { in: ["2701", "2702", "2703"] } },
        orderBy: { commodity: "asc" },
      });
      expect(edge.map((r) => [r.commodity, r.valueUsd, r.derivation, r.note, r.synthetic])).toEqual([
        ["2701", 0.30000000000000004, "", EDGE_ROW.note, true],
        ["2702", LARGE_FLOAT, null, null, false],
        ["2703", 5e-324, "", "", true],
      ]);
      expect(edge[0]!.createdAt.toISOString()).toBe("2001-02-03T04:05:06.789Z");
      expect(edge[0]!.updatedAt.toISOString()).toBe("2002-03-04T05:06:07.008Z");
      expect(await getDataVersion(target.db)).toBe(await getDataVersion(source.db));
    });

    it("the restored database exports the same files byte for byte", async () => {
      const again = path.join(path.dirname(dir), "again");
      const second = await exportDatabase(target.db, again);
      expect(second.provider).toBe(to);
      expect(second.files).toEqual(manifest.files);
      expect(second.dataVersion).toEqual(manifest.dataVersion);
    });

    it("every API response is identical, body and ETag", async () => {
      const original = await answers(source.db, savedCheckId);
      const restored = await answers(target.db, savedCheckId);
      for (const answer of original) {
        expect(answer.status, answer.url).toBe(200);
        expect(answer.etag, answer.url).toMatch(/^W\/"v\d+-/);
        expect(answer.body.length, answer.url).toBeGreaterThan(100);
      }
      expect(original.filter((a) => a.contentType?.startsWith("text/csv")).length).toBeGreaterThanOrEqual(5);
      expect(restored.map(({ body: _body, ...headers }) => headers)).toEqual(original.map(({ body: _body, ...headers }) => headers));
      for (let i = 0; i < original.length; i++) expect(firstDifference(restored[i]!.body, original[i]!.body), original[i]!.url).toBeNull();
    });

    it("the next import after a restore gets the ids and revisions it would have got on the original", async () => {
      const results = [];
      for (const db of [source.db, target.db]) {
        const importReport = await importCsv(db, NEXT_IMPORT, { fileName: "after-restore.csv" });
        expect(importReport.errors).toEqual([]);
        results.push({
          importId: importReport.importId,
          observations: await db.tradeObservation.findMany({
            where: { OR: [{ sourceId: "after-restore" }, { year: 2023, partnerIso3: "KGZ", reporterCode: "KGZ" }] },
            select: { id: true, valueUsd: true },
            orderBy: { id: "asc" },
          }),
          revisions: await db.observationRevision.findMany({ select: { id: true, observationId: true, importId: true }, orderBy: { id: "asc" } }),
        });
      }
      expect(results[0]!.importId).toBe(3);
      expect(results[1]).toEqual(results[0]);
      expect(results[0]!.revisions.length).toBeGreaterThan(1);
    });
  });
}
