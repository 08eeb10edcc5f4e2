"use client";

import { useQuery } from "@tanstack/react-query";
import { ErrorState } from "@/components/states/states";
import { CLAIM_TRADE_FILTERS } from "@/lib/claims/evidence-filters";
import { projectsQueryOptions } from "@/lib/projects/query-options";
import { ALL_PROJECTS } from "@/lib/projects/vocabulary";
import { tradeQueryOptions } from "@/lib/trade/query-options";
import { ClaimEvidenceChart } from "./claim-evidence-chart";
import { EvidencePlaceholder, type ClaimEvidenceInput, type EvidenceKind } from "./evidence-placeholder";

/** The evidence chart with its data: the trade figures, or the project records, fetched once (every claim shares them). */
export function ClaimEvidenceLoaded({ claim, kind }: { claim: ClaimEvidenceInput; kind: EvidenceKind }) {
  const trade = useQuery({ ...tradeQueryOptions(CLAIM_TRADE_FILTERS), enabled: kind !== "projects" });
  const projects = useQuery({ ...projectsQueryOptions(ALL_PROJECTS), enabled: kind === "projects" });
  const query = kind === "projects" ? projects : trade;
  if (query.isError && !query.data) return <ErrorState error={query.error} />;
  if (!query.data) return <EvidencePlaceholder kind={kind} />;
  return <ClaimEvidenceChart claim={claim} trade={trade.data?.data ?? []} sources={trade.data?.sources ?? []} projects={projects.data?.data ?? []} />;
}
