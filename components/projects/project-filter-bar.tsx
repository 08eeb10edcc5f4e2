"use client";

import { useTranslations } from "next-intl";
import { CENTRAL_ASIA } from "@/lib/core/reference/codes";
import { PROJECT_KINDS, PROJECT_THEMES, SECTORS, STATUSES } from "@/lib/projects/schemas";
import { YearInput } from "../filters/year-input";
import { useProjectLabels } from "./labels";
import { useProjectFilters } from "./use-project-filters";

function toggle<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

/** Country, sector, status, years, theme and kind; all kept in the URL. Empty = all. */
export function ProjectFilterBar({ csvHref }: { csvHref: string }) {
  const t = useTranslations("projects.filters");
  const label = useProjectLabels();
  const [f, setF] = useProjectFilters();
  return (
    <section className="filters" aria-label={t("label")}>
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
      <label>
        <span className="field-label">{t("sector")}</span>
        <select
          aria-label={t("sector")}
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
      </label>
      <label>
        <span className="field-label">{t("status")}</span>
        <select
          aria-label={t("status")}
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
      </label>
      <YearInput id="year-from-year" label={t("from")} value={f.time.from} onCommit={(from) => void setF({ time: { from, to: f.time.to } })} />
      <YearInput id="year-to-year" label={t("to")} value={f.time.to} onCommit={(to) => void setF({ time: { from: f.time.from, to } })} />
      <div style={{ display: "flex", gap: "0.5rem", flexWrap: "wrap" }}>
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
  );
}
