// The link preview of /projects: the records by kind and country
import { previewImage, PREVIEW_CONTENT_TYPE, PREVIEW_SIZE } from "@/components/share/preview-image";
import { getDb } from "@/lib/core/db/client";
import { toLocale } from "@/lib/share/i18n";
import { projectsPreview } from "@/lib/share/chart-previews";

// the figures change with every seed or import
export const dynamic = "force-dynamic";
export const alt = "China-linked projects in Central Asia: records by kind and country, each with its source";
export const size = PREVIEW_SIZE;
export const contentType = PREVIEW_CONTENT_TYPE;

export default async function Image({ params }: { params: Promise<{ locale: string }> }) {
  // the preview of a /ru page is in Russian
  return previewImage(await projectsPreview(getDb(), toLocale((await params).locale)));
}
