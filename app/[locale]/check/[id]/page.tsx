import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { CheckView } from "@/components/checker/check-view";
import { SavedCheckClaimReviewJsonLd } from "@/components/share/claim-review-json-ld";
import { loadSavedCheck } from "@/lib/checker/saved";
import { MAX_TEXT_BYTES, savedCheckParamsSchema } from "@/lib/checker/schemas";
import { getDb } from "@/lib/core/db/client";
import { ApiError } from "@/lib/core/http/errors";
import { Link } from "@/components/layout/link";
import { paramsLocale } from "@/lib/core/i18n/routing";
import { ClientMessages } from "@/components/layout/client-messages";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await paramsLocale(params), namespace: "checker.meta" });
  return { title: t("savedTitle") };
}

export default async function SavedCheckPage({ params }: Props) {
  const locale = await paramsLocale(params);
  setRequestLocale(locale);
  const parsed = savedCheckParamsSchema.safeParse({ id: (await params).id });
  if (!parsed.success) notFound();
  let loaded;
  try {
    loaded = await loadSavedCheck(getDb(), parsed.data.id, locale);
  } catch (error) {
    if (error instanceof ApiError && error.code === "not_found") notFound();
    throw error;
  }
  const { request, result } = loaded;
  const t = await getTranslations({ locale, namespace: "checker.saved" });
  const format = await getFormatter({ locale });
  const createdAt = result.meta.saved?.createdAt;
  // English keeps the ISO day it always showed; Russian reads it as a date
  const date = !createdAt ? "" : locale === "en" ? createdAt.slice(0, 10) : format.dateTime(new Date(createdAt), { dateStyle: "long" });
  return (
    <ClientMessages page="check">
      <h1>{t("heading")}</h1>
      <p className="lead">
        {t("lead", { date, version: String(result.meta.dataVersion), firstVersion: String(result.meta.saved?.firstDataVersion ?? "") })}{" "}
        <Link href="/check">{t("another")}</Link>
      </p>
      <CheckView
        initial={{ text: request.text, date: request.date ?? "", language: request.language ?? "" }}
        initialResult={result}
        maxTextBytes={MAX_TEXT_BYTES}
      />
      <SavedCheckClaimReviewJsonLd check={loaded} />
    </ClientMessages>
  );
}
