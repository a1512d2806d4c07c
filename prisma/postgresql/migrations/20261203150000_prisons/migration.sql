-- CreateEnum
CREATE TYPE "Region" AS ENUM ('BREST', 'VITSEBSK', 'HOMIEL', 'HRODNA', 'MINSK_REGION', 'MAHILIOU', 'MINSK_CITY');

-- CreateEnum
CREATE TYPE "Sex" AS ENUM ('FEMALE', 'MALE');

-- CreateEnum
CREATE TYPE "PrisonType" AS ENUM ('PRE_TRIAL_DETENTION_CENTRE', 'PENAL_COLONY', 'PRISON', 'OTHER');

-- CreateEnum
CREATE TYPE "ColonyRegime" AS ENUM ('GENERAL', 'STRICT', 'SPECIAL', 'COLONY_SETTLEMENT');

-- AlterTable
ALTER TABLE "Prisoner" ADD COLUMN     "canReceiveLetters" BOOLEAN,
ADD COLUMN     "canReceiveLettersSourceId" TEXT,
ADD COLUMN     "factsCheckedAt" TIMESTAMP(3),
ADD COLUMN     "importedValues" TEXT,
ADD COLUMN     "judge" TEXT,
ADD COLUMN     "noContactSince" TIMESTAMP(3),
ADD COLUMN     "prisonId" TEXT,
ADD COLUMN     "region" "Region",
ADD COLUMN     "sex" "Sex";

-- CreateTable
CREATE TABLE "Prison" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "nameLatin" TEXT NOT NULL,
    "nameBelarusian" TEXT,
    "nameRussian" TEXT,
    "type" "PrisonType" NOT NULL,
    "regime" "ColonyRegime",
    "region" "Region" NOT NULL,
    "postalAddress" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Prison_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_PrisonSources" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_PrisonSources_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "Prison_slug_key" ON "Prison"("slug");

-- CreateIndex
CREATE INDEX "Prison_region_idx" ON "Prison"("region");

-- CreateIndex
CREATE INDEX "_PrisonSources_B_index" ON "_PrisonSources"("B");

-- CreateIndex
CREATE INDEX "Prisoner_prisonId_idx" ON "Prisoner"("prisonId");

-- CreateIndex
CREATE INDEX "Prisoner_region_idx" ON "Prisoner"("region");

-- AddForeignKey
ALTER TABLE "Prisoner" ADD CONSTRAINT "Prisoner_prisonId_fkey" FOREIGN KEY ("prisonId") REFERENCES "Prison"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Prisoner" ADD CONSTRAINT "Prisoner_canReceiveLettersSourceId_fkey" FOREIGN KEY ("canReceiveLettersSourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_PrisonSources" ADD CONSTRAINT "_PrisonSources_A_fkey" FOREIGN KEY ("A") REFERENCES "Prison"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_PrisonSources" ADD CONSTRAINT "_PrisonSources_B_fkey" FOREIGN KEY ("B") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

