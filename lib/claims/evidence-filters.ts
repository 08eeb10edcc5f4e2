// The trade query behind the claims page's evidence charts (the same rows the
// verdicts are computed from). Browser-safe.
import { CENTRAL_ASIA, REGION_CODE } from "../core/reference/codes";
import type { TradeFilters } from "../trade/schemas";

export const CLAIM_TRADE_FILTERS: TradeFilters = {
  partner: [...CENTRAL_ASIA, REGION_CODE],
  reporter: null,
  flow: ["turnover"],
  from: null,
  to: null,
  period: "full",
};
