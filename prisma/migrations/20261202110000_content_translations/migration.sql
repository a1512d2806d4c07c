-- Staff translations of published texts into Belarusian and Russian (issue 11).
-- CreateTable
CREATE TABLE "ContentTranslation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "subject" TEXT NOT NULL,
    "subjectId" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "ContentTranslation_locale_subject_subjectId_idx" ON "ContentTranslation"("locale", "subject", "subjectId");

-- CreateIndex
CREATE UNIQUE INDEX "ContentTranslation_subject_subjectId_locale_field_key" ON "ContentTranslation"("subject", "subjectId", "locale", "field");

