import "server-only";
import { z } from "zod";
import { PRIVACY_NOTICE_VERSION } from "../schema";
import { findPlacePoint } from "./data";

/**
 * The report form without JavaScript (one page, a plain form post) turned into the body that
 * submitGrievance checks like any other. Only the form's own shape is checked here; the case rules
 * (category, place, consent) stay in submitGrievance, so both forms refuse the same things.
 */
const optionalText = z.string().max(5000).optional();
export const onePageSchema = z.object({
  idempotency_key: z.string().regex(/^[A-Za-z0-9_-]{16,100}$/, { error: "invalid" }),
  worker_group: z.string().max(40).default(""),
  category: z.string().max(40).default(""),
  description: z.string().max(5000).default(""),
  employer: optionalText,
  location_choice: z.enum(["place", "coords", "none"], { error: "location_required" }).optional(),
  place_id: z.string().max(40).optional(),
  lat: z.string().max(40).optional(),
  lng: z.string().max(40).optional(),
  anonymous: z.literal("on").optional(),
  contact_name: optionalText,
  contact_phone: z.string().max(40).optional(),
  consent: z.literal("on").optional(),
  consent_location: z.literal("on").optional(),
  website: z.string().max(200).optional(),
});

export type OnePageFields = z.infer<typeof onePageSchema>;

/** The form's text fields (files and Next.js's own $ACTION fields are not part of it). */
export function formFields(form: FormData): { fields: Record<string, string>; attributes: Record<string, string> } {
  const fields: Record<string, string> = {};
  const attributes: Record<string, string> = {};
  for (const [key, value] of form.entries()) {
    if (typeof value !== "string" || key.startsWith("$ACTION")) continue;
    if (key.startsWith("attr.")) attributes[key.slice(5)] = value;
    else fields[key] = value;
  }
  return { fields, attributes };
}

const blank = (s: string | undefined) => (s ?? "").trim() === "";

/** The submission body, or field errors (message keys) the form shows beside each field. */
export async function onePageBody(input: OnePageFields, attributes: Record<string, string>): Promise<{ body: Record<string, unknown> } | { errors: Record<string, string> }> {
  const body: Record<string, unknown> = {
    worker_group: input.worker_group,
    category: input.category,
    description: input.description,
    anonymous: input.anonymous === "on",
  };
  if (!blank(input.employer)) body.employer = input.employer!.trim();
  if (!input.anonymous && !blank(input.contact_name)) body.contact_name = input.contact_name;
  if (!blank(input.contact_phone)) body.contact_phone = input.contact_phone;
  if (input.website) body.website = input.website;
  // Only the chosen category's questions ("attr.<category>.<code>"), and only those answered.
  const answers: Record<string, string> = {};
  for (const [key, value] of Object.entries(attributes)) {
    const [category, code] = key.split(".", 2);
    if (category === input.category && code && value.trim() !== "") answers[code] = value.trim();
  }
  if (Object.keys(answers).length) body.attributes = answers;

  if (input.location_choice === "place") {
    const place = input.place_id ? await findPlacePoint(input.place_id) : null;
    if (!place) return { errors: { location: "unknown_place" } };
    Object.assign(body, { lat: place.lat, lng: place.lng, place_id: place.id });
  } else if (input.location_choice === "coords") {
    const lat = Number((input.lat ?? "").trim());
    const lng = Number((input.lng ?? "").trim());
    if (blank(input.lat) || blank(input.lng) || !Number.isFinite(lat) || !Number.isFinite(lng)) return { errors: { location: "invalid_coordinates" } };
    Object.assign(body, { lat, lng });
  }
  const sendsPoint = body.lat !== undefined;
  // As in the wizard: the notice always, the use of the place only when one is sent.
  if (input.consent === "on" && (!sendsPoint || input.consent_location === "on")) body.consent = PRIVACY_NOTICE_VERSION;
  return { body };
}
