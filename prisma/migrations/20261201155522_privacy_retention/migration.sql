-- AlterTable
ALTER TABLE "Case" ADD COLUMN     "deletionRequestedAt" TIMESTAMP(3),
ADD COLUMN     "redactedAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "Case_closedAt_idx" ON "Case"("closedAt");

-- Timestamps are written as UTC, like Prisma writes TIMESTAMP(3) columns.
-- Hand-written: PIPL retention and the worker's right to deletion. CaseEvent stays append-only,
-- with one exception: nuanxin_redact_case() may mask the notes of the case it is redacting.
-- It proves that it is the caller by a row in case_redaction_grant, a table nobody else may
-- write (the app role gets no rights on it; scripts/lib/app-role.ts), keyed by the current
-- transaction and removed before the function returns. An ordinary UPDATE or DELETE, even by
-- the owner, still finds no grant and fails.
CREATE TABLE "case_redaction_grant" (
  tx xid8 NOT NULL,
  case_id text NOT NULL,
  PRIMARY KEY (tx, case_id)
);
REVOKE ALL ON "case_redaction_grant" FROM PUBLIC;

-- Same rules as anonymisedSummary (lib/cases/intake/similar.ts): number-like runs, any digits,
-- and the name after 姓/叫/我是 or before 师傅/先生/女士/小姐/经理/老板.
CREATE FUNCTION "nuanxin_mask_personal"(t text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(t,
    '[0-9A-Za-z]{5,}', '***', 'g'),
    '[0-9]+', '*', 'g'),
    '(姓)[\u4e00-\u9fff]{1,2}', '\1*', 'g'),
    '(叫|我是|他是|她是)[\u4e00-\u9fff]{2,3}', '\1**', 'g'),
    '[\u4e00-\u9fff]{1,2}(师傅|先生|女士|小姐|经理|老板)', '*\1', 'g')
$$;

-- The case's own contact name and phone are masked wherever they appear, before the patterns
-- above: a staff note ("已联系王小明") names the worker in ways no pattern foresees.
CREATE FUNCTION "nuanxin_mask_case_text"(t text, p_name text, p_phone text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT nuanxin_mask_personal(replace(replace(t, coalesce(p_name, ''), '**'), coalesce(p_phone, ''), '***'))
$$;

CREATE OR REPLACE FUNCTION "case_event_append_only"() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  IF TG_OP = 'UPDATE'
     AND EXISTS (SELECT 1 FROM "case_redaction_grant" g WHERE g.tx = pg_current_xact_id() AND g.case_id = OLD."caseId")
     AND (NEW.id, NEW."caseId", NEW.type, NEW."actorKind", NEW."actorId", NEW.public, NEW."fromStatus", NEW."toStatus", NEW."createdAt")
         IS NOT DISTINCT FROM (OLD.id, OLD."caseId", OLD.type, OLD."actorKind", OLD."actorId", OLD.public, OLD."fromStatus", OLD."toStatus", OLD."createdAt")
  THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'CaseEvent is append-only';
END;
$$;

-- Anonymises one closed case, in the caller's transaction: contact gone, description kept as a
-- masked summary, free-text answers dropped (number and list answers kept for statistics),
-- location rounded to 2 decimals (~1 km), rating comment gone, event notes masked (the worker's
-- own words removed), a public REDACTED event appended. Returns the photos' storage keys so the
-- caller deletes the files. A case already redacted, or unknown, returns nothing.
CREATE FUNCTION "nuanxin_redact_case"(p_case_id text, p_reason text) RETURNS SETOF text LANGUAGE plpgsql
SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  v_status "CaseStatus";
  v_name text;
  v_phone text;
BEGIN
  IF p_reason NOT IN ('retention', 'worker_request') THEN
    RAISE EXCEPTION 'unknown redaction reason %', p_reason;
  END IF;
  SELECT status, "contactName", "contactPhone" INTO v_status, v_name, v_phone FROM "Case" WHERE id = p_case_id AND "redactedAt" IS NULL FOR UPDATE;
  IF NOT FOUND THEN
    RETURN;
  END IF;
  IF v_status NOT IN ('DECLINED', 'MERGED', 'CLOSED') THEN
    RAISE EXCEPTION 'case % is still being handled', p_case_id;
  END IF;

  INSERT INTO "case_redaction_grant" (tx, case_id) VALUES (pg_current_xact_id(), p_case_id);
  UPDATE "CaseEvent" SET
    note = CASE WHEN "actorKind" = 'WORKER' THEN NULL ELSE nuanxin_mask_case_text(note, v_name, v_phone) END,
    payload = (
      SELECT coalesce(jsonb_object_agg(k, CASE WHEN k IN ('reason', 'suggestion', 'comment', 'note') AND jsonb_typeof(v) = 'string'
        THEN to_jsonb(nuanxin_mask_case_text(v #>> '{}', v_name, v_phone)) ELSE v END), '{}'::jsonb)
      FROM jsonb_each(payload) AS e(k, v))
  WHERE "caseId" = p_case_id;
  DELETE FROM "case_redaction_grant" WHERE tx = pg_current_xact_id() AND case_id = p_case_id;

  UPDATE "Case" c SET
    description = left(nuanxin_mask_case_text(regexp_replace(c.description, '\s+', ' ', 'g'), v_name, v_phone), 120),
    attributes = (
      SELECT coalesce(jsonb_object_agg(a.k, a.v), '{}'::jsonb)
      FROM jsonb_each(c.attributes) AS a(k, v)
      JOIN "CaseCategory" cat ON cat.code = c."categoryCode"
      JOIN jsonb_array_elements(cat.attributes) AS d(def) ON d.def->>'code' = a.k
      WHERE d.def->>'datatype' IN ('number', 'singlevaluelist', 'multivaluelist', 'datetime')),
    "contactName" = NULL,
    "contactPhone" = NULL,
    anonymous = true,
    "ratingComment" = NULL,
    "assessmentNote" = nuanxin_mask_case_text(c."assessmentNote", v_name, v_phone),
    lat = round(c.lat::numeric, 2)::double precision,
    lng = round(c.lng::numeric, 2)::double precision,
    "redactedAt" = now() AT TIME ZONE 'UTC',
    "updatedAt" = now() AT TIME ZONE 'UTC'
  WHERE c.id = p_case_id;

  INSERT INTO "CaseEvent" (id, "caseId", type, "actorKind", public, payload, "createdAt")
  VALUES ('redact_' || replace(gen_random_uuid()::text, '-', ''), p_case_id, 'REDACTED', 'SYSTEM', true, jsonb_build_object('reason', p_reason), now() AT TIME ZONE 'UTC');

  RETURN QUERY DELETE FROM "CasePhoto" WHERE "caseId" = p_case_id RETURNING "storageKey";
END;
$$;
REVOKE ALL ON FUNCTION "nuanxin_redact_case"(text, text) FROM PUBLIC;
