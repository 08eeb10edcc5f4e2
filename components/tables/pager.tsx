"use client";

import { useState, type RefObject } from "react";
import { useTranslations } from "next-intl";
import { useInView } from "@/components/charts/use-in-view";

export interface Paged<T> {
  /** the rows of the page shown */
  rows: T[];
  /** 0-based, always within range */
  page: number;
  pageCount: number;
  pageSize: number;
  first: number;
  total: number;
  setPage: (page: number) => void;
}

/**
 * One page of a long table. The page follows the rows: when they shrink (a
 * filter, a search) it is brought back within range instead of showing nothing.
 * `total` is the table's length when `rows` are only its first page (useAllRowsWanted):
 * a later page then has no rows until the rest arrive. `onSetPage` runs on every
 * turn of the page (a search or a sort sets the first page, so it runs then too).
 */
export function usePaged<T>(
  rows: readonly T[],
  pageSize: number,
  { total = rows.length, onSetPage }: { total?: number; onSetPage?: () => void } = {},
): Paged<T> {
  const [wanted, setWanted] = useState(0);
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(0, wanted), pageCount - 1);
  const first = page * pageSize;
  const setPage = (next: number) => {
    onSetPage?.();
    setWanted(next);
  };
  return { rows: rows.slice(first, first + pageSize), page, pageCount, pageSize, first, total, setPage };
}

/**
 * Whether a long table needs all its rows yet. Its page carries the first page of rows; the rest
 * are fetched when the table nears the viewport (well before a reader reaches it) or at once when a
 * reader searches, sorts or turns the page (`want`, usePaged's onSetPage), so search and sort always
 * run over every row.
 */
export function useAllRowsWanted<T extends Element>(): [ref: RefObject<T | null>, wanted: boolean, want: () => void] {
  const [ref, seen] = useInView<T>("600px 0px");
  const [asked, setAsked] = useState(false);
  return [ref, seen || asked, () => setAsked(true)];
}

/** In place of a table's rows while the rest of them are on their way. */
export function RowsLoading() {
  const t = useTranslations("ui.pager");
  return (
    <p className="state" role="status" data-testid="rows-loading">
      {t("loadingRows")}
    </p>
  );
}

/** "Rows 51–100 of 312", with the previous and next page. Nothing when everything fits on one page. */
export function Pager<T>({ paged, label }: { paged: Paged<T>; label: string }) {
  const t = useTranslations("ui.pager");
  if (paged.pageCount <= 1) return null;
  const last = Math.min(paged.first + paged.pageSize, paged.total);
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
