-- CreateTable
CREATE TABLE "Prisoner" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "nameLatin" TEXT NOT NULL,
    "nameBelarusian" TEXT,
    "nameRussian" TEXT,
    "searchKey" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "detainedOn" DATETIME,
    "releasedOn" DATETIME,
    "birthDate" DATETIME,
    "sentence" TEXT,
    "sentencedOn" DATETIME,
    "court" TEXT,
    "placeOfDetention" TEXT,
    "postalAddress" TEXT,
    "biography" TEXT,
    "photoPath" TEXT,
    "photoCredit" TEXT,
    "featured" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "NameSpelling" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "prisonerId" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    CONSTRAINT "NameSpelling_prisonerId_fkey" FOREIGN KEY ("prisonerId") REFERENCES "Prisoner" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Charge" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "prisonerId" TEXT NOT NULL,
    "article" TEXT,
    "description" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "Charge_prisonerId_fkey" FOREIGN KEY ("prisonerId") REFERENCES "Prisoner" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TimelineEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "prisonerId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "occurredOn" DATETIME NOT NULL,
    "precision" TEXT NOT NULL DEFAULT 'DAY',
    "text" TEXT NOT NULL,
    CONSTRAINT "TimelineEvent_prisonerId_fkey" FOREIGN KEY ("prisonerId") REFERENCES "Prisoner" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CampaignFact" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "key" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "occurredOn" DATETIME NOT NULL,
    "precision" TEXT NOT NULL DEFAULT 'DAY',
    "peopleCount" INTEGER NOT NULL,
    "text" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Source" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "key" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "url" TEXT,
    "publishedOn" DATETIME
);

-- CreateTable
CREATE TABLE "Update" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "publishedAt" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Petition" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "goal" INTEGER NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'OPEN',
    "confirmedCount" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "closedAt" DATETIME
);

-- CreateTable
CREATE TABLE "Signature" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "petitionId" TEXT NOT NULL,
    "name" TEXT,
    "emailEncrypted" TEXT,
    "emailHash" TEXT NOT NULL,
    "country" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'PENDING',
    "showName" BOOLEAN NOT NULL DEFAULT false,
    "referralCode" TEXT,
    "referralChannel" TEXT,
    "shareCode" TEXT,
    "ipHash" TEXT,
    "confirmTokenHash" TEXT,
    "tokenExpiresAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "confirmedAt" DATETIME,
    "erasedAt" DATETIME,
    CONSTRAINT "Signature_petitionId_fkey" FOREIGN KEY ("petitionId") REFERENCES "Petition" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Subscription" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "emailEncrypted" TEXT,
    "emailHash" TEXT NOT NULL,
    "prisonerId" TEXT,
    "scope" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'PENDING',
    "confirmTokenHash" TEXT,
    "tokenExpiresAt" DATETIME,
    "unsubscribeTokenHash" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "confirmedAt" DATETIME,
    "unsubscribedAt" DATETIME,
    CONSTRAINT "Subscription_prisonerId_fkey" FOREIGN KEY ("prisonerId") REFERENCES "Prisoner" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Comment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "prisonerId" TEXT,
    "updateId" TEXT,
    "authorName" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'PENDING',
    "flagReason" TEXT,
    "reportCount" INTEGER NOT NULL DEFAULT 0,
    "authorHash" TEXT,
    "ipHash" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "moderatedAt" DATETIME,
    CONSTRAINT "Comment_prisonerId_fkey" FOREIGN KEY ("prisonerId") REFERENCES "Prisoner" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Comment_updateId_fkey" FOREIGN KEY ("updateId") REFERENCES "Update" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CommentReport" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "commentId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "ipHash" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "CommentReport_commentId_fkey" FOREIGN KEY ("commentId") REFERENCES "Comment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ModerationDecision" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "commentId" TEXT NOT NULL,
    "staffId" TEXT,
    "action" TEXT NOT NULL,
    "reason" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ModerationDecision_commentId_fkey" FOREIGN KEY ("commentId") REFERENCES "Comment" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ModerationDecision_staffId_fkey" FOREIGN KEY ("staffId") REFERENCES "StaffUser" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "StaffUser" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "name" TEXT,
    "emailVerified" DATETIME,
    "image" TEXT,
    "passwordHash" TEXT,
    "role" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Account" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "providerAccountId" TEXT NOT NULL,
    "refresh_token" TEXT,
    "access_token" TEXT,
    "expires_at" INTEGER,
    "token_type" TEXT,
    "scope" TEXT,
    "id_token" TEXT,
    "session_state" TEXT,
    CONSTRAINT "Account_userId_fkey" FOREIGN KEY ("userId") REFERENCES "StaffUser" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sessionToken" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "expires" DATETIME NOT NULL,
    CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "StaffUser" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "VerificationToken" (
    "identifier" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "expires" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" TEXT,
    "after" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AuditLog_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "StaffUser" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "OutboxMessage" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "toEncrypted" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "html" TEXT NOT NULL,
    "headers" TEXT,
    "state" TEXT NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lockedUntil" DATETIME,
    "lastError" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" DATETIME
);

-- CreateTable
CREATE TABLE "RateLimiterFlexible" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "points" INTEGER NOT NULL,
    "expire" DATETIME
);

-- CreateTable
CREATE TABLE "_PrisonerSources" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,
    CONSTRAINT "_PrisonerSources_A_fkey" FOREIGN KEY ("A") REFERENCES "Prisoner" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_PrisonerSources_B_fkey" FOREIGN KEY ("B") REFERENCES "Source" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "_UpdatePrisoners" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,
    CONSTRAINT "_UpdatePrisoners_A_fkey" FOREIGN KEY ("A") REFERENCES "Prisoner" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_UpdatePrisoners_B_fkey" FOREIGN KEY ("B") REFERENCES "Update" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "_CampaignFactSources" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,
    CONSTRAINT "_CampaignFactSources_A_fkey" FOREIGN KEY ("A") REFERENCES "CampaignFact" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_CampaignFactSources_B_fkey" FOREIGN KEY ("B") REFERENCES "Source" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "_EventSources" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,
    CONSTRAINT "_EventSources_A_fkey" FOREIGN KEY ("A") REFERENCES "Source" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_EventSources_B_fkey" FOREIGN KEY ("B") REFERENCES "TimelineEvent" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "_UpdateSources" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,
    CONSTRAINT "_UpdateSources_A_fkey" FOREIGN KEY ("A") REFERENCES "Source" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_UpdateSources_B_fkey" FOREIGN KEY ("B") REFERENCES "Update" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "_PetitionPrisoners" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,
    CONSTRAINT "_PetitionPrisoners_A_fkey" FOREIGN KEY ("A") REFERENCES "Petition" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_PetitionPrisoners_B_fkey" FOREIGN KEY ("B") REFERENCES "Prisoner" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Prisoner_slug_key" ON "Prisoner"("slug");

-- CreateIndex
CREATE INDEX "Prisoner_status_nameLatin_idx" ON "Prisoner"("status", "nameLatin");

-- CreateIndex
CREATE INDEX "Prisoner_featured_idx" ON "Prisoner"("featured");

-- CreateIndex
CREATE UNIQUE INDEX "NameSpelling_prisonerId_value_language_key" ON "NameSpelling"("prisonerId", "value", "language");

-- CreateIndex
CREATE UNIQUE INDEX "Charge_prisonerId_position_key" ON "Charge"("prisonerId", "position");

-- CreateIndex
CREATE INDEX "TimelineEvent_prisonerId_occurredOn_idx" ON "TimelineEvent"("prisonerId", "occurredOn");

-- CreateIndex
CREATE UNIQUE INDEX "CampaignFact_key_key" ON "CampaignFact"("key");

-- CreateIndex
CREATE INDEX "CampaignFact_kind_occurredOn_idx" ON "CampaignFact"("kind", "occurredOn");

-- CreateIndex
CREATE UNIQUE INDEX "Source_key_key" ON "Source"("key");

-- CreateIndex
CREATE UNIQUE INDEX "Update_slug_key" ON "Update"("slug");

-- CreateIndex
CREATE INDEX "Update_publishedAt_idx" ON "Update"("publishedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Petition_slug_key" ON "Petition"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Signature_shareCode_key" ON "Signature"("shareCode");

-- CreateIndex
CREATE UNIQUE INDEX "Signature_confirmTokenHash_key" ON "Signature"("confirmTokenHash");

-- CreateIndex
CREATE INDEX "Signature_petitionId_state_confirmedAt_idx" ON "Signature"("petitionId", "state", "confirmedAt");

-- CreateIndex
CREATE INDEX "Signature_state_createdAt_idx" ON "Signature"("state", "createdAt");

-- CreateIndex
CREATE INDEX "Signature_referralCode_idx" ON "Signature"("referralCode");

-- CreateIndex
CREATE UNIQUE INDEX "Signature_petitionId_emailHash_key" ON "Signature"("petitionId", "emailHash");

-- CreateIndex
CREATE UNIQUE INDEX "Subscription_confirmTokenHash_key" ON "Subscription"("confirmTokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "Subscription_unsubscribeTokenHash_key" ON "Subscription"("unsubscribeTokenHash");

-- CreateIndex
CREATE INDEX "Subscription_state_createdAt_idx" ON "Subscription"("state", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Subscription_emailHash_scope_key" ON "Subscription"("emailHash", "scope");

-- CreateIndex
CREATE INDEX "Comment_state_createdAt_idx" ON "Comment"("state", "createdAt");

-- CreateIndex
CREATE INDEX "Comment_prisonerId_state_createdAt_idx" ON "Comment"("prisonerId", "state", "createdAt");

-- CreateIndex
CREATE INDEX "Comment_updateId_state_createdAt_idx" ON "Comment"("updateId", "state", "createdAt");

-- CreateIndex
CREATE INDEX "CommentReport_commentId_idx" ON "CommentReport"("commentId");

-- CreateIndex
CREATE INDEX "ModerationDecision_commentId_createdAt_idx" ON "ModerationDecision"("commentId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "StaffUser_email_key" ON "StaffUser"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Account_provider_providerAccountId_key" ON "Account"("provider", "providerAccountId");

-- CreateIndex
CREATE UNIQUE INDEX "Session_sessionToken_key" ON "Session"("sessionToken");

-- CreateIndex
CREATE UNIQUE INDEX "VerificationToken_token_key" ON "VerificationToken"("token");

-- CreateIndex
CREATE UNIQUE INDEX "VerificationToken_identifier_token_key" ON "VerificationToken"("identifier", "token");

-- CreateIndex
CREATE INDEX "AuditLog_createdAt_idx" ON "AuditLog"("createdAt");

-- CreateIndex
CREATE INDEX "AuditLog_entityType_entityId_idx" ON "AuditLog"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "AuditLog_actorId_createdAt_idx" ON "AuditLog"("actorId", "createdAt");

-- CreateIndex
CREATE INDEX "OutboxMessage_state_nextAttemptAt_idx" ON "OutboxMessage"("state", "nextAttemptAt");

-- CreateIndex
CREATE UNIQUE INDEX "_PrisonerSources_AB_unique" ON "_PrisonerSources"("A", "B");

-- CreateIndex
CREATE INDEX "_PrisonerSources_B_index" ON "_PrisonerSources"("B");

-- CreateIndex
CREATE UNIQUE INDEX "_UpdatePrisoners_AB_unique" ON "_UpdatePrisoners"("A", "B");

-- CreateIndex
CREATE INDEX "_UpdatePrisoners_B_index" ON "_UpdatePrisoners"("B");

-- CreateIndex
CREATE UNIQUE INDEX "_CampaignFactSources_AB_unique" ON "_CampaignFactSources"("A", "B");

-- CreateIndex
CREATE INDEX "_CampaignFactSources_B_index" ON "_CampaignFactSources"("B");

-- CreateIndex
CREATE UNIQUE INDEX "_EventSources_AB_unique" ON "_EventSources"("A", "B");

-- CreateIndex
CREATE INDEX "_EventSources_B_index" ON "_EventSources"("B");

-- CreateIndex
CREATE UNIQUE INDEX "_UpdateSources_AB_unique" ON "_UpdateSources"("A", "B");

-- CreateIndex
CREATE INDEX "_UpdateSources_B_index" ON "_UpdateSources"("B");

-- CreateIndex
CREATE UNIQUE INDEX "_PetitionPrisoners_AB_unique" ON "_PetitionPrisoners"("A", "B");

-- CreateIndex
CREATE INDEX "_PetitionPrisoners_B_index" ON "_PetitionPrisoners"("B");

