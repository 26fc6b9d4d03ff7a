-- CreateEnum
CREATE TYPE "CaseStatus" AS ENUM ('SUBMITTED', 'ACCEPTED', 'DECLINED', 'MERGED', 'DISPATCHED', 'RETURNED', 'IN_PROGRESS', 'CONSULTATION', 'RESOLVED', 'REOPENED', 'EVALUATED', 'CLOSED');

-- CreateEnum
CREATE TYPE "CaseChannel" AS ENUM ('WEB', 'HALL_WINDOW', 'HOTLINE_12328', 'MINI_PROGRAM', 'OTHER');

-- CreateEnum
CREATE TYPE "CasePriority" AS ENUM ('NORMAL', 'COMPLEX', 'URGENT');

-- CreateEnum
CREATE TYPE "CaseRating" AS ENUM ('SATISFIED', 'BASICALLY_SATISFIED', 'UNSATISFIED');

-- CreateEnum
CREATE TYPE "CaseEventActor" AS ENUM ('WORKER', 'STAFF', 'SYSTEM');

-- CreateTable
CREATE TABLE "CaseCategory" (
    "code" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "attributes" JSONB NOT NULL DEFAULT '[]',
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "CaseCategory_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "WorkerGroup" (
    "code" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "WorkerGroup_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Case" (
    "id" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "secretHash" TEXT NOT NULL,
    "categoryCode" TEXT NOT NULL,
    "workerGroupCode" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "attributes" JSONB NOT NULL DEFAULT '{}',
    "lat" DOUBLE PRECISION,
    "lng" DOUBLE PRECISION,
    "district" "District",
    "placeId" TEXT,
    "employer" TEXT,
    "channel" "CaseChannel" NOT NULL,
    "anonymous" BOOLEAN NOT NULL DEFAULT false,
    "contactName" TEXT,
    "contactPhone" TEXT,
    "consentVersion" TEXT NOT NULL,
    "consentAt" TIMESTAMP(3) NOT NULL,
    "status" "CaseStatus" NOT NULL DEFAULT 'SUBMITTED',
    "version" INTEGER NOT NULL DEFAULT 0,
    "priority" "CasePriority" NOT NULL DEFAULT 'NORMAL',
    "leadDepartmentId" TEXT,
    "dueAt" TIMESTAMP(3),
    "reopenCount" INTEGER NOT NULL DEFAULT 0,
    "needsSupervisor" BOOLEAN NOT NULL DEFAULT false,
    "mergedIntoId" TEXT,
    "rating" "CaseRating",
    "ratingComment" TEXT,
    "ratedAt" TIMESTAMP(3),
    "resolvedAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),
    "createdById" TEXT,
    "idempotencyKey" TEXT,
    "requestHash" TEXT,
    "supporterCount" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Case_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseEvent" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "actorKind" "CaseEventActor" NOT NULL,
    "actorId" TEXT,
    "public" BOOLEAN NOT NULL DEFAULT false,
    "fromStatus" "CaseStatus",
    "toStatus" "CaseStatus",
    "note" TEXT,
    "payload" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CaseEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CasePhoto" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "bytes" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CasePhoto_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Case_reference_key" ON "Case"("reference");

-- CreateIndex
CREATE UNIQUE INDEX "Case_idempotencyKey_key" ON "Case"("idempotencyKey");

-- CreateIndex
CREATE INDEX "Case_status_createdAt_idx" ON "Case"("status", "createdAt");

-- CreateIndex
CREATE INDEX "Case_categoryCode_status_idx" ON "Case"("categoryCode", "status");

-- CreateIndex
CREATE INDEX "Case_leadDepartmentId_status_idx" ON "Case"("leadDepartmentId", "status");

-- CreateIndex
CREATE INDEX "Case_dueAt_idx" ON "Case"("dueAt");

-- CreateIndex
CREATE INDEX "Case_createdAt_idx" ON "Case"("createdAt");

-- CreateIndex
CREATE INDEX "CaseEvent_caseId_createdAt_idx" ON "CaseEvent"("caseId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "CasePhoto_storageKey_key" ON "CasePhoto"("storageKey");

-- CreateIndex
CREATE INDEX "CasePhoto_caseId_idx" ON "CasePhoto"("caseId");

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_categoryCode_fkey" FOREIGN KEY ("categoryCode") REFERENCES "CaseCategory"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_workerGroupCode_fkey" FOREIGN KEY ("workerGroupCode") REFERENCES "WorkerGroup"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_placeId_fkey" FOREIGN KEY ("placeId") REFERENCES "Place"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_leadDepartmentId_fkey" FOREIGN KEY ("leadDepartmentId") REFERENCES "Department"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseEvent" ADD CONSTRAINT "CaseEvent_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseEvent" ADD CONSTRAINT "CaseEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CasePhoto" ADD CONSTRAINT "CasePhoto_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written: the case history is append-only (事事有回音: every step stays on record).
CREATE FUNCTION "case_event_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'CaseEvent is append-only';
END;
$$;
CREATE TRIGGER "CaseEvent_append_only" BEFORE UPDATE OR DELETE ON "CaseEvent"
  FOR EACH ROW EXECUTE FUNCTION "case_event_append_only"();

-- Hand-written: counters of rate-limiter-flexible (RateLimiterPostgres, tableCreated: true), shared by
-- every app instance so limits hold behind a load balancer.
CREATE TABLE "rate_limits" (
  key varchar(255) PRIMARY KEY,
  points integer NOT NULL DEFAULT 0,
  expire bigint
);
