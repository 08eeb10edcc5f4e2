import { getLocale, getTranslations } from "next-intl/server";
import { OriginalNames } from "@/components/claims/original-names";
import { VerdictBadge } from "@/components/claims/verdict-badge";
import { EmptyState } from "@/components/states/states";
import { getDb } from "@/lib/core/db/client";
import { Link } from "@/components/layout/link";
import { DEFAULT_LOCALE, resolveLocale, type Locale } from "@/lib/core/i18n/routing";
import { findClaims } from "@/lib/claims/queries";
import type { ClaimRow } from "@/lib/claims/schemas";

const STRIP_SIZE = 4;

/**
 * The article's trade claims with their computed verdicts, linking to the
 * claims page. Drawn on the server: the page carries these four claims as
 * HTML, not every claim's data for the browser to sift.
 */
export async function ClaimsStrip() {
  const requested = await getLocale();
  const locale: Locale = resolveLocale(requested);
  const t = await getTranslations({ locale, namespace: "overview" });
  const ref = await getTranslations({ locale, namespace: "reference" });
  // the verdicts name their reporter in English; another language names it from the reference names
  const who = (code: string, name: string) =>
    locale !== DEFAULT_LOCALE && ref.has(`reporterShort.${code}` as "reporterShort.CHN") ? ref(`reporterShort.${code}` as "reporterShort.CHN") : name;
  let trade: ClaimRow[];
  try {
    trade = (await findClaims(getDb(), locale === DEFAULT_LOCALE ? { theme: null } : { theme: null, locale })).data
      .filter((c) => c.theme === "trade")
      .slice(0, STRIP_SIZE);
  } catch {
    trade = [];
  }
  return (
    <section className="panel" aria-labelledby="claims-title">
      <h2 id="claims-title">{t("claims.title")}</h2>
      {trade.length === 0 ? (
        <EmptyState>{t("claims.empty")}</EmptyState>
      ) : (
        <div className="claim-strip" data-testid="claims-strip">
          {trade.map((claim) => (
            <div key={claim.id}>
              <blockquote lang="en">“{claim.quote}”</blockquote>
              <div className="chips">
                {claim.verdicts
                  .filter((v) => v.verdict !== "not checkable with this data")
                  .map((v) => (
                    <VerdictBadge key={v.reporter} verdict={v.verdict} who={who(v.reporter, v.reporterName)} />
                  ))}
              </div>
              {/* the verdict's explanation, written by the verdict rules in the page's language; the names it quotes marked English */}
              <div className="small muted">
                <OriginalNames text={claim.verdicts.find((v) => v.reporter === "CHN")?.explanation ?? ""} locale={locale} />
              </div>
            </div>
          ))}
        </div>
      )}
      <p className="small">
        <Link href="/claims">{t("claims.all")}</Link>
      </p>
    </section>
  );
}
