-- CreateTable
CREATE TABLE "CorrectionReport" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "prisonerId" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "problem" TEXT NOT NULL,
    "proposedValue" TEXT NOT NULL,
    "sourceUrl" TEXT,
    "emailEncrypted" TEXT,
    "emailHash" TEXT,
    "ipHash" TEXT NOT NULL,
    "locale" TEXT NOT NULL DEFAULT 'en',
    "state" TEXT NOT NULL DEFAULT 'OPEN',
    "resolutionNote" TEXT,
    "resolutionSource" TEXT,
    "resolvedById" TEXT,
    "resolvedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "CorrectionReport_prisonerId_fkey" FOREIGN KEY ("prisonerId") REFERENCES "Prisoner" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CorrectionReport_resolvedById_fkey" FOREIGN KEY ("resolvedById") REFERENCES "StaffUser" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "CorrectionReport_state_createdAt_idx" ON "CorrectionReport"("state", "createdAt");

-- CreateIndex
CREATE INDEX "CorrectionReport_emailHash_idx" ON "CorrectionReport"("emailHash");

-- CreateIndex
CREATE INDEX "CorrectionReport_ipHash_createdAt_idx" ON "CorrectionReport"("ipHash", "createdAt");

