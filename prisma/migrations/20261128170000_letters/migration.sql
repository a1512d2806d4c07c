-- CreateTable
CREATE TABLE "LetterCount" (
    "prisonerId" TEXT NOT NULL PRIMARY KEY,
    "count" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "LetterCount_prisonerId_fkey" FOREIGN KEY ("prisonerId") REFERENCES "Prisoner" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

