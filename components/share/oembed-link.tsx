// oEmbed discovery: the <link rel="alternate" type="application/json+oembed">
// that lets a CMS find the embed of a pasted chart page. React hoists the
// <link> into <head>. Server component; or, in generateMetadata, use
// oembedAlternates for Next's `alternates.types`.
import type { Metadata } from "next";
import { fullViewPath, type ChartRef } from "@/lib/share/chart-ref";
import { OEMBED_MEDIA_TYPE, oembedHref } from "@/lib/share/embed-code";
import { requestOrigin } from "./request-origin";

/** The discovery link of a chart page (place it in the page of that chart). */
export async function OEmbedLink({ chart, title = "Caravan chart (oEmbed)" }: { chart: ChartRef; title?: string }) {
  const origin = await requestOrigin();
  return <link rel="alternate" type={OEMBED_MEDIA_TYPE} href={oembedHref(`${origin}${fullViewPath(chart)}`, origin)} title={title} />;
}

/** The same link as metadata: `alternates: await oembedAlternates(chart)` in a page's generateMetadata. */
export async function oembedAlternates(chart: ChartRef): Promise<NonNullable<Metadata["alternates"]>> {
  const origin = await requestOrigin();
  return { types: { [OEMBED_MEDIA_TYPE]: oembedHref(`${origin}${fullViewPath(chart)}`, origin) } };
}
