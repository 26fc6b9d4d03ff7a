-- CreateEnum
CREATE TYPE "ApplicationStatus" AS ENUM ('SUBMITTED', 'UNDER_REVIEW', 'APPROVED', 'REJECTED', 'NEEDS_CHANGES');

-- CreateEnum
CREATE TYPE "PlaceReportType" AS ENUM ('CLOSED_WHEN_OPEN', 'FACILITY_BROKEN', 'REFUSED_ENTRY', 'OTHER');

-- CreateEnum
CREATE TYPE "PlaceReportStatus" AS ENUM ('OPEN', 'FIXED', 'DISMISSED', 'CONVERTED');

-- AlterTable
ALTER TABLE "Place" ADD COLUMN     "ownerId" TEXT;

-- CreateTable
CREATE TABLE "MerchantApplication" (
    "id" TEXT NOT NULL,
    "merchantId" TEXT NOT NULL,
    "placeId" TEXT,
    "businessName" TEXT NOT NULL,
    "creditCode" TEXT NOT NULL,
    "businessType" TEXT NOT NULL,
    "addressZh" TEXT NOT NULL,
    "lat" DOUBLE PRECISION NOT NULL,
    "lng" DOUBLE PRECISION NOT NULL,
    "sourceDatum" "Datum" NOT NULL,
    "district" "District",
    "phone" TEXT,
    "descriptionZh" TEXT,
    "hours" JSONB NOT NULL DEFAULT '[]',
    "is24h" BOOLEAN NOT NULL DEFAULT false,
    "facilityCodes" TEXT[],
    "photoKeys" TEXT[],
    "status" "ApplicationStatus" NOT NULL DEFAULT 'SUBMITTED',
    "version" INTEGER NOT NULL DEFAULT 0,
    "reviewNote" TEXT,
    "reviewedById" TEXT,
    "reviewedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MerchantApplication_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlaceChange" (
    "id" TEXT NOT NULL,
    "placeId" TEXT NOT NULL,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "changes" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PlaceChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlaceReport" (
    "id" TEXT NOT NULL,
    "placeId" TEXT NOT NULL,
    "type" "PlaceReportType" NOT NULL,
    "facilityCode" TEXT,
    "description" TEXT,
    "photoKey" TEXT,
    "status" "PlaceReportStatus" NOT NULL DEFAULT 'OPEN',
    "caseId" TEXT,
    "resolvedById" TEXT,
    "resolvedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PlaceReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlaceCheckinDay" (
    "placeId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "PlaceCheckinDay_pkey" PRIMARY KEY ("placeId","day")
);

-- CreateIndex
CREATE INDEX "MerchantApplication_merchantId_idx" ON "MerchantApplication"("merchantId");

-- CreateIndex
CREATE INDEX "MerchantApplication_status_createdAt_idx" ON "MerchantApplication"("status", "createdAt");

-- CreateIndex
CREATE INDEX "PlaceChange_placeId_createdAt_idx" ON "PlaceChange"("placeId", "createdAt");

-- CreateIndex
CREATE INDEX "PlaceReport_status_createdAt_idx" ON "PlaceReport"("status", "createdAt");

-- CreateIndex
CREATE INDEX "PlaceReport_placeId_status_idx" ON "PlaceReport"("placeId", "status");

-- CreateIndex
CREATE INDEX "Place_ownerId_idx" ON "Place"("ownerId");

-- AddForeignKey
ALTER TABLE "Place" ADD CONSTRAINT "Place_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MerchantApplication" ADD CONSTRAINT "MerchantApplication_merchantId_fkey" FOREIGN KEY ("merchantId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MerchantApplication" ADD CONSTRAINT "MerchantApplication_placeId_fkey" FOREIGN KEY ("placeId") REFERENCES "Place"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlaceChange" ADD CONSTRAINT "PlaceChange_placeId_fkey" FOREIGN KEY ("placeId") REFERENCES "Place"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlaceChange" ADD CONSTRAINT "PlaceChange_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlaceReport" ADD CONSTRAINT "PlaceReport_placeId_fkey" FOREIGN KEY ("placeId") REFERENCES "Place"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlaceCheckinDay" ADD CONSTRAINT "PlaceCheckinDay_placeId_fkey" FOREIGN KEY ("placeId") REFERENCES "Place"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
