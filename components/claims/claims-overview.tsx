import { useLocale, useTranslations } from "next-intl";
import { VERDICT_KEYS } from "@/lib/claims/verdict-core";
import type { ClaimsResponse } from "@/lib/claims/schemas";
import { claimTranslation } from "./claim-translation";
import { VerdictBadge } from "./verdict-badge";
import { VERDICT_CLASS, VERDICT_SYMBOL } from "./verdict-style";
import { shortQuote, verdictSummary } from "./verdict-summary";

/** The id of the table of every claim: the evidence sections below link back to it. */
export const CLAIMS_TABLE_ID = "claims-table";

/**
 * The answer of /claims, before the evidence: how many claims, and how their
 * verdicts fall (counted over the judged verdicts, one per claim and
 * reporter), then a compact table of every claim (its quote, its theme, one
 * verdict chip per reporter), each row linking to its evidence below
 * (`#<claim-id>`). On a phone the table's rows stack as cards (claims.css);
 * the explicit roles keep it a table for screen readers when they do.
 */
export function ClaimsOverview({ claims }: { claims: ClaimsResponse["data"] }) {
  const t = useTranslations("claims.overview");
  const tc = useTranslations("claims");
  const tv = useTranslations("verdicts");
  const locale = useLocale();
  const english = locale === "en";
  const { judged, counts } = verdictSummary(claims);
  return (
    <section className="claims-overview" aria-labelledby="claims-overview-heading">
      <h2 id="claims-overview-heading" className="claims-overview-heading">
        {t("heading")}
      </h2>
      <div className="claims-summary" data-headline>
        <p className="claims-summary-total">
          <strong className="claims-summary-claims">{t("claims", { n: claims.length })}</strong>{" "}
          <span className="claims-summary-judged">{t("judged", { n: judged })}</span>
        </p>
        <ul className="claims-summary-counts" aria-label={t("countsLabel")}>
          {counts.map(({ verdict, n }) => (
            <li key={verdict} className={`badge claims-summary-count ${VERDICT_CLASS[verdict]}`} data-summary-verdict={verdict}>
              <span aria-hidden="true">{VERDICT_SYMBOL[verdict]} </span>
              {t("count", { n, verdict: tv(`short.${VERDICT_KEYS[verdict]}`) })}
            </li>
          ))}
        </ul>
      </div>
      <p className="claims-summary-note small muted">{t("judgedNote")}</p>
      <table className="data claims-table" id={CLAIMS_TABLE_ID} role="table">
        <caption className="claims-table-caption">{t("caption")}</caption>
        <thead role="rowgroup">
          <tr role="row">
            <th scope="col" role="columnheader">
              {t("colClaim")}
            </th>
            <th scope="col" role="columnheader">
              {t("colTheme")}
            </th>
            <th scope="col" role="columnheader">
              {t("colVerdicts")}
            </th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          {claims.map((claim) => {
            const gloss = claimTranslation(tc, "gloss", claim.id, locale);
            return (
              <tr key={claim.id} role="row" data-testid="claims-table-row">
                <th scope="row" role="rowheader" className="claims-table-quote">
                  <a href={`#${claim.id}`} lang={gloss || english ? undefined : "en"}>
                    {gloss ? `«${shortQuote(gloss, 80)}»` : `“${shortQuote(claim.quote, 80)}”`}
                  </a>
                </th>
                <td role="cell" className="claims-table-theme">
                  <span className="claims-table-theme-label" aria-hidden="true">
                    {t("colTheme")}:{" "}
                  </span>
                  {tc(`themes.${claim.theme}`)}
                </td>
                <td role="cell">
                  <div className="chips">
                    {claim.verdicts.map((v) => (
                      <VerdictBadge key={v.reporter} verdict={v.verdict} who={v.reporterName} short />
                    ))}
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
