// The link preview of /: the latest turnover per reporter and the trend chart
import { previewImage, PREVIEW_CONTENT_TYPE, PREVIEW_SIZE } from "@/components/share/preview-image";
import { getDb } from "@/lib/core/db/client";
import { toLocale } from "@/lib/share/i18n";
import { overviewPreview } from "@/lib/share/chart-previews";

// the figures change with every seed or import
export const dynamic = "force-dynamic";
export const alt = "China–Central Asia trade by reporter: the latest figures of China's customs and the other reporters, never mixed";
export const size = PREVIEW_SIZE;
export const contentType = PREVIEW_CONTENT_TYPE;

export default async function Image({ params }: { params: Promise<{ locale: string }> }) {
  // the preview of a /ru page is in Russian
  return previewImage(await overviewPreview(getDb(), toLocale((await params).locale)));
}
