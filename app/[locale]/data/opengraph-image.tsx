// The link preview of /data: how many figures, sources and years
import { previewImage, PREVIEW_CONTENT_TYPE, PREVIEW_SIZE } from "@/components/share/preview-image";
import { getDb } from "@/lib/core/db/client";
import { toLocale } from "@/lib/share/i18n";
import { dataPreview } from "@/lib/share/chart-previews";

// the figures change with every seed or import
export const dynamic = "force-dynamic";
export const alt = "Caravan's figures: every observation with its reporter and source";
export const size = PREVIEW_SIZE;
export const contentType = PREVIEW_CONTENT_TYPE;

export default async function Image({ params }: { params: Promise<{ locale: string }> }) {
  // the preview of a /ru page is in Russian
  return previewImage(await dataPreview(getDb(), toLocale((await params).locale)));
}
