// The query string of /api/v1/trade (and its mirror, and the pages that link to them) with only the
// values that differ from the API's defaults. Zod-free and browser-safe: the pages' own URLs and the
// server's share links are built by this one function.
import type { Format } from "../core/http/query-params";
import { ALL_GOODS, CENTRAL_ASIA, FLOWS } from "../core/reference/codes";
import { LIST_SEPARATOR } from "../core/reference/list-separator";
import type { TradeFilters } from "./schemas";

export function tradeSearchParams(f: Partial<TradeFilters> & { format?: Format }): URLSearchParams {
  const params = new URLSearchParams();
  const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));
  if (f.partner && !sameSet(f.partner, CENTRAL_ASIA)) params.set("partner", f.partner.join(LIST_SEPARATOR));
  if (f.reporter && f.reporter.length) params.set("reporter", f.reporter.join(LIST_SEPARATOR));
  if (f.flow && !sameSet(f.flow, FLOWS)) params.set("flow", f.flow.join(LIST_SEPARATOR));
  if (f.from != null) params.set("from", String(f.from));
  if (f.to != null) params.set("to", String(f.to));
  if (f.period && f.period !== "full") params.set("period", f.period);
  if (f.commodity && !(f.commodity.length === 1 && f.commodity[0] === ALL_GOODS)) params.set("commodity", f.commodity.join(LIST_SEPARATOR));
  if (f.preferred === true || f.preferred === false) params.set("preferred", String(f.preferred));
  if (f.synthetic && f.synthetic !== "exclude") params.set("synthetic", f.synthetic);
  if (f.format && f.format !== "json") params.set("format", f.format);
  return params;
}
