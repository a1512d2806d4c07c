-- CreateTable
CREATE TABLE "Prison" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "nameLatin" TEXT NOT NULL,
    "nameBelarusian" TEXT,
    "nameRussian" TEXT,
    "type" TEXT NOT NULL,
    "regime" TEXT,
    "region" TEXT NOT NULL,
    "postalAddress" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "_PrisonSources" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,
    CONSTRAINT "_PrisonSources_A_fkey" FOREIGN KEY ("A") REFERENCES "Prison" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_PrisonSources_B_fkey" FOREIGN KEY ("B") REFERENCES "Source" ("id") ON DELETE CASCADE ON UPDATE CASCADE
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
    "prisonId" TEXT,
    "region" TEXT,
    "sex" TEXT,
    "judge" TEXT,
    "canReceiveLetters" BOOLEAN,
    "canReceiveLettersSourceId" TEXT,
    "noContactSince" DATETIME,
    "factsCheckedAt" DATETIME,
    "importedValues" TEXT,
    "biography" TEXT,
    "photoPath" TEXT,
    "photoCredit" TEXT,
    "featured" BOOLEAN NOT NULL DEFAULT false,
    "moderation" TEXT NOT NULL DEFAULT 'PRE',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Prisoner_prisonId_fkey" FOREIGN KEY ("prisonId") REFERENCES "Prison" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Prisoner_canReceiveLettersSourceId_fkey" FOREIGN KEY ("canReceiveLettersSourceId") REFERENCES "Source" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Prisoner" ("biography", "birthDate", "court", "createdAt", "detainedOn", "featured", "id", "moderation", "nameBelarusian", "nameLatin", "nameRussian", "photoCredit", "photoPath", "placeOfDetention", "postalAddress", "releasedOn", "searchKey", "sentence", "sentencedOn", "slug", "status", "updatedAt") SELECT "biography", "birthDate", "court", "createdAt", "detainedOn", "featured", "id", "moderation", "nameBelarusian", "nameLatin", "nameRussian", "photoCredit", "photoPath", "placeOfDetention", "postalAddress", "releasedOn", "searchKey", "sentence", "sentencedOn", "slug", "status", "updatedAt" FROM "Prisoner";
DROP TABLE "Prisoner";
ALTER TABLE "new_Prisoner" RENAME TO "Prisoner";
CREATE UNIQUE INDEX "Prisoner_slug_key" ON "Prisoner"("slug");
CREATE INDEX "Prisoner_status_nameLatin_idx" ON "Prisoner"("status", "nameLatin");
CREATE INDEX "Prisoner_featured_idx" ON "Prisoner"("featured");
CREATE INDEX "Prisoner_prisonId_idx" ON "Prisoner"("prisonId");
CREATE INDEX "Prisoner_region_idx" ON "Prisoner"("region");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "Prison_slug_key" ON "Prison"("slug");

-- CreateIndex
CREATE INDEX "Prison_region_idx" ON "Prison"("region");

-- CreateIndex
CREATE UNIQUE INDEX "_PrisonSources_AB_unique" ON "_PrisonSources"("A", "B");

-- CreateIndex
CREATE INDEX "_PrisonSources_B_index" ON "_PrisonSources"("B");

