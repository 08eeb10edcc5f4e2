import { Fragment } from "react";

/**
 * A verdict's explanation in the reader's language, with the names it quotes
 * as the data writes them («Alem.AI international AI centre», company names)
 * marked as English, so that screen readers read them as such. English text
 * is returned as it is.
 */
export function OriginalNames({ text, locale }: { text: string; locale: string }) {
  if (locale === "en") return <>{text}</>;
  const parts = text.split(/«([^«»]*)»/);
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 0 ? (
          <Fragment key={i}>{part}</Fragment>
        ) : (
          <Fragment key={i}>«{/[A-Za-z]/.test(part) ? <span lang="en">{part}</span> : part}»</Fragment>
        ),
      )}
    </>
  );
}
