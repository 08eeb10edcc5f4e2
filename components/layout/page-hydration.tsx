"use client";

import { HydrationBoundary, type DehydratedState } from "@tanstack/react-query";
import { useMemo, type ReactNode } from "react";
import { asOfDocumentLoad } from "@/lib/core/hydration";

/**
 * When this module first ran in this document: on a first load, as its scripts ran; if the reader came by a
 * client navigation, when the first page using it arrived. A state rendered before it is the page's own HTML,
 * served from memory; a navigation's payload is rendered after it and keeps its times.
 */
const DOCUMENT_LOADED_AT = typeof window === "undefined" ? null : Date.now();

/**
 * TanStack's HydrationBoundary for a page's prefetched queries, counted fresh from this document's
 * load rather than from the page's render (lib/core/hydration.ts says why).
 */
export function PageHydrationBoundary({ state, children }: { state: DehydratedState; children: ReactNode }) {
  const hydrated = useMemo(() => (DOCUMENT_LOADED_AT === null ? state : asOfDocumentLoad(state, DOCUMENT_LOADED_AT)), [state]);
  return <HydrationBoundary state={hydrated}>{children}</HydrationBoundary>;
}
