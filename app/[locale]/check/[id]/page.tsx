import Link from "next/link";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CheckView } from "@/components/checker/check-view";
import { SavedCheckClaimReviewJsonLd } from "@/components/share/claim-review-json-ld";
import { loadSavedCheck } from "@/lib/checker/saved";
import { MAX_TEXT_BYTES, savedCheckParamsSchema } from "@/lib/checker/schemas";
import { getDb } from "@/lib/core/db/client";
import { ApiError } from "@/lib/core/http/errors";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "A saved check" };

export default async function SavedCheckPage({ params }: { params: Promise<{ id: string }> }) {
  const parsed = savedCheckParamsSchema.safeParse(await params);
  if (!parsed.success) notFound();
  let loaded;
  try {
    loaded = await loadSavedCheck(getDb(), parsed.data.id);
  } catch (error) {
    if (error instanceof ApiError && error.code === "not_found") notFound();
    throw error;
  }
  const { request, result } = loaded;
  return (
    <>
      <h1>A saved check</h1>
      <p className="lead">
        Saved {result.meta.saved?.createdAt.slice(0, 10)}. The verdicts are recomputed from the figures Caravan holds today (data version{" "}
        {result.meta.dataVersion}); the check was first made on data version {result.meta.saved?.firstDataVersion}.{" "}
        <Link href="/check">Check another text →</Link>
      </p>
      <CheckView
        initial={{ text: request.text, date: request.date ?? "", language: request.language ?? "" }}
        initialResult={result}
        maxTextBytes={MAX_TEXT_BYTES}
      />
      <SavedCheckClaimReviewJsonLd check={loaded} />
    </>
  );
}
