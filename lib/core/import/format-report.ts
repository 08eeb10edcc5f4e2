import type { ImportReport, ProjectFieldValue } from "./types";
import { clip, formatUsd } from "./values";

/** The command line's report: counts, then every error (or the changes a run makes). */
export function formatReport(report: ImportReport, maxChanges = 50): string {
  const lines: string[] = [];
  const { counts } = report;
  lines.push(
    `${report.fileName}: ${report.layout ?? "unrecognised"} layout, ${counts.rows} valid ${report.layout === "projects" ? "record" : "row"}(s)`,
  );
  if (report.errors.length > 0) {
    lines.push(`${report.errors.length} error(s); nothing was imported:`);
    for (const e of report.errors) lines.push(`  line ${e.line}${e.column ? `, column ${e.column}` : ""}: ${e.message}`);
    return lines.join("\n");
  }
  const verb = report.dryRun ? "would be" : "";
  lines.push(`${counts.new} new, ${counts.changed} changed, ${counts.unchanged} unchanged${verb ? ` (dry run: nothing written)` : ""}`);
  if (report.sourcesCreated.length) lines.push(`sources ${report.dryRun ? "to create" : "created"}: ${report.sourcesCreated.join(", ")}`);
  for (const c of report.projectChanges.slice(0, maxChanges)) {
    const what = c.change === "new" ? "new record" : c.fields.map((f) => `${f.field} ${shownValue(f.previous)} → ${shownValue(f.next)}`).join("; ");
    lines.push(`  line ${c.line}: ${c.projectId} ${what}`);
  }
  if (report.projectChanges.length > maxChanges) lines.push(`  … and ${report.projectChanges.length - maxChanges} more`);
  for (const c of report.changes.slice(0, maxChanges)) {
    lines.push(`  line ${c.line}: ${c.key} ${c.previousValue === null ? "new" : `${formatUsd(c.previousValue)} →`} ${formatUsd(c.newValue)}`);
  }
  if (report.changes.length > maxChanges) lines.push(`  … and ${report.changes.length - maxChanges} more`);
  if (report.applied) lines.push(`import #${report.importId} applied`);
  else if (!report.dryRun) lines.push("nothing to change");
  return lines.join("\n");
}

function shownValue(value: ProjectFieldValue): string {
  if (value === null) return "(empty)";
  if (Array.isArray(value)) return value.length ? value.join(";") : "(none)";
  return typeof value === "string" ? JSON.stringify(clip(value, 60)) : String(value);
}
