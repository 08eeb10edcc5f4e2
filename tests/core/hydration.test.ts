// A page's dehydrated queries are counted fresh from the document's load, not from the page's render.
import { dehydrate, hydrate, QueryClient } from "@tanstack/react-query";
import { afterEach, describe, expect, it, vi } from "vitest";
import { asOfDocumentLoad } from "@/lib/core/hydration";
import { STALE_TIME_MS } from "@/lib/core/query-client";

const RENDERED_AT = Date.parse("2026-12-03T08:00:00Z");
const LOADED_AT = RENDERED_AT + 3 * 60 * 60_000;

afterEach(() => vi.useRealTimers());

/** A server render's state: one query fetched, one that failed. */
async function renderedState() {
  vi.useFakeTimers({ now: RENDERED_AT });
  const server = new QueryClient({ defaultOptions: { queries: { staleTime: STALE_TIME_MS, retry: false } } });
  await server.prefetchQuery({ queryKey: ["trade"], queryFn: async () => ({ data: [1, 2, 3] }) });
  await server.prefetchQuery({
    queryKey: ["coverage"],
    queryFn: async () => {
      throw new Error("down");
    },
  });
  return dehydrate(server, { shouldDehydrateQuery: () => true });
}

function browserClientAt(now: number, state: ReturnType<typeof dehydrate>) {
  vi.setSystemTime(now);
  const browser = new QueryClient({ defaultOptions: { queries: { staleTime: STALE_TIME_MS } } });
  hydrate(browser, state);
  return browser.getQueryCache().find({ queryKey: ["trade"] })!;
}

describe("asOfDocumentLoad", () => {
  it("a page loaded hours after its render holds fresh figures for a stale time after the load", async () => {
    const state = await renderedState();
    const query = browserClientAt(LOADED_AT + 1000, asOfDocumentLoad(state, LOADED_AT));
    expect(query.state.data).toEqual({ data: [1, 2, 3] });
    expect(query.state.dataUpdatedAt).toBe(LOADED_AT);
    expect(query.isStaleByTime(STALE_TIME_MS)).toBe(false);
    vi.setSystemTime(LOADED_AT + STALE_TIME_MS + 1);
    expect(query.isStaleByTime(STALE_TIME_MS)).toBe(true);
  });

  it("counted from the render, the same page would be stale on arrival (so the check above can fail)", async () => {
    const state = await renderedState();
    expect(browserClientAt(LOADED_AT + 1000, state).isStaleByTime(STALE_TIME_MS)).toBe(true);
  });

  it("leaves a state rendered after the load, and a failed query, as they are", async () => {
    const state = await renderedState();
    expect(asOfDocumentLoad(state, RENDERED_AT - 1)).toEqual(state);
    const failed = asOfDocumentLoad(state, LOADED_AT).queries.find((q) => q.queryKey[0] === "coverage")!;
    expect(failed.state.status).toBe("error");
    expect(failed.state.dataUpdatedAt).toBe(state.queries.find((q) => q.queryKey[0] === "coverage")!.state.dataUpdatedAt);
  });
});
