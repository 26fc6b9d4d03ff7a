-- CreateTable
CREATE TABLE "SupervisionOrder" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "seq" INTEGER NOT NULL,
    "number" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "orderedBy" TEXT,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "answer" TEXT,
    "answeredById" TEXT,
    "answeredAt" TIMESTAMP(3),

    CONSTRAINT "SupervisionOrder_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SupervisionOrder_number_key" ON "SupervisionOrder"("number");

-- CreateIndex
CREATE INDEX "SupervisionOrder_caseId_answeredAt_idx" ON "SupervisionOrder"("caseId", "answeredAt");

-- CreateIndex
CREATE UNIQUE INDEX "SupervisionOrder_year_seq_key" ON "SupervisionOrder"("year", "seq");

-- AddForeignKey
ALTER TABLE "SupervisionOrder" ADD CONSTRAINT "SupervisionOrder_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
