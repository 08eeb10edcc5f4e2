import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { SourcesPanel } from "@/components/sources/sources-panel";
import { claimsUrl } from "@/lib/claims/query-options";
import type { ClaimsResponse } from "@/lib/claims/schemas";
import { Link } from "@/components/layout/link";
import { ShareChart } from "@/components/share/share-chart";
import { verdictSourceUses } from "@/lib/share/source-uses";
import { ClaimEvidenceSection } from "./claim-evidence-section";
import { ClaimsOverview, CLAIMS_TABLE_ID } from "./claims-overview";
import { claimTranslation } from "./claim-translation";
import { OriginalNames } from "./original-names";
import { VerdictBadge } from "./verdict-badge";

/**
 * Every claim with its verdicts, drawn on the server: nothing here needs the
 * browser but the evidence charts, which are client leaves given only what
 * they draw from (the assertion, the quote and the records' ids). The quotes
 * stay in the article's English; in another language each has its
 * translation beneath it (messages/<locale>/claims.json, `gloss`). `lead`,
 * the page's lead (the article, the method), opens the evidence, after the
 * summary of the verdicts and the table of every claim.
 */
export function ClaimsView({ claims, lead }: { claims: ClaimsResponse; lead?: ReactNode }) {
  const t = useTranslations("claims");
  const locale = useLocale();
  const english = locale === "en";
  return (
    <>
      <ClaimsOverview claims={claims.data} />
      <h2 className="claims-evidence-heading">{t("overview.evidenceHeading")}</h2>
      {lead}
      <p className="small">
        <a className="button secondary" href={claimsUrl("csv", locale)} download>
          {t("csv")}
        </a>{" "}
        <span className="muted">{t("note")}</span>
      </p>
      {claims.data.map((claim) => {
        const gloss = claimTranslation(t, "gloss", claim.id, locale);
        const location = claimTranslation(t, "location", claim.id, locale);
        return (
          <article className="panel claim" key={claim.id} id={claim.id} aria-labelledby={`${claim.id}-quote`} data-testid="claim">
            <blockquote id={`${claim.id}-quote`} className="claim-quote" lang={english ? undefined : "en"}>
              “{claim.quote}”
            </blockquote>
            {gloss && (
              <p className="claim-gloss" data-testid="claim-gloss">
                <span className="muted">{t("glossLabel")}:</span> «{gloss}»
              </p>
            )}
            <p className="small muted">
              {location || (english ? claim.location : <span lang="en">{claim.location}</span>)} ·{" "}
              {t("metaRest", {
                theme: t(`themes.${claim.theme}`),
                comparators: claim.assertion.comparators.map((c) => t(`comparators.${c}`)).join(t("comparatorJoin")),
              })}
            </p>
            <div className="chips claim-verdicts" aria-label={t("verdictsLabel")}>
              {claim.verdicts.map((v) => (
                <VerdictBadge key={v.reporter} verdict={v.verdict} who={v.reporterName} />
              ))}
            </div>
            <ul className="small verdict-list">
              {claim.verdicts.map((v) => (
                <li key={v.reporter} data-testid="verdict-explanation">
                  <OriginalNames text={v.explanation} locale={locale} />
                </li>
              ))}
            </ul>
            <ClaimEvidenceSection
              claim={{ quote: claim.quote, gloss, assertion: claim.assertion, projectIds: claim.verdicts.flatMap((v) => v.projectIds) }}
            />
            <ShareChart
              kind="claim"
              claimId={claim.id}
              quote={claim.quote}
              sources={claims.sources.filter((s) => claim.verdicts.some((v) => v.sourceIds.includes(s.id)))}
              uses={verdictSourceUses(claim.verdicts)}
            />
            <p className="small claim-links">
              <Link href={claim.dataUrl}>{claim.assertion.metric === "projects" ? t("seeProjects") : t("seeFigures")}</Link>
              <a href={`#${CLAIMS_TABLE_ID}`}>{t("overview.backToTable")}</a>
            </p>
          </article>
        );
      })}
      <SourcesPanel sources={claims.sources} />
    </>
  );
}
