-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "DatePrecision" AS ENUM ('DAY', 'MONTH', 'YEAR');

-- CreateEnum
CREATE TYPE "PrisonerStatus" AS ENUM ('DETAINED', 'RELEASED', 'RELEASED_IN_EXILE', 'FORCIBLY_EXPELLED', 'DIED_IN_CUSTODY');

-- CreateEnum
CREATE TYPE "ModerationMode" AS ENUM ('PRE', 'POST');

-- CreateEnum
CREATE TYPE "TimelineEventKind" AS ENUM ('ARREST', 'DETENTION', 'CHARGE', 'SENTENCE', 'APPEAL', 'RELEASE', 'OTHER');

-- CreateEnum
CREATE TYPE "CampaignFactKind" AS ENUM ('MASS_RELEASE', 'HELD_COUNT');

-- CreateEnum
CREATE TYPE "PetitionState" AS ENUM ('OPEN', 'CLOSED');

-- CreateEnum
CREATE TYPE "SignatureState" AS ENUM ('PENDING', 'CONFIRMED', 'FRAUDULENT', 'INVALIDATED');

-- CreateEnum
CREATE TYPE "SubscriptionState" AS ENUM ('PENDING', 'CONFIRMED', 'UNSUBSCRIBED');

-- CreateEnum
CREATE TYPE "CommentState" AS ENUM ('PENDING', 'APPROVED', 'REJECTED');

-- CreateEnum
CREATE TYPE "ModerationWordKind" AS ENUM ('BANNED', 'SUSPECT');

-- CreateEnum
CREATE TYPE "StaffRole" AS ENUM ('ADMIN', 'MODERATOR');

-- CreateEnum
CREATE TYPE "OutboxState" AS ENUM ('PENDING', 'SENT', 'FAILED');

-- CreateTable
CREATE TABLE "Prisoner" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "nameLatin" TEXT NOT NULL,
    "nameBelarusian" TEXT,
    "nameRussian" TEXT,
    "searchKey" TEXT NOT NULL,
    "status" "PrisonerStatus" NOT NULL,
    "detainedOn" TIMESTAMP(3),
    "releasedOn" TIMESTAMP(3),
    "birthDate" TIMESTAMP(3),
    "sentence" TEXT,
    "sentencedOn" TIMESTAMP(3),
    "court" TEXT,
    "placeOfDetention" TEXT,
    "postalAddress" TEXT,
    "biography" TEXT,
    "photoPath" TEXT,
    "photoCredit" TEXT,
    "featured" BOOLEAN NOT NULL DEFAULT false,
    "moderation" "ModerationMode" NOT NULL DEFAULT 'PRE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Prisoner_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LetterCount" (
    "prisonerId" TEXT NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "LetterCount_pkey" PRIMARY KEY ("prisonerId")
);

-- CreateTable
CREATE TABLE "NameSpelling" (
    "id" TEXT NOT NULL,
    "prisonerId" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "language" TEXT NOT NULL,

    CONSTRAINT "NameSpelling_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Charge" (
    "id" TEXT NOT NULL,
    "prisonerId" TEXT NOT NULL,
    "article" TEXT,
    "description" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Charge_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TimelineEvent" (
    "id" TEXT NOT NULL,
    "prisonerId" TEXT NOT NULL,
    "kind" "TimelineEventKind" NOT NULL,
    "occurredOn" TIMESTAMP(3) NOT NULL,
    "precision" "DatePrecision" NOT NULL DEFAULT 'DAY',
    "text" TEXT NOT NULL,

    CONSTRAINT "TimelineEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CampaignFact" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "kind" "CampaignFactKind" NOT NULL,
    "occurredOn" TIMESTAMP(3) NOT NULL,
    "precision" "DatePrecision" NOT NULL DEFAULT 'DAY',
    "peopleCount" INTEGER NOT NULL,
    "text" TEXT NOT NULL,

    CONSTRAINT "CampaignFact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContentTranslation" (
    "id" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "subjectId" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ContentTranslation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Source" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "url" TEXT,
    "publishedOn" TIMESTAMP(3),

    CONSTRAINT "Source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Update" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "publishedAt" TIMESTAMP(3) NOT NULL,
    "moderation" "ModerationMode" NOT NULL DEFAULT 'PRE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Update_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Petition" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "goal" INTEGER NOT NULL,
    "state" "PetitionState" NOT NULL DEFAULT 'OPEN',
    "confirmedCount" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "closedAt" TIMESTAMP(3),

    CONSTRAINT "Petition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Signature" (
    "id" TEXT NOT NULL,
    "petitionId" TEXT NOT NULL,
    "nameEncrypted" TEXT,
    "publicName" TEXT,
    "emailEncrypted" TEXT,
    "emailHash" TEXT NOT NULL,
    "countryEncrypted" TEXT NOT NULL,
    "state" "SignatureState" NOT NULL DEFAULT 'PENDING',
    "showName" BOOLEAN NOT NULL DEFAULT false,
    "referralCode" TEXT,
    "referralChannel" TEXT,
    "shareCode" TEXT,
    "ipHash" TEXT,
    "confirmTokenHash" TEXT,
    "tokenExpiresAt" TIMESTAMP(3),
    "locale" TEXT NOT NULL DEFAULT 'en',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "confirmedAt" TIMESTAMP(3),
    "erasedAt" TIMESTAMP(3),

    CONSTRAINT "Signature_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Subscription" (
    "id" TEXT NOT NULL,
    "emailEncrypted" TEXT,
    "emailHash" TEXT NOT NULL,
    "prisonerId" TEXT,
    "scope" TEXT NOT NULL,
    "state" "SubscriptionState" NOT NULL DEFAULT 'PENDING',
    "viaSignatureId" TEXT,
    "confirmTokenHash" TEXT,
    "tokenExpiresAt" TIMESTAMP(3),
    "unsubscribeTokenHash" TEXT NOT NULL,
    "locale" TEXT NOT NULL DEFAULT 'en',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "confirmedAt" TIMESTAMP(3),
    "unsubscribedAt" TIMESTAMP(3),

    CONSTRAINT "Subscription_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Comment" (
    "id" TEXT NOT NULL,
    "prisonerId" TEXT,
    "updateId" TEXT,
    "authorName" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "locale" TEXT NOT NULL DEFAULT 'en',
    "state" "CommentState" NOT NULL DEFAULT 'PENDING',
    "flagReason" TEXT,
    "reportCount" INTEGER NOT NULL DEFAULT 0,
    "authorHash" TEXT,
    "ipHash" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "moderatedAt" TIMESTAMP(3),

    CONSTRAINT "Comment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CommentReport" (
    "id" TEXT NOT NULL,
    "commentId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "ipHash" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CommentReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ModerationDecision" (
    "id" TEXT NOT NULL,
    "commentId" TEXT NOT NULL,
    "staffId" TEXT,
    "action" TEXT NOT NULL,
    "reason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ModerationDecision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ModerationWord" (
    "id" TEXT NOT NULL,
    "term" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "kind" "ModerationWordKind" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ModerationWord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BlockedAuthor" (
    "id" TEXT NOT NULL,
    "ipHash" TEXT,
    "authorHash" TEXT,
    "reason" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BlockedAuthor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StaffUser" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT,
    "emailVerified" TIMESTAMP(3),
    "image" TEXT,
    "passwordHash" TEXT,
    "role" "StaffRole" NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StaffUser_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Account" (
    "id" TEXT NOT NULL,
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

    CONSTRAINT "Account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "sessionToken" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "expires" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VerificationToken" (
    "identifier" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "expires" TIMESTAMP(3) NOT NULL
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" TEXT NOT NULL,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" TEXT,
    "after" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutboxMessage" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "sealed" TEXT,
    "state" "OutboxState" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lockedUntil" TIMESTAMP(3),
    "lastError" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMP(3),

    CONSTRAINT "OutboxMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AccessToken" (
    "id" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "emailHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AccessToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rate_limits" (
    "key" TEXT NOT NULL,
    "points" INTEGER NOT NULL DEFAULT 0,
    "expire" BIGINT,

    CONSTRAINT "rate_limits_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "RateLimiterFlexible" (
    "key" TEXT NOT NULL,
    "points" INTEGER NOT NULL,
    "expire" TIMESTAMP(3),

    CONSTRAINT "RateLimiterFlexible_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "_PrisonerSources" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_PrisonerSources_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_UpdatePrisoners" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_UpdatePrisoners_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_CampaignFactSources" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_CampaignFactSources_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_EventSources" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_EventSources_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_UpdateSources" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_UpdateSources_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_PetitionPrisoners" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_PetitionPrisoners_AB_pkey" PRIMARY KEY ("A","B")
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
CREATE INDEX "ContentTranslation_locale_subject_subjectId_idx" ON "ContentTranslation"("locale", "subject", "subjectId");

-- CreateIndex
CREATE UNIQUE INDEX "ContentTranslation_subject_subjectId_locale_field_key" ON "ContentTranslation"("subject", "subjectId", "locale", "field");

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
CREATE INDEX "Signature_emailHash_idx" ON "Signature"("emailHash");

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
CREATE INDEX "Subscription_viaSignatureId_idx" ON "Subscription"("viaSignatureId");

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
CREATE UNIQUE INDEX "ModerationWord_term_kind_key" ON "ModerationWord"("term", "kind");

-- CreateIndex
CREATE INDEX "BlockedAuthor_ipHash_idx" ON "BlockedAuthor"("ipHash");

-- CreateIndex
CREATE INDEX "BlockedAuthor_authorHash_idx" ON "BlockedAuthor"("authorHash");

-- CreateIndex
CREATE UNIQUE INDEX "StaffUser_email_key" ON "StaffUser"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Account_provider_providerAccountId_key" ON "Account"("provider", "providerAccountId");

-- CreateIndex
CREATE UNIQUE INDEX "Session_sessionToken_key" ON "Session"("sessionToken");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE INDEX "Session_expires_idx" ON "Session"("expires");

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
CREATE UNIQUE INDEX "AccessToken_tokenHash_key" ON "AccessToken"("tokenHash");

-- CreateIndex
CREATE INDEX "AccessToken_expiresAt_idx" ON "AccessToken"("expiresAt");

-- CreateIndex
CREATE INDEX "_PrisonerSources_B_index" ON "_PrisonerSources"("B");

-- CreateIndex
CREATE INDEX "_UpdatePrisoners_B_index" ON "_UpdatePrisoners"("B");

-- CreateIndex
CREATE INDEX "_CampaignFactSources_B_index" ON "_CampaignFactSources"("B");

-- CreateIndex
CREATE INDEX "_EventSources_B_index" ON "_EventSources"("B");

-- CreateIndex
CREATE INDEX "_UpdateSources_B_index" ON "_UpdateSources"("B");

-- CreateIndex
CREATE INDEX "_PetitionPrisoners_B_index" ON "_PetitionPrisoners"("B");

-- AddForeignKey
ALTER TABLE "LetterCount" ADD CONSTRAINT "LetterCount_prisonerId_fkey" FOREIGN KEY ("prisonerId") REFERENCES "Prisoner"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NameSpelling" ADD CONSTRAINT "NameSpelling_prisonerId_fkey" FOREIGN KEY ("prisonerId") REFERENCES "Prisoner"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Charge" ADD CONSTRAINT "Charge_prisonerId_fkey" FOREIGN KEY ("prisonerId") REFERENCES "Prisoner"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimelineEvent" ADD CONSTRAINT "TimelineEvent_prisonerId_fkey" FOREIGN KEY ("prisonerId") REFERENCES "Prisoner"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Signature" ADD CONSTRAINT "Signature_petitionId_fkey" FOREIGN KEY ("petitionId") REFERENCES "Petition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Subscription" ADD CONSTRAINT "Subscription_prisonerId_fkey" FOREIGN KEY ("prisonerId") REFERENCES "Prisoner"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_prisonerId_fkey" FOREIGN KEY ("prisonerId") REFERENCES "Prisoner"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_updateId_fkey" FOREIGN KEY ("updateId") REFERENCES "Update"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommentReport" ADD CONSTRAINT "CommentReport_commentId_fkey" FOREIGN KEY ("commentId") REFERENCES "Comment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModerationDecision" ADD CONSTRAINT "ModerationDecision_commentId_fkey" FOREIGN KEY ("commentId") REFERENCES "Comment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModerationDecision" ADD CONSTRAINT "ModerationDecision_staffId_fkey" FOREIGN KEY ("staffId") REFERENCES "StaffUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Account" ADD CONSTRAINT "Account_userId_fkey" FOREIGN KEY ("userId") REFERENCES "StaffUser"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "StaffUser"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "StaffUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_PrisonerSources" ADD CONSTRAINT "_PrisonerSources_A_fkey" FOREIGN KEY ("A") REFERENCES "Prisoner"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_PrisonerSources" ADD CONSTRAINT "_PrisonerSources_B_fkey" FOREIGN KEY ("B") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_UpdatePrisoners" ADD CONSTRAINT "_UpdatePrisoners_A_fkey" FOREIGN KEY ("A") REFERENCES "Prisoner"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_UpdatePrisoners" ADD CONSTRAINT "_UpdatePrisoners_B_fkey" FOREIGN KEY ("B") REFERENCES "Update"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_CampaignFactSources" ADD CONSTRAINT "_CampaignFactSources_A_fkey" FOREIGN KEY ("A") REFERENCES "CampaignFact"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_CampaignFactSources" ADD CONSTRAINT "_CampaignFactSources_B_fkey" FOREIGN KEY ("B") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_EventSources" ADD CONSTRAINT "_EventSources_A_fkey" FOREIGN KEY ("A") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_EventSources" ADD CONSTRAINT "_EventSources_B_fkey" FOREIGN KEY ("B") REFERENCES "TimelineEvent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_UpdateSources" ADD CONSTRAINT "_UpdateSources_A_fkey" FOREIGN KEY ("A") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_UpdateSources" ADD CONSTRAINT "_UpdateSources_B_fkey" FOREIGN KEY ("B") REFERENCES "Update"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_PetitionPrisoners" ADD CONSTRAINT "_PetitionPrisoners_A_fkey" FOREIGN KEY ("A") REFERENCES "Petition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_PetitionPrisoners" ADD CONSTRAINT "_PetitionPrisoners_B_fkey" FOREIGN KEY ("B") REFERENCES "Prisoner"("id") ON DELETE CASCADE ON UPDATE CASCADE;

