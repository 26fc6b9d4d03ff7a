"use server";

import { headers } from "next/headers";
import { getLocale } from "next-intl/server";
import { AppError } from "@/lib/errors";
import { clientAddress } from "@/lib/http/client-address";
import type { Locale } from "@/lib/i18n/routing";
import { caseErrorMessage } from "../error-messages";
import { photoToken } from "./photo-token";
import { ratingSchema, trackingSchema } from "../schema";
import { rateCase, trackCase, type PublicCaseView } from "./track-and-rate";

export type TrackedCase = PublicCaseView & { photoUrls: string[] };
export type TrackState = { view?: TrackedCase; message?: string; reference?: string; secret?: string };

async function errorMessage(e: unknown): Promise<string> {
  return caseErrorMessage(e, (await getLocale()) as Locale);
}

function withPhotos(view: PublicCaseView): TrackedCase {
  return { ...view, photoUrls: view.photoIds.map((id) => `/api/v1/cases/${view.reference}/photos/${id}?t=${photoToken(view.reference, id)}`) };
}

// public: the worker has no account; trackCase checks the tracking secret, which travels in the POST body, never in a URL.
export async function trackAction(_prev: TrackState, formData: FormData): Promise<TrackState> {
  const parsed = trackingSchema.safeParse({ reference: formData.get("reference") ?? "", secret: formData.get("secret") ?? "" });
  if (!parsed.success) return { message: await errorMessage(new AppError("not_found", 404)) };
  const { reference, secret } = parsed.data;
  try {
    const view = await trackCase(reference, secret, clientAddress(await headers()));
    if (!view) return { message: await errorMessage(new AppError("not_found", 404)), reference };
    return { view: withPhotos(view), reference, secret };
  } catch (e) {
    return { message: await errorMessage(e), reference };
  }
}

// public: the worker's rating, checked against the tracking secret like trackAction.
export async function rateAction(_prev: TrackState, formData: FormData): Promise<TrackState> {
  const reference = String(formData.get("reference") ?? "");
  const secret = String(formData.get("secret") ?? "");
  const parsed = ratingSchema.safeParse({ rating: formData.get("rating") ?? undefined, comment: (formData.get("comment") as string) || undefined });
  if (!parsed.success) return { message: await errorMessage(new AppError("validation", 400)), reference, secret };
  try {
    const view = await rateCase(reference, secret, clientAddress(await headers()), parsed.data.rating, parsed.data.comment);
    return { view: withPhotos(view), reference, secret };
  } catch (e) {
    return { message: await errorMessage(e), reference, secret };
  }
}
