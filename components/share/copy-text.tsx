"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";

/** Copies text to the clipboard; where the browser refuses, the text is selected for the reader to copy. */
async function copy(text: string, field: HTMLElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    if (field instanceof HTMLTextAreaElement) field.select();
    return false;
  }
}

/**
 * A read-only block of text with a copy button (named `copyLabel`, else "Copy <label>") and a spoken confirmation.
 * `codeLang` is the language of the text itself when it is code in another language than the page's (HTML's English keywords).
 */
export function CopyText({
  label,
  text,
  rows = 4,
  copyLabel,
  codeLang,
}: {
  label: string;
  text: string;
  rows?: number;
  copyLabel?: string;
  codeLang?: string;
}) {
  const t = useTranslations("share.ui");
  const id = useId();
  const [status, setStatus] = useState("");
  return (
    <div style={{ margin: "0.4rem 0" }}>
      <label className="field-label" htmlFor={id} style={{ display: "block", fontWeight: 600 }}>
        {label}
      </label>
      <textarea
        id={id}
        readOnly
        lang={codeLang}
        value={text}
        rows={rows}
        spellCheck={false}
        style={{ width: "100%", font: "0.8rem/1.4 ui-monospace, SFMono-Regular, Menlo, monospace", padding: "0.4rem", resize: "vertical" }}
        onFocus={(event) => event.currentTarget.select()}
      />
      <button
        type="button"
        className="button secondary"
        onClick={async (event) => {
          const field = document.getElementById(id);
          setStatus((await copy(text, field)) ? t("copied", { label }) : t("selected", { label }));
          event.currentTarget.focus();
        }}
      >
        {copyLabel ?? t("copy", { label: label.toLowerCase() })}
      </button>{" "}
      <span className="muted small" role="status" aria-live="polite">
        {status}
      </span>
    </div>
  );
}
