-- CreateEnum
CREATE TYPE "PlaceKind" AS ENUM ('WORKER_STATION', 'DRIVER_HOME', 'TAXI_STATION', 'FRIENDLY_MERCHANT', 'FRIENDLY_HOSPITAL', 'FRIENDLY_COMMUNITY', 'FRIENDLY_COMPOUND', 'FRIENDLY_SCHOOL');

-- CreateEnum
CREATE TYPE "PlaceStatus" AS ENUM ('ACTIVE', 'TEMPORARILY_CLOSED', 'INACTIVE');

-- CreateEnum
CREATE TYPE "Datum" AS ENUM ('WGS84', 'GCJ02', 'BD09');

-- CreateEnum
CREATE TYPE "District" AS ENUM ('JINCHUAN', 'YONGCHANG');

-- CreateTable
CREATE TABLE "Facility" (
    "code" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "icon" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Facility_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Place" (
    "id" TEXT NOT NULL,
    "kind" "PlaceKind" NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT,
    "addressZh" TEXT NOT NULL,
    "addressEn" TEXT,
    "district" "District" NOT NULL,
    "subdistrict" TEXT NOT NULL,
    "lat" DOUBLE PRECISION NOT NULL,
    "lng" DOUBLE PRECISION NOT NULL,
    "location" point GENERATED ALWAYS AS (point("lng" * 0.788, "lat")) STORED,
    "sourceDatum" "Datum" NOT NULL DEFAULT 'WGS84',
    "is24h" BOOLEAN NOT NULL DEFAULT false,
    "status" "PlaceStatus" NOT NULL DEFAULT 'ACTIVE',
    "closedReason" TEXT,
    "closedUntil" DATE,
    "phone" TEXT,
    "organization" TEXT,
    "descriptionZh" TEXT,
    "descriptionEn" TEXT,
    "lastVerifiedAt" TIMESTAMP(3),
    "isSample" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Place_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlaceFacility" (
    "placeId" TEXT NOT NULL,
    "facilityCode" TEXT NOT NULL,
    "detail" TEXT,

    CONSTRAINT "PlaceFacility_pkey" PRIMARY KEY ("placeId","facilityCode")
);

-- CreateTable
CREATE TABLE "PlaceHours" (
    "id" TEXT NOT NULL,
    "placeId" TEXT NOT NULL,
    "weekday" SMALLINT NOT NULL,
    "opensAt" SMALLINT NOT NULL,
    "closesAt" SMALLINT NOT NULL,

    CONSTRAINT "PlaceHours_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlacePhoto" (
    "id" TEXT NOT NULL,
    "placeId" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PlacePhoto_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Place_kind_idx" ON "Place"("kind");

-- CreateIndex
CREATE INDEX "Place_status_idx" ON "Place"("status");

-- CreateIndex
CREATE INDEX "Place_updatedAt_idx" ON "Place"("updatedAt");

-- CreateIndex
CREATE INDEX "PlaceFacility_facilityCode_placeId_idx" ON "PlaceFacility"("facilityCode", "placeId");

-- CreateIndex
CREATE INDEX "PlaceHours_placeId_weekday_idx" ON "PlaceHours"("placeId", "weekday");

-- CreateIndex
CREATE UNIQUE INDEX "PlacePhoto_storageKey_key" ON "PlacePhoto"("storageKey");

-- CreateIndex
CREATE INDEX "PlacePhoto_placeId_idx" ON "PlacePhoto"("placeId");

-- AddForeignKey
ALTER TABLE "PlaceFacility" ADD CONSTRAINT "PlaceFacility_placeId_fkey" FOREIGN KEY ("placeId") REFERENCES "Place"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlaceFacility" ADD CONSTRAINT "PlaceFacility_facilityCode_fkey" FOREIGN KEY ("facilityCode") REFERENCES "Facility"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlaceHours" ADD CONSTRAINT "PlaceHours_placeId_fkey" FOREIGN KEY ("placeId") REFERENCES "Place"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlacePhoto" ADD CONSTRAINT "PlacePhoto_placeId_fkey" FOREIGN KEY ("placeId") REFERENCES "Place"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: k-nearest-neighbour and bounding-box search on a built-in GiST index (no PostGIS).
-- x is longitude scaled by cos(38°) so that plane distance approximates ground distance in Gansu;
-- exact great-circle metres are computed on the few candidates the index returns (lib/places/sql.ts).
CREATE INDEX "Place_location_gist" ON "Place" USING gist ("location");
