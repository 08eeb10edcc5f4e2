"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { MAX_YEAR, MIN_YEAR } from "@/lib/core/reference/codes";

const isYear = (text: string) => /^\d{4}$/.test(text) && Number(text) >= MIN_YEAR && Number(text) <= MAX_YEAR;

/**
 * A year box that accepts typing and arrows; the URL changes only on a whole
 * valid year (or when cleared). When the value changes from outside (the back
 * button, a reset), the box follows it: state is adjusted during render, as
 * React recommends, rather than in an effect.
 */
export function YearInput({
  id: givenId,
  label,
  value,
  placeholder,
  onCommit,
}: {
  /** the input's id; by default made from the label */
  id?: string;
  label: string;
  value: number | null;
  placeholder?: number;
  onCommit: (year: number | null) => void;
}) {
  const shown = value === null ? "" : String(value);
  const [text, setText] = useState(shown);
  const [lastValue, setLastValue] = useState(value);
  if (lastValue !== value) {
    setLastValue(value);
    setText(shown);
  }
  const t = useTranslations("filters");
  const id = givenId ?? `year-${label.replace(/\s+/g, "-").toLowerCase()}`;
  const invalid = text !== "" && !isYear(text);
  return (
    <div>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        className="year-input"
        type="number"
        inputMode="numeric"
        min={MIN_YEAR}
        max={MAX_YEAR}
        step={1}
        value={text}
        placeholder={placeholder ? String(placeholder) : t("anyYear")}
        aria-invalid={invalid || undefined}
        onChange={(event) => {
          const next = event.target.value;
          setText(next);
          if (next === "") onCommit(null);
          else if (isYear(next)) onCommit(Number(next));
        }}
      />
    </div>
  );
}
