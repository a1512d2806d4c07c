-- CreateTable
CREATE TABLE "ModerationWord" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "term" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "BlockedAuthor" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "ipHash" TEXT,
    "authorHash" TEXT,
    "reason" TEXT,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Prisoner" (
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
    "moderation" TEXT NOT NULL DEFAULT 'PRE',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Prisoner" ("biography", "birthDate", "court", "createdAt", "detainedOn", "featured", "id", "nameBelarusian", "nameLatin", "nameRussian", "photoCredit", "photoPath", "placeOfDetention", "postalAddress", "releasedOn", "searchKey", "sentence", "sentencedOn", "slug", "status", "updatedAt") SELECT "biography", "birthDate", "court", "createdAt", "detainedOn", "featured", "id", "nameBelarusian", "nameLatin", "nameRussian", "photoCredit", "photoPath", "placeOfDetention", "postalAddress", "releasedOn", "searchKey", "sentence", "sentencedOn", "slug", "status", "updatedAt" FROM "Prisoner";
DROP TABLE "Prisoner";
ALTER TABLE "new_Prisoner" RENAME TO "Prisoner";
CREATE UNIQUE INDEX "Prisoner_slug_key" ON "Prisoner"("slug");
CREATE INDEX "Prisoner_status_nameLatin_idx" ON "Prisoner"("status", "nameLatin");
CREATE INDEX "Prisoner_featured_idx" ON "Prisoner"("featured");
CREATE TABLE "new_Update" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "publishedAt" DATETIME NOT NULL,
    "moderation" TEXT NOT NULL DEFAULT 'PRE',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Update" ("body", "createdAt", "id", "publishedAt", "slug", "summary", "title", "updatedAt") SELECT "body", "createdAt", "id", "publishedAt", "slug", "summary", "title", "updatedAt" FROM "Update";
DROP TABLE "Update";
ALTER TABLE "new_Update" RENAME TO "Update";
CREATE UNIQUE INDEX "Update_slug_key" ON "Update"("slug");
CREATE INDEX "Update_publishedAt_idx" ON "Update"("publishedAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "ModerationWord_term_kind_key" ON "ModerationWord"("term", "kind");

-- CreateIndex
CREATE INDEX "BlockedAuthor_ipHash_idx" ON "BlockedAuthor"("ipHash");

-- CreateIndex
CREATE INDEX "BlockedAuthor_authorHash_idx" ON "BlockedAuthor"("authorHash");

