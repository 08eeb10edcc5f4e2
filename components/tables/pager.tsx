"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";

export interface Paged<T> {
  /** the rows of the page shown */
  rows: T[];
  /** 0-based, always within range */
  page: number;
  pageCount: number;
  first: number;
  total: number;
  setPage: (page: number) => void;
}

/**
 * One page of a long table. The page follows the rows: when they shrink (a
 * filter, a search) it is brought back within range instead of showing nothing.
 */
export function usePaged<T>(rows: readonly T[], pageSize: number): Paged<T> {
  const [wanted, setPage] = useState(0);
  const pageCount = Math.max(1, Math.ceil(rows.length / pageSize));
  const page = Math.min(Math.max(0, wanted), pageCount - 1);
  const first = page * pageSize;
  return { rows: rows.slice(first, first + pageSize), page, pageCount, first, total: rows.length, setPage };
}

/** "Rows 51–100 of 312", with the previous and next page. Nothing when everything fits on one page. */
export function Pager<T>({ paged, label }: { paged: Paged<T>; label: string }) {
  const t = useTranslations("ui.pager");
  if (paged.pageCount <= 1) return null;
  const last = paged.first + paged.rows.length;
  return (
    <nav className="pager" aria-label={t("label", { label })}>
      <button type="button" className="button secondary" disabled={paged.page === 0} onClick={() => paged.setPage(paged.page - 1)}>
        {t("previous")}
      </button>
      <span className="small" aria-live="polite" data-testid="pager-status">
        {t("status", { first: paged.first + 1, last, total: paged.total, page: paged.page + 1, pageCount: paged.pageCount })}
      </span>
      <button type="button" className="button secondary" disabled={paged.page === paged.pageCount - 1} onClick={() => paged.setPage(paged.page + 1)}>
        {t("next")}
      </button>
    </nav>
  );
}

/** A search box over every row of a table, not only the page shown. */
export function TableSearch({ label, value, onChange }: { label: string; value: string; onChange: (value: string) => void }) {
  return (
    <label className="table-search small">
      <span className="field-label">{label}</span>
      <input type="search" className="text-input" value={value} onChange={(event) => onChange(event.target.value)} />
    </label>
  );
}
