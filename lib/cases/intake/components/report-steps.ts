import type { CategoryCatalogue } from "../loaders";
import { MAINLAND_MOBILE, MAX_DESCRIPTION } from "@/lib/cases/schema";
import type { ReportDraft } from "./report-draft";

export type Catalogue = CategoryCatalogue;
export type CatalogueCategory = Catalogue["categories"][number];
export type ReportMode = "worker" | "staff";

export const STEPS = ["group", "category", "details", "location", "contact", "review"] as const;
export type StepName = (typeof STEPS)[number];

/** Field name → message key (under the root messages), for the quick checks before the server's. */
export type ErrorKeys = Record<string, string>;

/** The category's rule for a place; REQUIRED when unknown, as the server assumes nothing else either. */
export function locationRule(catalogue: Catalogue, code: string): CatalogueCategory["location"] {
  return catalogue.categories.find((c) => c.code === code)?.location ?? "REQUIRED";
}

/** Whether the submission will carry a point: the worker gave one and the category has a place. */
export function sendsLocation(d: ReportDraft, catalogue: Catalogue): boolean {
  const rule = locationRule(catalogue, d.category);
  return Boolean(d.location) && rule !== "NONE" && !(rule === "OPTIONAL" && d.locationMethod === "none");
}

/** The step that holds a field, so that a server error can take the worker straight to it. */
export function stepOfField(field: string): StepName {
  if (field === "worker_group") return "group";
  if (field === "category" || field.startsWith("attributes")) return "category";
  if (field === "description" || field === "employer" || field === "photos") return "details";
  if (field === "lat" || field === "lng" || field === "place_id" || field === "location") return "location";
  if (["anonymous", "contact_name", "contact_phone", "consent", "consent_location", "consent_photos", "channel"].includes(field)) return "contact";
  return "review";
}

/** The first step, in form order, holding one of these fields. */
export function firstStepWithError(fields: string[]): number {
  const steps = fields.map((f) => STEPS.indexOf(stepOfField(f)));
  return steps.length ? Math.min(...steps) : STEPS.indexOf("review");
}

/**
 * Quick checks in the browser, so that a missing answer is pointed out at once. The server checks
 * everything again and is the authority; the messages are the same ones it would send.
 */
export function checkStep(step: StepName, d: ReportDraft, ctx: { catalogue: Catalogue; mode: ReportMode; photoCount: number }): ErrorKeys {
  const e: ErrorKeys = {};
  switch (step) {
    case "group":
      if (!d.workerGroup) e.worker_group = "caseErrors.required";
      break;
    case "category": {
      const category = ctx.catalogue.categories.find((c) => c.code === d.category);
      if (!category) {
        e.category = "caseErrors.required";
        break;
      }
      for (const a of category.attributes) {
        const v = d.attributes[a.code];
        const empty = v === undefined || v === "" || (Array.isArray(v) && v.length === 0);
        if (empty && a.required) e[`attributes.${a.code}`] = "caseErrors.required";
        else if (!empty && a.datatype === "number" && !(Number(v) >= 0)) e[`attributes.${a.code}`] = "cases.errors.notANumber";
      }
      break;
    }
    case "details": {
      const text = d.description.trim();
      if (!text) e.description = "caseErrors.required";
      else if (text.length < 5) e.description = "caseErrors.too_short";
      else if (text.length > MAX_DESCRIPTION) e.description = "caseErrors.too_long";
      if (d.employer.trim().length > 60) e.employer = "caseErrors.too_long";
      break;
    }
    case "location": {
      const rule = locationRule(ctx.catalogue, d.category);
      const declined = rule === "OPTIONAL" && d.locationMethod === "none";
      if (rule !== "NONE" && !declined && !d.location) e.location = rule === "OPTIONAL" ? "cases.errors.noLocationOptional" : "cases.errors.noLocation";
      break;
    }
    case "contact":
      if (ctx.mode === "staff" && !d.channel) e.channel = "caseErrors.required";
      if (!d.anonymous && d.contactName.trim().length > 40) e.contact_name = "caseErrors.too_long";
      if (d.contactPhone.trim() && !MAINLAND_MOBILE.test(d.contactPhone.trim())) e.contact_phone = "caseErrors.invalid_phone";
      if (!d.consentNotice) e.consent = "caseErrors.consent_required";
      // Consent to use a place is asked only when a place is sent.
      if (sendsLocation(d, ctx.catalogue) && !d.consentLocation) e.consent_location = "cases.errors.locationConsent";
      if (ctx.photoCount > 0 && !d.consentPhotos) e.consent_photos = "cases.errors.photoConsent";
      break;
    case "review":
      break;
  }
  return e;
}

export function checkAll(d: ReportDraft, ctx: Parameters<typeof checkStep>[2]): ErrorKeys {
  return Object.assign({}, ...STEPS.map((s) => checkStep(s, d, ctx)));
}

/** What every step receives; `errors` are messages ready to show, by field name. */
export type StepProps = {
  draft: ReportDraft;
  update: (patch: Partial<ReportDraft> | ((d: ReportDraft) => Partial<ReportDraft>)) => void;
  errors: Record<string, string>;
  catalogue: Catalogue;
  mode: ReportMode;
};
