import { useLocale, useTranslations } from "next-intl";
import { SourcesPanel } from "@/components/sources/sources-panel";
import { claimsUrl } from "@/lib/claims/query-options";
import type { ClaimsResponse } from "@/lib/claims/schemas";
import { Link } from "@/lib/core/i18n/navigation";
import { ShareChart } from "@/components/share/share-chart";
import { verdictSourceUses } from "@/lib/share/citation";
import { ClaimEvidenceSection } from "./claim-evidence-section";
import { claimTranslation } from "./claim-translation";
import { OriginalNames } from "./original-names";
import { VerdictBadge } from "./verdict-badge";

/**
 * Every claim with its verdicts, drawn on the server: nothing here needs the
 * browser but the evidence charts, which are client leaves given only what
 * they draw from (the assertion, the quote and the records' ids). The quotes
 * stay in the article's English; in another language each has its
 * translation beneath it (messages/<locale>/claims.json, `gloss`).
 */
export function ClaimsView({ claims }: { claims: ClaimsResponse }) {
  const t = useTranslations("claims");
  const locale = useLocale();
  const english = locale === "en";
  return (
    <>
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
            <blockquote
              id={`${claim.id}-quote`}
              className="claim-quote"
              lang={english ? undefined : "en"}
              style={{ margin: "0 0 0.4rem", fontStyle: "italic", fontSize: "1.05rem" }}
            >
              “{claim.quote}”
            </blockquote>
            {gloss && (
              <p className="claim-gloss" data-testid="claim-gloss" style={{ margin: "0 0 0.4rem" }}>
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
            <div className="chips" aria-label={t("verdictsLabel")} style={{ marginBottom: "0.5rem" }}>
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
            <p className="small">
              <Link href={claim.dataUrl}>{claim.assertion.metric === "projects" ? t("seeProjects") : t("seeFigures")}</Link>
            </p>
          </article>
        );
      })}
      <SourcesPanel sources={claims.sources} />
    </>
  );
}
