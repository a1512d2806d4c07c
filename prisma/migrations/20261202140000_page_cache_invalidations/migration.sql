-- CreateTable
CREATE TABLE "PageCacheInvalidation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "tags" TEXT NOT NULL,
    "expireSeconds" INTEGER,
    "origin" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE INDEX "PageCacheInvalidation_createdAt_idx" ON "PageCacheInvalidation"("createdAt");

