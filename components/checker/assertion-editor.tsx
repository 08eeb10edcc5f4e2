"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { COMPARATORS, type ExtractedAssertion } from "@/lib/checker/extraction-schema";
import { parsePeriod } from "@/lib/core/period";
import { CENTRAL_ASIA, FLOWS, REGION_CODE, type Flow, type PartnerCode } from "@/lib/core/reference/codes";

const PARTNERS: PartnerCode[] = [...CENTRAL_ASIA, REGION_CODE];

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
  const t = useTranslations("checker.editor");
  const ref = useTranslations("reference");
  const [draft, setDraft] = useState(assertion);
  const locale = useLocale();
  // a Russian reader writes (and reads) a decimal comma; both are accepted
  const decimal = (v: number) => (locale === "en" ? String(v) : String(v).replace(".", ","));
  const [valueText, setValueText] = useState(assertion.value === null ? "" : decimal(assertion.value / 1e9));
  const [growthText, setGrowthText] = useState(assertion.growthPct === null ? "" : decimal(assertion.growthPct));
  const periodOk = draft.period === null || draft.period === "" || parsePeriod(draft.period) !== null || /^\d{4}-\d{4}$/.test(draft.period);
  const valueOk = valueText.trim() === "" || Number.isFinite(Number(valueText.replace(",", ".")));
  const growthOk = growthText.trim() === "" || Number.isFinite(Number(growthText.replace(",", ".")));
  const set = (patch: Partial<ExtractedAssertion>) => setDraft((d) => ({ ...d, ...patch }));

  return (
    <form
      className="assertion-editor"
      aria-label={t("label")}
      onSubmit={(event) => {
        event.preventDefault();
        if (!periodOk || !valueOk || !growthOk || draft.partners.length === 0) return;
        const value = valueText.trim() === "" ? null : Math.round(Number(valueText.replace(",", ".")) * 1e9);
        const growthPct = growthText.trim() === "" ? null : Number(growthText.replace(",", "."));
        onJudge({ ...draft, period: draft.period || null, value, growthPct, precision: value === null ? null : draft.precision });
      }}
    >
      <fieldset>
        <legend>{t("partners")}</legend>
        <div className="chips">
          {PARTNERS.map((p) => (
            <label className="chip" key={p}>
              <input
                type="checkbox"
                checked={draft.partners.includes(p)}
                onChange={() => set({ partners: draft.partners.includes(p) ? draft.partners.filter((x) => x !== p) : [...draft.partners, p] })}
              />
              {ref(`countries.${p}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="editor-row">
        <label>
          <span className="field-label">{t("period")}</span>
          <input
            className="text-input"
            value={draft.period ?? ""}
            placeholder={t("periodPlaceholder")}
            aria-invalid={!periodOk || undefined}
            onChange={(e) => set({ period: e.target.value.trim() || null })}
          />
        </label>
        <label>
          <span className="field-label">{t("flow")}</span>
          <select className="text-input" value={draft.flow} onChange={(e) => set({ flow: e.target.value as Flow })}>
            {FLOWS.map((f) => (
              <option key={f} value={f}>
                {ref(`flows.${f}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span className="field-label">{t("comparator")}</span>
          <select
            className="text-input"
            value={draft.comparator}
            onChange={(e) => set({ comparator: e.target.value as ExtractedAssertion["comparator"] })}
          >
            {COMPARATORS.map((c) => (
              <option key={c} value={c}>
                {t(`comparators.${c}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span className="field-label">{t("value", { unit: draft.currency === "CNY" ? t("unitCny") : t("unitUsd") })}</span>
          <input
            className="text-input"
            inputMode="decimal"
            value={valueText}
            aria-invalid={!valueOk || undefined}
            onChange={(e) => setValueText(e.target.value)}
          />
        </label>
        <label>
          <span className="field-label">{t("growth")}</span>
          <input
            className="text-input"
            inputMode="decimal"
            value={growthText}
            aria-invalid={!growthOk || undefined}
            onChange={(e) => setGrowthText(e.target.value)}
          />
        </label>
        <label>
          <span className="field-label">{t("attribution")}</span>
          <select
            className="text-input"
            value={draft.attribution ?? ""}
            onChange={(e) => set({ attribution: e.target.value === "" ? null : (e.target.value as "CHN" | "partner") })}
          >
            <option value="">{t("attributions.none")}</option>
            <option value="CHN">{t("attributions.CHN")}</option>
            <option value="partner">{t("attributions.partner")}</option>
          </select>
        </label>
      </div>
      <button className="button" type="submit" disabled={busy || !periodOk || !valueOk || !growthOk || draft.partners.length === 0}>
        {busy ? t("judging") : t("judge")}
      </button>
    </form>
  );
}
