import { Fragment } from "react";

/** A run of Latin-script words with the spaces and punctuation between them ("Correlates of War Project", "China’s Ministry of Commerce"). */
const LATIN_RUN = /([A-Za-z][A-Za-z0-9’'.&/-]*(?:[ ,–-]+[A-Za-z0-9][A-Za-z0-9’'.&/-]*)*)/;

/**
 * Text built from data in the reader's language around names that stay as
 * their publishers wrote them (a source line: «Источник: Correlates of War
 * Project»): each Latin-script run is marked lang="en", so a screen reader
 * reads it as English. For data-built lines only, never for interface text,
 * which belongs in the messages. English text is returned as it is.
 */
export function LatinAsEnglish({ text, locale }: { text: string; locale: string }) {
  if (locale === "en") return <>{text}</>;
  const parts = text.split(LATIN_RUN);
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 1 ? (
          <span key={i} lang="en">
            {part}
          </span>
        ) : (
          <Fragment key={i}>{part}</Fragment>
        ),
      )}
    </>
  );
}
