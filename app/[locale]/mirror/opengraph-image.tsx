// The link preview of /mirror: the latest gap per country and the gap chart
import { previewImage, PREVIEW_CONTENT_TYPE, PREVIEW_SIZE } from "@/components/share/preview-image";
import { getDb } from "@/lib/core/db/client";
import { toLocale } from "@/lib/share/i18n";
import { mirrorPreview } from "@/lib/share/chart-previews";

// the figures change with every seed or import
export const dynamic = "force-dynamic";
export const alt = "The reporter gap: China's customs figures minus each partner's own statistics, latest years";
export const size = PREVIEW_SIZE;
export const contentType = PREVIEW_CONTENT_TYPE;

export default async function Image({ params }: { params: Promise<{ locale: string }> }) {
  // the preview of a /ru page is in Russian
  return previewImage(await mirrorPreview(getDb(), toLocale((await params).locale)));
}
