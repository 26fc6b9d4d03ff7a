-- CreateEnum
CREATE TYPE "CategoryLocation" AS ENUM ('REQUIRED', 'OPTIONAL', 'NONE');

-- AlterTable
ALTER TABLE "CaseCategory" ADD COLUMN     "location" "CategoryLocation" NOT NULL DEFAULT 'REQUIRED';

-- Existing categories get the rule the seed gives them (prisma/seed/case-categories.ts): pay,
-- insurance and rules disputes have no place to point at; problems at a place keep REQUIRED.
UPDATE "CaseCategory" SET "location" = 'NONE' WHERE "code" IN ('social_insurance', 'platform_rules', 'schooling', 'legal_aid', 'training');
UPDATE "CaseCategory" SET "location" = 'OPTIONAL' WHERE "code" IN ('work_injury', 'wages', 'hardship', 'other');
