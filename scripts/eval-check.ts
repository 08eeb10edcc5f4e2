// Measures the claim extractor on the labelled corpus and prints a table: overall, held-out, tuning,
// per language, per field. Run: npx tsx scripts/eval-check.ts [--failures] [--corpus PATH]
//
// Two readings of each record: "title + sentence" (the PRIMARY reading, as the product reads whole
// articles: the page's title first, so partner and year can be inherited from a headline) and
// "sentence" (the sentence alone, a second row). corpus.test.ts asserts floors for both, the primary first.
// --failures lists the TUNING half's misses only, in the primary reading (--failures-sentence: in
// the sentence-alone reading): the held-out half is for measuring, not for reading.
// --tuning-only hides the held-out rows (for use while developing rules).
// The last columns are verdict agreement (lib/checker/verdict-agreement.ts): each aligned pair's
// extracted and labelled assertions judged by the verdict engine on the shipped data, seeded into a
// temporary SQLite file for the run (DATABASE_URL is not read or touched) and removed afterwards.
// The last table times the extractor on hostile input (tests only check it loosely).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadEvidence } from "../lib/checker/check";
import { evaluate, parseCorpus, PRIMARY_MODE, type ContextMode, type Evaluation, type Figures } from "../lib/checker/evaluation";
import { extractClaims } from "../lib/checker/extract";
import { judgeAssertion, type Evidence } from "../lib/checker/judge";
import { verdictAgreement, type AgreementFigures, type Judge, type VerdictAgreement } from "../lib/checker/verdict-agreement";
import { createPrismaClient } from "../lib/core/db/client";
import { parseDatabaseUrl } from "../lib/core/db/database-url";
import { applyMigrations } from "../lib/core/db/schema-engine";
import { CENTRAL_ASIA, REGION_CODE } from "../lib/core/reference/codes";
import { seedDatabase } from "../lib/seed/seed";

const args = process.argv.slice(2);
const corpusArg = args.indexOf("--corpus");
const corpusPath = path.resolve(corpusArg >= 0 ? (args[corpusArg + 1] ?? "") : "../shared/check-corpus/dev.jsonl");

const pct = (value: number | null) => (value === null ? "   —  " : `${(value * 100).toFixed(1).padStart(5)}%`);

function agreementColumns(a: AgreementFigures | null): string[] {
  if (!a) return ["—".padStart(9), pct(null), pct(null), "—".padStart(7)];
  return [`${a.agreeing}/${a.verdicts}`.padStart(9), pct(a.agreement), pct(a.checkableAgreement), String(a.labelNotCheckable).padStart(7)];
}

function row(name: string, f: Figures, a: AgreementFigures | null): string {
  const fields = (["partners", "period", "flow", "value", "comparator"] as const).map((k) => pct(f.fields[k].accuracy)).join("  ");
  return [
    name.padEnd(18),
    String(f.records).padStart(4),
    String(f.labelled).padStart(6),
    String(f.extracted).padStart(6),
    String(f.truePositives).padStart(4),
    pct(f.precision),
    pct(f.recall),
    String(f.aligned).padStart(5),
    fields,
    ...agreementColumns(a),
  ].join("  ");
}

function table(title: string, ev: Evaluation, ag: VerdictAgreement | null): void {
  console.log(`\n${title}`);
  console.log(
    `${"set".padEnd(18)}  ${"recs".padStart(4)}  ${"labels".padStart(6)}  ${"found".padStart(6)}  ${"TP".padStart(4)}  ${"prec.".padStart(6)}  ${"recall".padStart(6)}  ${"pairs".padStart(5)}  ${"partner".padStart(6)}  ${"period".padStart(6)}  ${"flow".padStart(6)}  ${"value".padStart(6)}  ${"compar.".padStart(6)}  ${"verdicts".padStart(9)}  ${"agree".padStart(6)}  ${"agr.chk".padStart(6)}  ${"lbl n/c".padStart(7)}`,
  );
  const tuningOnly = args.includes("--tuning-only");
  if (!tuningOnly) console.log(row("overall", ev.overall, ag?.overall ?? null));
  if (!tuningOnly) console.log(row("held-out", ev.bySplit.held_out, ag?.bySplit.held_out ?? null));
  console.log(row("tuning", ev.bySplit.tuning, ag?.bySplit.tuning ?? null));
  if (!tuningOnly)
    for (const language of ["en", "ru", "zh"] as const) console.log(row(`  ${language}`, ev.byLanguage[language], ag?.byLanguage[language] ?? null));
  if (!tuningOnly)
    for (const language of ["en", "ru", "zh"] as const)
      console.log(row(`  held-out ${language}`, ev.bySplitAndLanguage.held_out[language], ag?.bySplitAndLanguage.held_out[language] ?? null));
  for (const language of ["en", "ru", "zh"] as const)
    console.log(row(`  tuning ${language}`, ev.bySplitAndLanguage.tuning[language], ag?.bySplitAndLanguage.tuning[language] ?? null));
}

function brief(a: Record<string, unknown>): string {
  return JSON.stringify(a, (_, v) => (v === null || (Array.isArray(v) && v.length === 0) ? undefined : v));
}

function failures(ev: Evaluation, mode: ContextMode, ag: VerdictAgreement | null): void {
  console.log(`\nTuning-half misses, ${mode} reading (false positives, false negatives, wrong fields):`);
  for (const r of ev.results) {
    if (r.split !== "tuning") continue;
    const wrongFields = r.pairs.filter((p) => p.fieldsWrong.length > 0);
    if (r.falsePositives.length === 0 && r.falseNegatives.length === 0 && wrongFields.length === 0) continue;
    const title = mode === "title" && r.record.page_title ? `\n  title: ${r.record.page_title}` : "";
    console.log(`\n${r.record.id} [${r.record.language}] ${r.record.sentence}${title}`);
    const show = (i: number) => {
      const c = r.claims[i];
      if (!c) return "";
      const a = c.assertion;
      return `${c.text}  ${brief({ partners: a.partners, value: a.value, period: a.period, flow: a.flow, comparator: a.comparator, growthPct: a.growthPct, growthMultiple: a.growthMultiple, sharePct: a.sharePct })}`;
    };
    const label = (i: number) => {
      const l = r.labels[i];
      return l ? brief({ partners: l.partners, value: l.value, period: l.period, flow: l.flow, comparator: l.comparator, extra: l.extra }) : "";
    };
    for (const i of r.falsePositives) if (!r.pairs.some((p) => p.claim === i)) console.log(`  FP  ${show(i)}`);
    for (const i of r.falseNegatives) if (!r.pairs.some((p) => p.label === i)) console.log(`  FN  ${label(i)}`);
    for (const p of r.pairs)
      if (p.fieldsWrong.length > 0)
        console.log(
          `  ~   wrong ${p.fieldsWrong.join(", ")}${p.truePositive ? "" : " (not a TP)"}\n      got ${show(p.claim)}\n      want ${label(p.label)}`,
        );
    for (const p of ag?.pairs ?? []) {
      if (p.result !== r) continue;
      const differ = p.comparisons.filter((c) => !c.agree);
      if (differ.length === 0) continue;
      console.log(`  ≠   verdicts differ for ${show(p.claim)}${p.labelReason ? ` (label not judged: ${p.labelReason})` : ""}`);
      for (const c of differ) console.log(`      ${c.reporter}: got "${c.extracted}", label "${c.labelled}"`);
    }
  }
}

/** Every all-goods figure of the shipped data, from a temporary SQLite file seeded for this run (removed afterwards). */
async function seededEvidence(): Promise<Evidence> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "caravan-eval-"));
  try {
    const config = parseDatabaseUrl(`file:${path.join(dir, "eval.db")}`);
    await applyMigrations(config);
    const db = createPrismaClient(config);
    try {
      await seedDatabase(db);
      return await loadEvidence(db, [...CENTRAL_ASIA, REGION_CODE]);
    } finally {
      await db.$disconnect();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function timing(): void {
  const inputs: Record<string, string> = {
    "100 kB of digits": "7".repeat(100_000) + " " + "1,2,".repeat(25_000),
    "200 kB of $": "$".repeat(200_000),
    "country ×10,000": "Kazakhstan ".repeat(10_000) + "Казахстан ".repeat(5_000) + "哈萨克斯坦".repeat(5_000),
    "mixed, real claims": Array.from(
      { length: 1_500 },
      (_, i) =>
        `China-Kazakhstan trade reached $${i}.5 billion in 2023. 中哈贸易额达${i}亿美元。 Товарооборот Китая и Узбекистана составил ${i},2 млрд долларов. `,
    ).join(""),
    "one-char sentences": ". ".repeat(100_000),
    "200 kB, no full stop": "trade China Kazakhstan $5 billion 12% 2024 ".repeat(4_700),
  };
  console.log("\nTiming on hostile input (best of 3):");
  for (const [name, text] of Object.entries(inputs)) {
    let best = Infinity;
    let count = 0;
    for (let run = 0; run < 3; run++) {
      const started = performance.now();
      count = extractClaims(text, { date: "2024-01-01" }).length;
      best = Math.min(best, performance.now() - started);
    }
    console.log(
      `  ${name.padEnd(22)} ${String(Math.round(text.length / 1024)).padStart(4)} kB  ${String(count).padStart(5)} claims  ${best.toFixed(0).padStart(5)} ms`,
    );
  }
}

if (!fs.existsSync(corpusPath)) {
  console.error(`No corpus at ${corpusPath}: the labelled sentences live outside the repository (../shared/check-corpus). Nothing measured.`);
  timing();
  process.exit(1);
}

const records = parseCorpus(fs.readFileSync(corpusPath, "utf8"));
console.log(`Corpus: ${corpusPath} (${records.length} records)`);
console.log("True positive: same partner set, and value within 0.5% (or, for growth/share claims, the same percent or multiple).");
console.log("Field accuracy is over aligned pairs (a claim paired with a label by figure or partner).");
console.log(
  "Verdict agreement: each aligned pair's extracted and labelled assertions are judged by the same engine on the seeded data; verdicts = agreeing/compared (pair, reporter) verdicts, agree = their share, agr.chk = the share over pairs whose label is checkable, lbl n/c = pairs whose label no reporter can check (agreement there says little).",
);
let judge: Judge | null = null;
try {
  const evidence = await seededEvidence();
  judge = (assertion) => judgeAssertion(assertion, evidence);
} catch (error) {
  console.error(`Could not seed a temporary database, so no verdict agreement: ${(error as Error).message}`);
  process.exitCode = 1;
}
const modes: [ContextMode, string][] = [
  ["title", "PRIMARY — page title + sentence, as the product reads articles (asserted by tests/checker/corpus.test.ts)"],
  ["sentence", "Sentence alone (second row; also asserted, with lower floors)"],
];
for (const [mode, title] of modes) {
  const ev = evaluate(records, extractClaims, mode);
  const agreement = judge ? verdictAgreement(ev.results, judge) : null;
  table(title, ev, agreement);
  const wanted = args.includes("--failures-sentence") ? "sentence" : args.includes("--failures") ? PRIMARY_MODE : null;
  if (mode === wanted) failures(ev, mode, agreement);
}
timing();
