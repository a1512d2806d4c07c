-- AlterTable
ALTER TABLE "Signature" ADD COLUMN "publicName" TEXT;

-- AlterTable
ALTER TABLE "Subscription" ADD COLUMN "viaSignatureId" TEXT;

-- CreateTable
CREATE TABLE "AccessToken" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "tokenHash" TEXT NOT NULL,
    "emailHash" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "rate_limits" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "points" INTEGER NOT NULL DEFAULT 0,
    "expire" BIGINT
);

-- CreateIndex
CREATE UNIQUE INDEX "AccessToken_tokenHash_key" ON "AccessToken"("tokenHash");

-- CreateIndex
CREATE INDEX "AccessToken_expiresAt_idx" ON "AccessToken"("expiresAt");

-- CreateIndex
CREATE INDEX "Signature_emailHash_idx" ON "Signature"("emailHash");

-- CreateIndex
CREATE INDEX "Subscription_viaSignatureId_idx" ON "Subscription"("viaSignatureId");

