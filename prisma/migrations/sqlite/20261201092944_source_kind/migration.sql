-- AlterTable
ALTER TABLE "Source" ADD COLUMN "kind" TEXT;
