import { getTranslations } from "next-intl/server";
import { removePlacePhotoAction, uploadPlacePhotoAction } from "../actions";
import { ActionForm } from "./action-form";

type Props = { placeId: string; name: string; photos: { id: string; width: number; height: number }[]; canManage: boolean };

/** Photos of the venue: public information, served from /api/place-photos with long caching. */
export async function PhotosPanel({ placeId, name, photos, canManage }: Props) {
  const t = await getTranslations("directory.photos");
  return (
    <section aria-labelledby="photos-heading" className="space-y-3 rounded-md border border-stone-300 bg-white p-4">
      <h2 id="photos-heading" className="text-lg font-bold">
        {t("heading")}
      </h2>
      {photos.length ? (
        <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3">
          {photos.map((p, i) => (
            <li key={p.id} className="space-y-1">
              {/* eslint-disable-next-line @next/next/no-img-element -- served by our own route with its own caching */}
              <img src={`/api/place-photos/${p.id}`} alt={t("alt", { name, n: i + 1 })} width={p.width} height={p.height} loading="lazy" className="h-32 w-full rounded object-cover" />
              {canManage ? (
                <ActionForm action={removePlacePhotoAction} submit={t("remove")} quiet label={t("removeLabel", { n: i + 1 })}>
                  <input type="hidden" name="photoId" value={p.id} />
                </ActionForm>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-stone-700">{t("empty")}</p>
      )}
      {canManage ? (
        <ActionForm action={uploadPlacePhotoAction} submit={t("upload")} pendingLabel={t("uploading")} label={t("upload")}>
          <input type="hidden" name="placeId" value={placeId} />
          <label htmlFor="place-photo" className="block font-semibold">
            {t("file")}
          </label>
          <input id="place-photo" name="photo" type="file" accept="image/jpeg,image/png,image/webp" multiple className="block min-h-11" />
        </ActionForm>
      ) : null}
    </section>
  );
}
