import type { Verdict } from "@/lib/claims/verdict-core";

/** CSS class per verdict (colour) — the verdict's words are always shown too, never the colour alone. */
export const VERDICT_CLASS: Record<Verdict, string> = {
  supported: "supported",
  "partly supported": "partly_supported",
  contradicted: "contradicted",
  "not checkable with this data": "not_checkable",
  "not found in the data": "not_checkable",
  "other side's figure": "other_side",
};

/** A short symbol beside the words, for readers who cannot tell the colours apart. */
export const VERDICT_SYMBOL: Record<Verdict, string> = {
  supported: "✓",
  "partly supported": "≈",
  contradicted: "✗",
  "not checkable with this data": "?",
  "not found in the data": "∅",
  "other side's figure": "↔",
};
