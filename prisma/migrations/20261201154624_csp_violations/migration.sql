-- CreateTable
CREATE TABLE "CspViolation" (
    "directive" TEXT NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CspViolation_pkey" PRIMARY KEY ("directive")
);
