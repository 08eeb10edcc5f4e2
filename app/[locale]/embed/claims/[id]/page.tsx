import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { EmbedChart } from "@/components/share/embed-chart";
import { getDb } from "@/lib/core/db/client";
import { ApiError } from "@/lib/core/http/errors";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/core/i18n/routing";
import { chartTitle } from "@/lib/share/chart-ref";
import { findClaimChart } from "@/lib/share/chart-views";
import { CLAIM_ID_PATTERN } from "@/lib/share/schemas";

export const dynamic = "force-dynamic";

const localeOf = (raw: string): Locale => (isLocale(raw) ? raw : DEFAULT_LOCALE);

type Props = { params: Promise<{ id: string; locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: localeOf((await params).locale), namespace: "claims" });
  return { title: t("embedTitle") };
}

/**
 * One claim of /claims with its verdicts and evidence chart, alone, for a
 * frame, in the page's language. Outside English its title quotes the
 * claim's translation (messages/<locale>/claims.json, `gloss`), as the
 * verdicts beneath it are in that language too; /claims shows the original.
 */
export default async function ClaimEmbedPage({ params }: Props) {
  const { id, locale: raw } = await params;
  if (!CLAIM_ID_PATTERN.test(id)) notFound();
  const locale = localeOf(raw);
  const view = await findClaimChart(getDb(), id, locale).catch((error: unknown) => {
    // no such claim: the embed's address names nothing
    if (error instanceof ApiError && error.param === "claim") notFound();
    throw error;
  });
  const t = await getTranslations({ locale, namespace: "claims" });
  const glossKey = `gloss.${id}` as Parameters<typeof t>[0];
  const gloss = locale !== DEFAULT_LOCALE && t.has(glossKey) ? t(glossKey) : "";
  const model = gloss ? { ...view.model, title: chartTitle({ kind: "claim", claimId: id }, gloss, locale) } : view.model;
  return <EmbedChart model={model} />;
}
