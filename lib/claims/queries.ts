import type { Db } from "../core/db/client";
import { CENTRAL_ASIA, REGION_CODE } from "../core/reference/codes";
import { ALL_PROJECTS } from "../projects/schemas";
import { loadProjects, sourcesById } from "../projects/queries";
import { findTrade } from "../trade/queries";
import type { TradeRow } from "../trade/schemas";
import { type SourceRef } from "../core/sources";
import { ARTICLE } from "./article";
import { referenceData } from "./reference";
import { CLAIM_TRADE_FILTERS } from "./evidence-filters";
import { assertionSchema, type ClaimRecord, type ClaimTheme } from "./assertion";
import type { ClaimFilters, ClaimRow, ClaimsResponse } from "./schemas";
import { computeVerdicts } from "./verdicts";

/** The filtered page that shows a claim's evidence, in the dashboard's URL form. */
export function claimDataUrl(claim: ClaimRecord): string {
  const a = claim.assertion;
  // a GDP claim is about one country; an event has no data page, so it points at itself
  if (a.metric === "gdp") return `/countries/${a.partners[0]}`;
  if (a.metric === "event") return `/claims#${claim.id}`;
  if (a.metric === "projects") {
    const params = new URLSearchParams({ theme: a.theme });
    if (a.countries) params.set("country", a.countries.join("~"));
    return `/projects?${params.toString().replace(/%7E/gi, "~")}`;
  }
  const countries = a.partners.includes(REGION_CODE) ? [] : a.partners;
  const from = a.years.from === a.years.to ? a.years.to - 9 : a.years.from;
  const to = a.comparators.includes("forecast_growth") ? "" : String(a.years.to);
  const parts = [
    countries.length && countries.length < CENTRAL_ASIA.length ? `country=${countries.join("~")}` : null,
    `time=${from}..${to}`,
    "reporter=CHN~partner~EDB",
    "flow=turnover",
  ].filter(Boolean);
  return `/data?${parts.join("&")}`;
}

export async function loadClaimRecords(db: Db, themes: ClaimTheme[] | null): Promise<ClaimRecord[]> {
  const rows = await db.claim.findMany({ where: themes ? { theme: { in: themes } } : {}, orderBy: [{ sortOrder: "asc" }, { id: "asc" }] });
  return rows.map((r) => ({
    id: r.id,
    quote: r.quote,
    location: r.location,
    theme: r.theme as ClaimTheme,
    assertion: assertionSchema.parse(JSON.parse(r.assertion)),
  }));
}

/** Every claim with its verdicts, computed now from what the database holds, explained in filters.locale (English by default). */
export async function findClaims(db: Db, filters: ClaimFilters): Promise<ClaimsResponse> {
  const [claims, trade, projects] = await Promise.all([
    loadClaimRecords(db, filters.theme),
    findTrade(db, CLAIM_TRADE_FILTERS),
    loadProjects(db, ALL_PROJECTS),
  ]);
  const reference = referenceData();
  const evidence = { trade: trade.data as TradeRow[], sources: trade.sources, projects, reference };
  const data: ClaimRow[] = claims.map((c) => ({ ...c, dataUrl: claimDataUrl(c), verdicts: computeVerdicts(c, evidence, filters.locale) }));
  const cited = new Set(data.flatMap((c) => c.verdicts.flatMap((v) => v.sourceIds)));
  const known = [...trade.sources, ...reference.sources].filter((s) => cited.has(s.id));
  const projectSources = await sourcesById(
    db,
    [...cited].filter((id) => !known.some((s) => s.id === id)),
  );
  const sources: SourceRef[] = [...known, ...projectSources].sort((a, b) => a.id.localeCompare(b.id));
  return {
    data,
    sources,
    meta: {
      count: data.length,
      filters,
      article: ARTICLE,
      note: "Verdicts are computed from the stored figures and project records on every request; they are never stored. Each reporter is judged on its own figures; where a claim cites one side, that side is judged and the others are shown beside it.",
    },
  };
}
