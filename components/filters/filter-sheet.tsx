"use client";

import { useTranslations } from "next-intl";
import { useCallback, useEffect, useId, useRef, useState, type ReactNode } from "react";

/**
 * A page's filters behind one compact control on a phone: a button that says
 * what is selected ("Kazakhstan +2 · 2015–2025 · China's customs") and opens
 * the controls in a sheet (a modal <dialog>: focus moves in and is kept
 * there, Escape closes it, focus returns to the button). On a wide screen
 * the same controls stand open in the page (CSS, `.filter-sheet` in
 * globals.css), so there is one set of controls, never two.
 */
export function FilterSheet({ summary, children }: { summary: string; children: ReactNode }) {
  const t = useTranslations("filters.sheet");
  const dialogRef = useRef<HTMLDialogElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const titleId = useId();

  const close = useCallback(() => {
    const dialog = dialogRef.current;
    if (dialog?.open) dialog.close();
  }, []);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    // "close" fires for the close button, Escape (the dialog's own cancel) and a click on the backdrop
    const onClose = () => {
      setOpen(false);
      openerRef.current?.focus();
    };
    dialog.addEventListener("close", onClose);
    return () => dialog.removeEventListener("close", onClose);
  }, []);

  const show = () => {
    const dialog = dialogRef.current;
    if (!dialog || dialog.open) return;
    dialog.showModal();
    setOpen(true);
  };

  return (
    <div className="filter-sheet-wrap">
      <button ref={openerRef} type="button" className="filter-sheet-toggle" aria-haspopup="dialog" aria-expanded={open} onClick={show}>
        <span className="filter-sheet-label">{t("open")}</span>
        <span className="filter-sheet-summary">{summary}</span>
      </button>
      <dialog
        ref={dialogRef}
        className="filter-sheet"
        aria-labelledby={titleId}
        onClick={(event) => {
          // a click on the backdrop (the dialog element itself, outside its content) closes it
          if (event.target === dialogRef.current) close();
        }}
      >
        <div className="filter-sheet-head">
          <h2 id={titleId} className="filter-sheet-title">
            {t("title")}
          </h2>
          <button type="button" className="button secondary" onClick={close}>
            {t("done")}
          </button>
        </div>
        {children}
      </dialog>
    </div>
  );
}
