-- AlterTable
ALTER TABLE "Case" ADD COLUMN     "replayCodeCipher" TEXT,
ADD COLUMN     "replayCodeExpiresAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "WorkerAccount" (
    "id" TEXT NOT NULL,
    "phone" TEXT NOT NULL,
    "sessionVersion" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSignInAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WorkerAccount_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "WorkerAccount_phone_key" ON "WorkerAccount"("phone");

-- CreateIndex
CREATE INDEX "Case_contactPhone_idx" ON "Case"("contactPhone");

-- CreateIndex
CREATE INDEX "Case_replayCodeExpiresAt_idx" ON "Case"("replayCodeExpiresAt");
