import { describe, expect, it } from "vitest";
import { summarizeTradeTable, TRADE_TABLE_PAGE_SIZE } from "@/lib/trade/table-summary";
import type { TradeResponse } from "@/lib/trade/schemas";
import { sourceRef, tradeRow } from "./fixtures";

function response(data: TradeResponse["data"]): TradeResponse {
  return {
    data,
    sources: [sourceRef("dataset", 10), sourceRef("press", 50)],
    meta: { count: data.length, filters: { partner: ["KAZ"], reporter: null, flow: ["turnover"], from: null, to: null, period: "full" } },
  };
}

describe("the figures table's summary", () => {
  const rows = Array.from({ length: 60 }, (_, i) =>
    tradeRow({ partner: "KAZ", reporter: i % 2 ? "CHN" : "KAZ", year: 1995 + (i % 31), valueUsd: i * 1e8, sourceId: i % 3 ? "dataset" : "press" }),
  );

  it("counts every figure but carries only the first page, in the API's order", () => {
    const summary = summarizeTradeTable(response(rows));
    expect(summary.total).toBe(60);
    expect(summary.firstRows).toEqual(rows.slice(0, TRADE_TABLE_PAGE_SIZE));
    expect(summary.years).toEqual({ first: 1995, last: 2025 });
    expect(summary.sourceCount).toBe(2);
  });

  it("names each source with whose figures it carried, as the Cite panel takes them", () => {
    const uses = summarizeTradeTable(response(rows)).uses;
    expect(uses.map((u) => `${u.sourceId}|${u.reporter}`).sort()).toEqual(["dataset|CHN", "dataset|KAZ", "press|CHN", "press|KAZ"]);
  });

  it("has no years for no figures", () => {
    expect(summarizeTradeTable(response([]))).toMatchObject({ total: 0, years: null, sourceCount: 0, firstRows: [] });
  });
});
