"use client";

import { CENTRAL_ASIA, COUNTRY_NAMES } from "@/lib/core/reference/codes";
import { PROJECT_KIND_LABELS, PROJECT_KINDS, PROJECT_THEMES, SECTORS, STATUS_LABELS, STATUSES, THEME_LABELS } from "@/lib/projects/schemas";
import { YearInput } from "../filters/year-input";
import { useProjectFilters } from "./use-project-filters";

function toggle<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

/** Country, sector, status, years, theme and kind; all kept in the URL. Empty = all. */
export function ProjectFilterBar({ csvHref }: { csvHref: string }) {
  const [f, setF] = useProjectFilters();
  return (
    <section className="filters" aria-label="Project filters">
      <fieldset>
        <legend>Country</legend>
        <div className="chips">
          {CENTRAL_ASIA.map((c) => (
            <label className="chip" key={c}>
              <input type="checkbox" checked={f.country.includes(c)} onChange={() => void setF({ country: toggle(f.country, c) })} />
              {COUNTRY_NAMES[c]}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>Article theme</legend>
        <div className="chips">
          {PROJECT_THEMES.map((t) => (
            <label className="chip" key={t}>
              <input type="checkbox" checked={f.theme.includes(t)} onChange={() => void setF({ theme: toggle(f.theme, t) })} />
              {THEME_LABELS[t]}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>Record source</legend>
        <div className="chips">
          {PROJECT_KINDS.map((k) => (
            <label className="chip" key={k}>
              <input type="checkbox" checked={f.kind.includes(k)} onChange={() => void setF({ kind: toggle(f.kind, k) })} />
              {PROJECT_KIND_LABELS[k]}
            </label>
          ))}
        </div>
      </fieldset>
      <label>
        <span className="field-label">Sector</span>
        <select
          aria-label="Sector"
          value={f.sector.length === 1 ? f.sector[0] : ""}
          onChange={(e) => void setF({ sector: e.target.value ? [e.target.value as (typeof SECTORS)[number]] : [] })}
        >
          <option value="">All sectors</option>
          {SECTORS.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span className="field-label">Status</span>
        <select
          aria-label="Status"
          value={f.status.length === 1 ? f.status[0] : ""}
          onChange={(e) => void setF({ status: e.target.value ? [e.target.value as (typeof STATUSES)[number]] : [] })}
        >
          <option value="">Any status</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      </label>
      <YearInput label="From year" value={f.time.from} onCommit={(from) => void setF({ time: { from, to: f.time.to } })} />
      <YearInput label="To year" value={f.time.to} onCommit={(to) => void setF({ time: { from: f.time.from, to } })} />
      <div style={{ display: "flex", gap: "0.5rem", flexWrap: "wrap" }}>
        <button
          type="button"
          className="button secondary"
          onClick={() => void setF({ country: [], sector: [], status: [], theme: [], kind: [], time: { from: null, to: null } })}
        >
          Clear filters
        </button>
        <a className="button secondary" href={csvHref} download>
          CSV of this view
        </a>
      </div>
    </section>
  );
}
