// The note a published figure carries: who the page says reported it, the
// collector's remark, and the page's own words (≤ 25 words containing the
// number), so the data table can show the quote beside the figure. One format,
// written by the seed and read back by the UI. Browser-safe.

const QUOTE_LABEL = "Quote: ";

export interface PublishedNoteParts {
  /** the page's reporting side, as the data file gives it */
  reportingSide: string;
  /** the collector's remark (period, rounding, conflicts, the page's own unit) */
  remark?: string | null;
  /** the page's own words */
  quote?: string | null;
}

export function publishedFigureNote({ reportingSide, remark, quote }: PublishedNoteParts): string {
  const parts = [`Reported as: ${reportingSide}`];
  if (remark?.trim()) parts.push(remark.trim());
  // the quote goes last so it can be read back even when it holds ". "
  if (quote?.trim()) parts.push(`${QUOTE_LABEL}“${quote.trim()}”`);
  return parts.join(". ");
}

const SIDE_LABEL = "Reported as: ";

/**
 * A note written by publishedFigureNote read back into its parts, so a page
 * in another language can label them itself; null for a note of another
 * shape. A reporting side or remark holding ". " is split at the first one:
 * joined again with ". " the parts give the note back unchanged.
 */
export function notePartsOf(note: string | null | undefined): PublishedNoteParts | null {
  if (!note?.startsWith(SIDE_LABEL)) return null;
  const quote = quoteOfNote(note);
  const rest = note.slice(SIDE_LABEL.length, quote === null ? undefined : note.lastIndexOf(`${QUOTE_LABEL}“`));
  const body = quote === null ? rest : rest.replace(/\. $/, "");
  const at = body.indexOf(". ");
  return {
    reportingSide: at < 0 ? body : body.slice(0, at),
    remark: at < 0 ? null : body.slice(at + 2),
    quote,
  };
}

/** The page's own words in a note written by publishedFigureNote; null when it has none. */
export function quoteOfNote(note: string | null | undefined): string | null {
  if (!note) return null;
  const at = note.lastIndexOf(`${QUOTE_LABEL}“`);
  if (at < 0 || !note.endsWith("”")) return null;
  return note.slice(at + QUOTE_LABEL.length + 1, -1);
}
