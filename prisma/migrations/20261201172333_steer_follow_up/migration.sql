-- CreateTable
CREATE TABLE "FollowUpCall" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "reached" BOOLEAN NOT NULL,
    "solved" BOOLEAN,
    "rating" "CaseRating",
    "note" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FollowUpCall_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "FollowUpCall_caseId_createdAt_idx" ON "FollowUpCall"("caseId", "createdAt");

-- AddForeignKey
ALTER TABLE "FollowUpCall" ADD CONSTRAINT "FollowUpCall_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
