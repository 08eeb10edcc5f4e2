// The code a reader pastes to embed a chart, and the oEmbed discovery link,
// written once for the Embed button (in the browser) and the oEmbed route.
// Browser-safe.
import { EMBED_DEFAULT_SIZE } from "./schemas";

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

/** The iframe of a chart's embed page: as wide as its container up to `width`, no border. */
export function iframeHtml(src: string, title: string, width: number = EMBED_DEFAULT_SIZE.width, height: number = EMBED_DEFAULT_SIZE.height): string {
  return `<iframe src="${escapeHtml(src)}" title="${escapeHtml(title)}" width="${width}" height="${height}" style="border:0;width:100%;max-width:${width}px" loading="lazy" referrerpolicy="strict-origin-when-cross-origin"></iframe>`;
}

/** The oEmbed endpoint's address for a page: what <link rel="alternate" type="application/json+oembed"> points to. */
export function oembedHref(pageUrl: string, origin: string): string {
  return `${origin}/api/oembed?url=${encodeURIComponent(pageUrl)}&format=json`;
}

export const OEMBED_MEDIA_TYPE = "application/json+oembed";
