import type { Metadata } from "next";
import { useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/core/i18n/routing";
import { Link } from "@/components/layout/link";
import { CENTRAL_ASIA } from "@/lib/core/reference/codes";

const localeOf = (raw: string): Locale => (isLocale(raw) ? raw : DEFAULT_LOCALE);

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: localeOf((await params).locale), namespace: "country" });
  return { title: t("indexTitle") };
}

export default function CountriesPage() {
  const t = useTranslations("country");
  const ref = useTranslations("reference");
  return (
    <>
      <h1>{t("indexHeading")}</h1>
      <ul>
        {CENTRAL_ASIA.map((iso3) => (
          <li key={iso3}>
            <Link href={`/countries/${iso3}`}>{ref(`countries.${iso3}`)}</Link>
          </li>
        ))}
      </ul>
    </>
  );
}
