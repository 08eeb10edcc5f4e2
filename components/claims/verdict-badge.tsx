import { useLocale, useTranslations } from "next-intl";
import { VERDICT_KEYS, type Verdict } from "@/lib/claims/verdict-core";
import { OriginalNames } from "./original-names";
import { VERDICT_CLASS, VERDICT_SYMBOL } from "./verdict-style";

/**
 * A verdict in words (the reader's language), with a symbol and a colour: never told by colour alone.
 * `short`: the verdict's short word ("partly", "not checkable"), for the table of every claim.
 */
export function VerdictBadge({ verdict, who, short = false }: { verdict: Verdict; who: string; short?: boolean }) {
  const t = useTranslations("verdicts");
  const locale = useLocale();
  return (
    <span className={`badge ${VERDICT_CLASS[verdict]}`} data-verdict={verdict}>
      <span aria-hidden="true">{VERDICT_SYMBOL[verdict]} </span>
      <OriginalNames text={who} locale={locale} />: {short ? t(`short.${VERDICT_KEYS[verdict]}`) : t(`label.${VERDICT_KEYS[verdict]}`)}
    </span>
  );
}
