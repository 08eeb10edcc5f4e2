import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CheckView } from "@/components/checker/check-view";
import { catalogueCoverage } from "@/lib/checker/catalogue-coverage";
import { MAX_TEXT_BYTES } from "@/lib/checker/schemas";
import { Link } from "@/components/layout/link";
import { paramsLocale } from "@/lib/core/i18n/routing";
import { ClientMessages } from "@/components/layout/client-messages";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await paramsLocale(params), namespace: "checker.meta" });
  return { title: t("title") };
}

export default async function CheckPage({ params }: Props) {
  const locale = await paramsLocale(params);
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "checker.page" });
  const coverage = catalogueCoverage();
  return (
    <ClientMessages page="check">
      <h1>{t("heading")}</h1>
      {/* the form is the page's answer: it comes right after the heading, what the checker does and how well follows it */}
      <CheckView maxTextBytes={MAX_TEXT_BYTES} />
      <section className="check-about" aria-labelledby="check-about-title">
        <h2 id="check-about-title">{t("about")}</h2>
        <p className="lead">{t("lead")}</p>
        <p className="small muted" data-testid="catalogue-coverage">
          {t.rich("coverage", {
            found: String(coverage.found),
            withFigure: String(coverage.withFigure),
            more: String(coverage.tradeClaims - coverage.withFigure),
            link: (chunks) => <Link href="/claims">{chunks}</Link>,
          })}
        </p>
      </section>
    </ClientMessages>
  );
}
