-- CreateTable
CREATE TABLE "SavedCheck" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "text" TEXT NOT NULL,
    "textDate" TEXT,
    "language" TEXT,
    "corrections" TEXT NOT NULL DEFAULT '[]',
    "firstDataVersion" INTEGER NOT NULL,
    "firstVerdicts" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
