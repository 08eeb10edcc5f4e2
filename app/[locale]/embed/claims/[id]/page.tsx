import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EmbedChart } from "@/components/share/embed-chart";
import { getDb } from "@/lib/core/db/client";
import { ApiError } from "@/lib/core/http/errors";
import { findClaimChart } from "@/lib/share/chart-views";
import { CLAIM_ID_PATTERN } from "@/lib/share/schemas";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "A claim, checked (embed)" };

/** One claim of /claims with its verdicts and evidence chart, alone, for a frame. */
export default async function ClaimEmbedPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!CLAIM_ID_PATTERN.test(id)) notFound();
  const view = await findClaimChart(getDb(), id).catch((error: unknown) => {
    // no such claim: the embed's address names nothing
    if (error instanceof ApiError && error.param === "claim") notFound();
    throw error;
  });
  return <EmbedChart model={view.model} />;
}
