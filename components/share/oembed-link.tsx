// oEmbed discovery: the <link rel="alternate" type="application/json+oembed">
// that lets a CMS find the embed of a pasted chart page. React hoists the
// <link> into <head>. Server component; or, in generateMetadata, use
// oembedAlternates for Next's `alternates.types`.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/core/i18n/routing";
import { fullViewPath, type ChartRef } from "@/lib/share/chart-ref";
import { OEMBED_MEDIA_TYPE, oembedHref } from "@/lib/share/embed-code";
import { requestOrigin } from "./request-origin";

/** The discovery link of a chart page (place it in the page of that chart); on a /ru page pass `locale`, so a pasted link embeds the /ru embed. */
export async function OEmbedLink({ chart, title, locale = "en" }: { chart: ChartRef; title?: string; locale?: Locale }) {
  const origin = await requestOrigin();
  const label = title ?? (await getTranslations({ locale, namespace: "share.ui" }))("oembedTitle");
  return <link rel="alternate" type={OEMBED_MEDIA_TYPE} href={oembedHref(`${origin}${fullViewPath(chart, locale)}`, origin)} title={label} />;
}

/** The same link as metadata: `alternates: await oembedAlternates(chart, locale)` in a page's generateMetadata. */
export async function oembedAlternates(chart: ChartRef, locale: Locale = "en"): Promise<NonNullable<Metadata["alternates"]>> {
  const origin = await requestOrigin();
  return { types: { [OEMBED_MEDIA_TYPE]: oembedHref(`${origin}${fullViewPath(chart, locale)}`, origin) } };
}
