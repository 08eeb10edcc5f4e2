"use client";

import { useState } from "react";
import { COMPARATORS, type ExtractedAssertion } from "@/lib/checker/extraction-schema";
import { parsePeriod } from "@/lib/core/period";
import { CENTRAL_ASIA, COUNTRY_NAMES, FLOW_LABELS, FLOWS, REGION_CODE, type Flow, type PartnerCode } from "@/lib/core/reference/codes";

const PARTNERS: PartnerCode[] = [...CENTRAL_ASIA, REGION_CODE];
const COMPARATOR_LABELS: Record<(typeof COMPARATORS)[number], string> = {
  approximately: "about / reached",
  more_than: "more than",
  less_than: "less than",
  record: "a record",
  growth_pct: "grew by (%)",
  share_pct: "share (%)",
};

/** The parsed assertion as a small form: a reader who sees a wrong year or country corrects it and judges again. */
export function AssertionEditor({
  assertion,
  busy,
  onJudge,
}: {
  assertion: ExtractedAssertion;
  busy: boolean;
  onJudge: (assertion: ExtractedAssertion) => void;
}) {
  const [draft, setDraft] = useState(assertion);
  const [valueText, setValueText] = useState(assertion.value === null ? "" : String(assertion.value / 1e9));
  const [growthText, setGrowthText] = useState(assertion.growthPct === null ? "" : String(assertion.growthPct));
  const periodOk = draft.period === null || draft.period === "" || parsePeriod(draft.period) !== null || /^\d{4}-\d{4}$/.test(draft.period);
  const valueOk = valueText.trim() === "" || Number.isFinite(Number(valueText.replace(",", ".")));
  const growthOk = growthText.trim() === "" || Number.isFinite(Number(growthText.replace(",", ".")));
  const set = (patch: Partial<ExtractedAssertion>) => setDraft((d) => ({ ...d, ...patch }));

  return (
    <form
      className="assertion-editor"
      aria-label="Parsed claim"
      onSubmit={(event) => {
        event.preventDefault();
        if (!periodOk || !valueOk || !growthOk || draft.partners.length === 0) return;
        const value = valueText.trim() === "" ? null : Math.round(Number(valueText.replace(",", ".")) * 1e9);
        const growthPct = growthText.trim() === "" ? null : Number(growthText.replace(",", "."));
        onJudge({ ...draft, period: draft.period || null, value, growthPct, precision: value === null ? null : draft.precision });
      }}
    >
      <fieldset>
        <legend>Partners</legend>
        <div className="chips">
          {PARTNERS.map((p) => (
            <label className="chip" key={p}>
              <input
                type="checkbox"
                checked={draft.partners.includes(p)}
                onChange={() => set({ partners: draft.partners.includes(p) ? draft.partners.filter((x) => x !== p) : [...draft.partners, p] })}
              />
              {COUNTRY_NAMES[p]}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="editor-row">
        <label>
          <span className="field-label">Period</span>
          <input
            className="text-input"
            value={draft.period ?? ""}
            placeholder="2024, 2023H1, 2024M1-11"
            aria-invalid={!periodOk || undefined}
            onChange={(e) => set({ period: e.target.value.trim() || null })}
          />
        </label>
        <label>
          <span className="field-label">Flow (China&apos;s side)</span>
          <select className="text-input" value={draft.flow} onChange={(e) => set({ flow: e.target.value as Flow })}>
            {FLOWS.map((f) => (
              <option key={f} value={f}>
                {FLOW_LABELS[f]}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span className="field-label">Comparator</span>
          <select
            className="text-input"
            value={draft.comparator}
            onChange={(e) => set({ comparator: e.target.value as ExtractedAssertion["comparator"] })}
          >
            {COMPARATORS.map((c) => (
              <option key={c} value={c}>
                {COMPARATOR_LABELS[c]}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span className="field-label">Value ({draft.currency === "CNY" ? "bn yuan" : "US$ bn"})</span>
          <input
            className="text-input"
            inputMode="decimal"
            value={valueText}
            aria-invalid={!valueOk || undefined}
            onChange={(e) => setValueText(e.target.value)}
          />
        </label>
        <label>
          <span className="field-label">Growth (%)</span>
          <input
            className="text-input"
            inputMode="decimal"
            value={growthText}
            aria-invalid={!growthOk || undefined}
            onChange={(e) => setGrowthText(e.target.value)}
          />
        </label>
        <label>
          <span className="field-label">Whose figure</span>
          <select
            className="text-input"
            value={draft.attribution ?? ""}
            onChange={(e) => set({ attribution: e.target.value === "" ? null : (e.target.value as "CHN" | "partner") })}
          >
            <option value="">not stated</option>
            <option value="CHN">China&apos;s customs / ministry</option>
            <option value="partner">the partner&apos;s statistics</option>
          </select>
        </label>
      </div>
      <button className="button" type="submit" disabled={busy || !periodOk || !valueOk || !growthOk || draft.partners.length === 0}>
        {busy ? "Judging…" : "Judge this reading"}
      </button>
    </form>
  );
}
