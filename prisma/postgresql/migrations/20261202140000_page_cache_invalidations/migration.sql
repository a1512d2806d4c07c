-- CreateTable
CREATE TABLE "PageCacheInvalidation" (
    "id" SERIAL NOT NULL,
    "tags" TEXT NOT NULL,
    "expireSeconds" INTEGER,
    "origin" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PageCacheInvalidation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PageCacheInvalidation_createdAt_idx" ON "PageCacheInvalidation"("createdAt");

