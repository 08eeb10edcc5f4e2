"use client";

import { useTranslations } from "next-intl";
import { FilterSheet } from "@/components/filters/filter-sheet";
import { CENTRAL_ASIA } from "@/lib/core/reference/codes";
import type { ProjectPageFilters } from "@/lib/projects/url-state";
import { PROJECT_KINDS, PROJECT_THEMES, SECTORS, STATUSES } from "@/lib/projects/vocabulary";
import { YearInput } from "../filters/year-input";
import { useProjectLabels, type ProjectLabels } from "./labels";
import { useProjectFilters } from "./use-project-filters";

function toggle<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

type Summary = ReturnType<typeof useTranslations<"projects.filters.summary">>;

/** What is selected, in the reader's language: "Kazakhstan +2 · Oil and gas · 2015–2025". Empty filters (= all) say so once. */
export function summarizeProjectFilters(f: ProjectPageFilters, label: ProjectLabels, t: Summary): string {
  const some = <T,>(values: readonly T[], name: (v: T) => string) => {
    const [first] = values;
    if (first === undefined) return null;
    return values.length === 1 ? name(first) : t("more", { first: name(first), count: values.length - 1 });
  };
  const { from, to } = f.time;
  const years =
    from !== null && to !== null
      ? t("years", { from: String(from), to: String(to) })
      : from !== null
        ? t("fromYear", { from: String(from) })
        : to !== null
          ? t("toYear", { to: String(to) })
          : t("allYears");
  return [
    some(f.country, label.country) ?? t("allCountries"),
    some(f.theme, label.theme),
    some(f.kind, label.kind),
    some(f.sector, label.sector),
    some(f.status, label.status),
    years,
  ]
    .filter((part): part is string => part !== null)
    .join(" · ");
}

/** Country, sector, status, years, theme and kind; all kept in the URL. Empty = all. On a phone they sit behind one control. */
export function ProjectFilterBar({ csvHref }: { csvHref: string }) {
  const t = useTranslations("projects.filters");
  const tSummary = useTranslations("projects.filters.summary");
  const label = useProjectLabels();
  const [f, setF] = useProjectFilters();
  return (
    <FilterSheet summary={summarizeProjectFilters(f, label, tSummary)}>
      <section className="filters project-filters" aria-label={t("label")}>
        <fieldset>
          <legend>{t("country")}</legend>
          <div className="chips">
            {CENTRAL_ASIA.map((c) => (
              <label className="chip" key={c}>
                <input type="checkbox" checked={f.country.includes(c)} onChange={() => void setF({ country: toggle(f.country, c) })} />
                {label.country(c)}
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset>
          <legend>{t("theme")}</legend>
          <div className="chips">
            {PROJECT_THEMES.map((th) => (
              <label className="chip" key={th}>
                <input type="checkbox" checked={f.theme.includes(th)} onChange={() => void setF({ theme: toggle(f.theme, th) })} />
                {label.theme(th)}
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset>
          <legend>{t("kind")}</legend>
          <div className="chips">
            {PROJECT_KINDS.map((k) => (
              <label className="chip" key={k}>
                <input type="checkbox" checked={f.kind.includes(k)} onChange={() => void setF({ kind: toggle(f.kind, k) })} />
                {label.kind(k)}
              </label>
            ))}
          </div>
        </fieldset>
        {/* the same label as every other filter's (.filters label.field-label in globals.css) */}
        <div>
          <label className="field-label" htmlFor="project-sector">
            {t("sector")}
          </label>
          <select
            id="project-sector"
            className="text-input"
            value={f.sector.length === 1 ? f.sector[0] : ""}
            onChange={(e) => void setF({ sector: e.target.value ? [e.target.value as (typeof SECTORS)[number]] : [] })}
          >
            <option value="">{t("allSectors")}</option>
            {SECTORS.map((s) => (
              <option key={s} value={s}>
                {label.sector(s)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label className="field-label" htmlFor="project-status">
            {t("status")}
          </label>
          <select
            id="project-status"
            className="text-input"
            value={f.status.length === 1 ? f.status[0] : ""}
            onChange={(e) => void setF({ status: e.target.value ? [e.target.value as (typeof STATUSES)[number]] : [] })}
          >
            <option value="">{t("anyStatus")}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {label.status(s)}
              </option>
            ))}
          </select>
        </div>
        <YearInput id="year-from-year" label={t("from")} value={f.time.from} onCommit={(from) => void setF({ time: { from, to: f.time.to } })} />
        <YearInput id="year-to-year" label={t("to")} value={f.time.to} onCommit={(to) => void setF({ time: { from: f.time.from, to } })} />
        <div className="filter-actions">
          <button
            type="button"
            className="button secondary"
            onClick={() => void setF({ country: [], sector: [], status: [], theme: [], kind: [], time: { from: null, to: null } })}
          >
            {t("clear")}
          </button>
          <a className="button secondary" href={csvHref} download>
            {t("csv")}
          </a>
        </div>
      </section>
    </FilterSheet>
  );
}
