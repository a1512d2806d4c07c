-- CreateEnum
CREATE TYPE "CorrectionState" AS ENUM ('OPEN', 'RESOLVED', 'REJECTED');

-- CreateTable
CREATE TABLE "CorrectionReport" (
    "id" TEXT NOT NULL,
    "prisonerId" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "problem" TEXT NOT NULL,
    "proposedValue" TEXT NOT NULL,
    "sourceUrl" TEXT,
    "emailEncrypted" TEXT,
    "emailHash" TEXT,
    "ipHash" TEXT NOT NULL,
    "locale" TEXT NOT NULL DEFAULT 'en',
    "state" "CorrectionState" NOT NULL DEFAULT 'OPEN',
    "resolutionNote" TEXT,
    "resolutionSource" TEXT,
    "resolvedById" TEXT,
    "resolvedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CorrectionReport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CorrectionReport_state_createdAt_idx" ON "CorrectionReport"("state", "createdAt");

-- CreateIndex
CREATE INDEX "CorrectionReport_emailHash_idx" ON "CorrectionReport"("emailHash");

-- CreateIndex
CREATE INDEX "CorrectionReport_ipHash_createdAt_idx" ON "CorrectionReport"("ipHash", "createdAt");

-- AddForeignKey
ALTER TABLE "CorrectionReport" ADD CONSTRAINT "CorrectionReport_prisonerId_fkey" FOREIGN KEY ("prisonerId") REFERENCES "Prisoner"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CorrectionReport" ADD CONSTRAINT "CorrectionReport_resolvedById_fkey" FOREIGN KEY ("resolvedById") REFERENCES "StaffUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;

