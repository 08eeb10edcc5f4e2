-- CreateIndex
CREATE INDEX "TradeObservation_partnerIso3_commodity_periodKind_year_idx" ON "TradeObservation"("partnerIso3", "commodity", "periodKind", "year");
