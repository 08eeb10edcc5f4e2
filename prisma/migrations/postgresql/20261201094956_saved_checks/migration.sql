-- CreateTable
CREATE TABLE "SavedCheck" (
    "id" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "textDate" TEXT,
    "language" TEXT,
    "corrections" TEXT NOT NULL DEFAULT '[]',
    "firstDataVersion" INTEGER NOT NULL,
    "firstVerdicts" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SavedCheck_pkey" PRIMARY KEY ("id")
);
