// The link preview of /countries/[iso3]: China's customs beside the partner's own statistics, and the trend chart
import { previewImage, PREVIEW_CONTENT_TYPE, PREVIEW_SIZE } from "@/components/share/preview-image";
import { getDb } from "@/lib/core/db/client";
import { CENTRAL_ASIA, type PartnerIso3 } from "@/lib/core/reference/codes";
import { countryPreview, overviewPreview } from "@/lib/share/chart-previews";
import { toLocale } from "@/lib/share/i18n";

// the figures change with every seed or import
export const dynamic = "force-dynamic";
export const alt = "China's trade with the country as China's customs and the country's own statistics report it, with the latest figures";
export const size = PREVIEW_SIZE;
export const contentType = PREVIEW_CONTENT_TYPE;

export default async function Image({ params }: { params: Promise<{ iso3: string; locale: string }> }) {
  const { iso3: raw, locale: rawLocale } = await params;
  const iso3 = raw.toUpperCase();
  const locale = toLocale(rawLocale);
  // an unknown country's page is a 404; its preview falls back to the overview's
  const known = (CENTRAL_ASIA as readonly string[]).includes(iso3);
  return previewImage(await (known ? countryPreview(getDb(), iso3 as PartnerIso3, locale) : overviewPreview(getDb(), locale)));
}
