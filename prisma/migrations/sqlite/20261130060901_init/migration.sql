-- CreateTable
CREATE TABLE "Country" (
    "iso3" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "isAggregate" BOOLEAN NOT NULL DEFAULT false,
    "sortOrder" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "Reporter" (
    "code" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "countryIso3" TEXT
);

-- CreateTable
CREATE TABLE "Source" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "publisher" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "licence" TEXT NOT NULL,
    "methodNote" TEXT,
    "priority" INTEGER NOT NULL DEFAULT 50
);

-- CreateTable
CREATE TABLE "TradeObservation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "partnerIso3" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "period" TEXT NOT NULL,
    "periodKind" TEXT NOT NULL,
    "reporterCode" TEXT NOT NULL,
    "flow" TEXT NOT NULL,
    "commodity" TEXT NOT NULL DEFAULT 'TOTAL',
    "valueUsd" REAL NOT NULL,
    "sourceId" TEXT NOT NULL,
    "derivation" TEXT,
    "note" TEXT,
    "synthetic" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "TradeObservation_partnerIso3_fkey" FOREIGN KEY ("partnerIso3") REFERENCES "Country" ("iso3") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "TradeObservation_reporterCode_fkey" FOREIGN KEY ("reporterCode") REFERENCES "Reporter" ("code") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "TradeObservation_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ObservationRevision" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "observationId" INTEGER NOT NULL,
    "previousValue" REAL NOT NULL,
    "newValue" REAL NOT NULL,
    "previousSourceId" TEXT,
    "changedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "importId" INTEGER,
    CONSTRAINT "ObservationRevision_observationId_fkey" FOREIGN KEY ("observationId") REFERENCES "TradeObservation" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ObservationRevision_importId_fkey" FOREIGN KEY ("importId") REFERENCES "ImportRun" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ImportRun" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "fileName" TEXT NOT NULL,
    "layout" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created" INTEGER NOT NULL,
    "changed" INTEGER NOT NULL,
    "unchanged" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "Project" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "name" TEXT,
    "sector" TEXT NOT NULL,
    "subsector" TEXT,
    "status" TEXT,
    "startYear" INTEGER,
    "completionYear" INTEGER,
    "plannedCompletionYear" INTEGER,
    "amountUsd" REAL,
    "amountBasis" TEXT,
    "chineseParties" TEXT,
    "latitude" REAL,
    "longitude" REAL,
    "coordPrecision" TEXT,
    "geometryWkt" TEXT,
    "themes" TEXT NOT NULL DEFAULT '',
    "note" TEXT,
    "sourceId" TEXT NOT NULL,
    "otherSourceUrls" TEXT,
    CONSTRAINT "Project_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ProjectCountry" (
    "projectId" TEXT NOT NULL,
    "countryIso3" TEXT NOT NULL,

    PRIMARY KEY ("projectId", "countryIso3"),
    CONSTRAINT "ProjectCountry_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ProjectCountry_countryIso3_fkey" FOREIGN KEY ("countryIso3") REFERENCES "Country" ("iso3") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Claim" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "quote" TEXT NOT NULL,
    "location" TEXT NOT NULL,
    "theme" TEXT NOT NULL,
    "assertion" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "DataVersion" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT DEFAULT 1,
    "version" INTEGER NOT NULL DEFAULT 0,
    "changedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE INDEX "TradeObservation_reporterCode_flow_periodKind_year_idx" ON "TradeObservation"("reporterCode", "flow", "periodKind", "year");

-- CreateIndex
CREATE INDEX "TradeObservation_partnerIso3_periodKind_year_idx" ON "TradeObservation"("partnerIso3", "periodKind", "year");

-- CreateIndex
CREATE INDEX "TradeObservation_sourceId_idx" ON "TradeObservation"("sourceId");

-- CreateIndex
CREATE UNIQUE INDEX "TradeObservation_partnerIso3_period_reporterCode_flow_commodity_sourceId_key" ON "TradeObservation"("partnerIso3", "period", "reporterCode", "flow", "commodity", "sourceId");

-- CreateIndex
CREATE INDEX "ObservationRevision_observationId_idx" ON "ObservationRevision"("observationId");

-- CreateIndex
CREATE INDEX "Project_sector_idx" ON "Project"("sector");

-- CreateIndex
CREATE INDEX "Project_startYear_idx" ON "Project"("startYear");

-- CreateIndex
CREATE INDEX "ProjectCountry_countryIso3_idx" ON "ProjectCountry"("countryIso3");
