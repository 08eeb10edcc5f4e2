// The link preview of /claims: the verdicts' tally and the first claims
import { previewImage, PREVIEW_CONTENT_TYPE, PREVIEW_SIZE } from "@/components/share/preview-image";
import { getDb } from "@/lib/core/db/client";
import { toLocale } from "@/lib/share/i18n";
import { claimsPreview } from "@/lib/share/chart-previews";

// the figures change with every seed or import
export const dynamic = "force-dynamic";
export const alt = "The article's claims checked against the data: the verdicts per reporter";
export const size = PREVIEW_SIZE;
export const contentType = PREVIEW_CONTENT_TYPE;

export default async function Image({ params }: { params: Promise<{ locale: string }> }) {
  // the preview of a /ru page is in Russian
  return previewImage(await claimsPreview(getDb(), toLocale((await params).locale)));
}
