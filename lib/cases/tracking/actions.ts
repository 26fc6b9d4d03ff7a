"use server";

import { headers } from "next/headers";
import { getLocale, getTranslations } from "next-intl/server";
import { AppError } from "@/lib/errors";
import { clientAddress } from "@/lib/http/client-address";
import type { Locale } from "@/lib/i18n/routing";
import { caseErrorMessage } from "../error-messages";
import { photoToken } from "./photo-token";
import { ratingSchema, trackingSchema } from "../schema";
import { rateCase, trackCase, type PublicCaseView } from "./track-and-rate";
import { requestDeletion, requestDeletionForPhone, workerData, workerDataForPhone, type DeletionOutcome, type WorkerData } from "./my-data";
import { getWorkerSession } from "@/lib/workers/session";

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

/**
 * Who is asking: the holder of the tracking code, or, when the form carries no code, a signed-in
 * worker whose verified phone must be the case's (checked in my-data.ts).
 */
async function proofOf(formData: FormData): Promise<{ reference: string; secret: string } | { reference: string; phone: string } | null> {
  const reference = String(formData.get("reference") ?? "");
  const secret = String(formData.get("secret") ?? "");
  if (!secret) {
    const worker = await getWorkerSession();
    const ref = trackingSchema.shape.reference.safeParse(reference);
    return worker && ref.success ? { reference: ref.data, phone: worker.phone } : null;
  }
  const parsed = trackingSchema.safeParse({ reference, secret });
  return parsed.success ? parsed.data : null;
}

export type MyDataState = { data?: WorkerData & { photoUrls: string[] }; message?: string };

// public: the worker's own data (PIPL right of access), checked against the tracking code.
export async function myDataAction(_prev: MyDataState, formData: FormData): Promise<MyDataState> {
  const proof = await proofOf(formData);
  if (!proof) return { message: await errorMessage(new AppError("not_found", 404)) };
  try {
    const data = "phone" in proof ? await workerDataForPhone(proof.reference, proof.phone) : await workerData(proof.reference, proof.secret, clientAddress(await headers()));
    if (!data) return { message: await errorMessage(new AppError("not_found", 404)) };
    return { data: { ...data, photoUrls: data.photoIds.map((id) => `/api/v1/cases/${data.reference}/photos/${id}?t=${photoToken(data.reference, id)}`) } };
  } catch (e) {
    return { message: await errorMessage(e) };
  }
}

export type DeletionState = { outcome?: DeletionOutcome; message?: string };

// public: the worker asks for their personal data to be deleted, with the tracking code; they must tick the confirmation.
export async function deletionAction(_prev: DeletionState, formData: FormData): Promise<DeletionState> {
  const proof = await proofOf(formData);
  if (!proof) return { message: await errorMessage(new AppError("not_found", 404)) };
  if (formData.get("confirm") !== "yes") return { message: (await getTranslations("cases.myData"))("confirmRequired") };
  try {
    if ("phone" in proof) return { outcome: await requestDeletionForPhone(proof.reference, proof.phone) };
    return { outcome: await requestDeletion(proof.reference, proof.secret, clientAddress(await headers())) };
  } catch (e) {
    return { message: await errorMessage(e) };
  }
}
