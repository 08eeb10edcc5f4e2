// How old a page's dehydrated queries are, in the browser.
import type { DehydratedState } from "@tanstack/react-query";

/**
 * A page's figures, counted as fetched no earlier than `loadedAt` (when the document loaded).
 *
 * A page is rendered once per data version and then served from memory (lib/core/server/), so the
 * queries it carries were fetched when the page was first rendered, perhaps hours before this
 * reader loaded it — yet they are the data the database holds now: a new version drops the page.
 * Counted from the render, every load of a page older than the stale time refetched all its
 * figures at once, on the phone's connection and main thread, for the same bytes. Counted from the
 * load, they go stale a stale time after the reader got them, as if fetched then. A state rendered
 * after `loadedAt` (a client navigation's payload) keeps its own times.
 */
export function asOfDocumentLoad(state: DehydratedState, loadedAt: number): DehydratedState {
  return {
    ...state,
    queries: state.queries.map((query) =>
      query.state.status === "success" && query.state.dataUpdatedAt < loadedAt
        ? { ...query, state: { ...query.state, dataUpdatedAt: loadedAt } }
        : query,
    ),
  };
}
