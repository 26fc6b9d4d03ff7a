-- CreateEnum
CREATE TYPE "PlaceHolidayMode" AS ENUM ('SAME', 'CLOSED', 'HOURS');

-- AlterTable
ALTER TABLE "Place" ADD COLUMN     "holidayMode" "PlaceHolidayMode" NOT NULL DEFAULT 'SAME',
ADD COLUMN     "lastConfirmedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "PlaceReport" ADD COLUMN     "count" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "lastReportedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- Repeated reports are one item: at most one OPEN row per place and problem (OTHER is free text, so
-- never merged). Riders' reports upsert on this index and bump "count"; not expressible in Prisma.
CREATE UNIQUE INDEX "PlaceReport_open_problem_key" ON "PlaceReport" ("placeId", "type", COALESCE("facilityCode", ''))
  WHERE "status" = 'OPEN' AND "type" <> 'OTHER';

-- Holiday spans use weekday 8 (法定节假日, like OSM's "PH").
ALTER TABLE "PlaceHours" ADD CONSTRAINT "PlaceHours_weekday_check" CHECK ("weekday" BETWEEN 1 AND 8);
