"use server";

import { revalidatePath } from "next/cache";
import { getLocale, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/session";
import { redirect } from "@/lib/i18n/server-navigation";
import { blobStore, MERCHANT_PHOTO_PREFIX, newBlobKey } from "@/lib/storage";
import { isPhotoError, processPhoto } from "@/lib/uploads/photos";
import { directoryErrors, failed, invalid, type FormState } from "./action-state";
import { closePlaceSchema, placeFormSchema, readPlaceForm, statusCommandSchema } from "./schema";
import { listFacilities } from "../directory/data";
import { districtAt } from "../district";
import { addPlacePhoto, createPlace, markPlaceVerified, removePlacePhoto, setPlaceStatus, updatePlace, type PlaceWrite } from "./mutations";
import { toWgs84 } from "../directory/navigation";
import { placeIdSchema } from "../schema";

// Staff only: every action checks places:manage itself; the pages' hiding of forms is a courtesy.

const refresh = (id?: string) => {
  revalidatePath("/[locale]/admin/places", "layout");
  if (id) revalidatePath(`/[locale]/places/${id}`, "page");
};

async function toWrite(fd: FormData): Promise<{ data: PlaceWrite } | { state: FormState }> {
  const raw = readPlaceForm(fd);
  const parsed = placeFormSchema.safeParse(raw);
  if (!parsed.success) return { state: await invalid(parsed.error, raw) };
  const { datum, lat, lng, ...v } = parsed.data;
  const t = await directoryErrors();
  const known = new Set((await listFacilities()).map((f) => f.code));
  if (v.facilities.some((f) => !known.has(f.code))) return { state: { errors: { facilities: t("unknown_facility") }, message: t("validation"), values: raw } };
  const point = toWgs84({ lat, lng }, datum);
  const district = v.district ?? districtAt(point.lat, point.lng);
  if (!district) return { state: { errors: { district: t("district_unknown") }, message: t("validation"), values: raw } };
  return { data: { ...v, ...point, district, sourceDatum: datum, hours: v.hours } };
}

export async function savePlaceAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const user = await requirePermission("places:manage");
  const id = String(fd.get("placeId") ?? "");
  const result = await toWrite(fd);
  if ("state" in result) return result.state;
  let created: string;
  try {
    if (id) {
      const idOk = placeIdSchema.safeParse(id);
      if (!idOk.success) return await invalid(idOk.error);
      const changes = await updatePlace(user.id, id, result.data);
      refresh(id);
      const t = await getTranslations("directory.form");
      return { ok: true, message: Object.keys(changes).length ? t("saved") : t("unchanged") };
    }
    created = await createPlace(user.id, result.data);
  } catch (e) {
    return failed(e, "save place");
  }
  refresh();
  return redirect({ href: `/admin/places/${created}?created=1`, locale: await getLocale() });
}

export async function closePlaceAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const user = await requirePermission("places:manage");
  const parsed = closePlaceSchema.safeParse({ placeId: fd.get("placeId") ?? "", reason: fd.get("reason") ?? "", until: fd.get("until") ?? "" });
  if (!parsed.success) return invalid(parsed.error);
  try {
    await setPlaceStatus(user.id, parsed.data.placeId, { status: "TEMPORARILY_CLOSED", reason: parsed.data.reason, until: parsed.data.until });
  } catch (e) {
    return failed(e, "close place");
  }
  refresh(parsed.data.placeId);
  return { ok: true, message: (await getTranslations("directory.status"))("closedDone") };
}

/** Reopen, deactivate, or "verified today". */
export async function placeCommandAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const user = await requirePermission("places:manage");
  const parsed = statusCommandSchema.safeParse({ placeId: fd.get("placeId") ?? "", command: fd.get("command") ?? "" });
  if (!parsed.success) return invalid(parsed.error);
  const { placeId, command } = parsed.data;
  try {
    if (command === "verify") await markPlaceVerified(user.id, placeId);
    else await setPlaceStatus(user.id, placeId, { status: command === "reopen" ? "ACTIVE" : "INACTIVE" });
  } catch (e) {
    return failed(e, `place ${command}`);
  }
  refresh(placeId);
  return { ok: true, message: (await getTranslations("directory.status"))(`${command}Done`) };
}

export async function uploadPlacePhotoAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const user = await requirePermission("places:manage");
  const placeId = placeIdSchema.safeParse(fd.get("placeId") ?? "");
  if (!placeId.success) return invalid(placeId.error);
  const files = fd.getAll("photo").filter((f): f is File => typeof f !== "string" && f.size > 0);
  const t = await directoryErrors();
  if (!files.length) return { errors: { photo: t("photo_empty") }, message: t("validation") };
  for (const file of files.slice(0, 6)) {
    let key: string | null = null;
    try {
      const photo = await processPhoto(new Uint8Array(await file.arrayBuffer()));
      key = newBlobKey("places");
      await blobStore().put(key, photo.data, photo.contentType);
      await addPlacePhoto(user.id, placeId.data, { storageKey: key, width: photo.width, height: photo.height });
    } catch (e) {
      if (key) await blobStore().delete(key).catch(() => {});
      if (isPhotoError(e)) return { errors: { photo: t(`photo_${e.code}`) }, message: t("validation") };
      return failed(e, "upload place photo");
    }
  }
  refresh(placeId.data);
  return { ok: true, message: (await getTranslations("directory.photos"))("uploaded") };
}

export async function removePlacePhotoAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const user = await requirePermission("places:manage");
  const photoId = placeIdSchema.safeParse(fd.get("photoId") ?? "");
  if (!photoId.success) return invalid(photoId.error);
  try {
    const key = await removePlacePhoto(user.id, photoId.data);
    // A merchant's photo stays with the application it came with (MERCHANT_PHOTO_PREFIX).
    if (!key.startsWith(`${MERCHANT_PHOTO_PREFIX}/`)) await blobStore().delete(key).catch((e) => console.error("Could not delete a place photo file", e));
  } catch (e) {
    return failed(e, "remove place photo");
  }
  refresh();
  return { ok: true, message: (await getTranslations("directory.photos"))("removed") };
}
