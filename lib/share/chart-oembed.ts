// oEmbed (https://oembed.com): a pasted Caravan chart address becomes the
// iframe of its embed page, so a CMS that speaks oEmbed shows the live chart.
// Only addresses of this instance's chart pages are answered; anything else
// is a 400 naming `url`.
import "server-only";
import type { Db } from "../core/db/client";
import { ApiError, invalidParameter } from "../core/http/errors";
import type { FileForm } from "../core/http/routes";
import type { Locale } from "../core/i18n/routing";
import { chartImagePath, chartPageFromPath, embedPath, type ChartRef } from "./chart-ref";
import { findChart } from "./chart-views";
import { CARAVAN_NAME } from "./citation";
import { EMBED_DEFAULT_SIZE, PNG_SIZE, type OEmbedQuery, type OEmbedResponse } from "./schemas";
import { iframeHtml } from "./embed-code";
import { requestOrigin } from "./origin";

const CHART_PAGES = "/, /countries/<iso3>, /mirror or /claims#<claim id> (with their filters), or an /embed/… page, each also under /ru/";

/** The chart a pasted address shows, or a 400 naming `url` that says why not. */
export function chartRefOfUrl(raw: string, origin: string): ChartRef {
  return chartPageOfUrl(raw, origin).ref;
}

/** The chart a pasted address shows and the language of that page (/ru/… is Russian), or a 400 naming `url`. */
export function chartPageOfUrl(raw: string, origin: string): { ref: ChartRef; locale: Locale } {
  let target: URL;
  try {
    target = new URL(raw);
  } catch {
    throw invalidParameter("url", `url: "${raw.slice(0, 80)}" is not an absolute address; give the full address of a Caravan chart page`);
  }
  const own = new URL(origin);
  if (!["http:", "https:"].includes(target.protocol) || target.host !== own.host) {
    throw invalidParameter(
      "url",
      `url: ${target.host || target.protocol} is not this Caravan (${own.host}); give the address of one of its chart pages: ${CHART_PAGES}`,
    );
  }
  const page = chartPageFromPath(target.pathname, target.searchParams, target.hash);
  if (!page) throw invalidParameter("url", `url: ${target.pathname}${target.hash} is not a Caravan chart page; chart pages are ${CHART_PAGES}`);
  return page;
}

export async function findOEmbed(db: Db, query: OEmbedQuery, origin: string): Promise<OEmbedResponse> {
  // a pasted /ru/… page embeds the /ru/embed/… page, titled in Russian
  const { ref, locale } = chartPageOfUrl(query.url, origin);
  // a claim that does not exist is the `url`'s fault, not a `claim` parameter's
  const view = await findChart(db, ref, locale).catch((error: unknown) => {
    if (error instanceof ApiError && error.param === "claim") throw invalidParameter("url", `url: ${error.message}`);
    throw error;
  });
  const width = Math.min(query.maxwidth ?? EMBED_DEFAULT_SIZE.width, EMBED_DEFAULT_SIZE.width);
  const height = Math.min(query.maxheight ?? EMBED_DEFAULT_SIZE.height, EMBED_DEFAULT_SIZE.height);
  const title = view.model.title;
  const response: OEmbedResponse = {
    type: "rich",
    version: "1.0",
    title,
    provider_name: CARAVAN_NAME,
    provider_url: `${origin}/`,
    html: iframeHtml(`${origin}${embedPath(ref, locale)}`, title, width, height),
    width,
    height,
    cache_age: 3600,
  };
  // the PNG, where it fits within what the consumer can show
  if ((query.maxwidth ?? Infinity) >= PNG_SIZE.width && (query.maxheight ?? Infinity) >= PNG_SIZE.height) {
    response.thumbnail_url = `${origin}${chartImagePath(ref, "png", locale)}`;
    response.thumbnail_width = PNG_SIZE.width;
    response.thumbnail_height = PNG_SIZE.height;
  }
  return response;
}

/** The oEmbed route's form: the answer is the oEmbed object itself (the spec's shape, not `{ data, sources, meta }`). */
export const OEMBED_JSON: FileForm<OEmbedQuery, unknown> = {
  render: async ({ db, filters, url, request }) => ({
    body: JSON.stringify(await findOEmbed(db, filters, requestOrigin(request.headers, url))),
    contentType: "application/json",
  }),
};
