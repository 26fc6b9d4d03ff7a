"use client";

import { useTranslations } from "next-intl";
import { describedBy, errorId, FieldError, fieldId, hintId } from "./fields";

export type NewPhoto = { id: string; file: File; url: string };
export type PhotoLimits = { maxPhotos: number; maxPhotoBytes: number };

const ACCEPT = "image/jpeg,image/png,image/webp";

type Props = {
  existing: { key: string; url: string }[];
  kept: string[];
  onKeptChange: (keys: string[]) => void;
  added: NewPhoto[];
  onAddedChange: (photos: NewPhoto[]) => void;
  limits: PhotoLimits;
  error?: string;
};

/**
 * Storefront photos: those already on file (kept unless unticked) and new ones. The server reads
 * each new file's type from its bytes and re-encodes it without metadata; checks here are a hint.
 */
export function PhotoField({ existing, kept, onKeptChange, added, onAddedChange, limits, error }: Props) {
  const t = useTranslations("merchants.photos");
  const count = kept.length + added.length;
  const full = count >= limits.maxPhotos;

  function add(input: HTMLInputElement) {
    const files = Array.from(input.files ?? []).slice(0, Math.max(0, limits.maxPhotos - count));
    input.value = ""; // choosing the same file again must fire a change
    onAddedChange([...added, ...files.map((file, i) => ({ id: `${Date.now()}-${i}-${file.name}`, file, url: URL.createObjectURL(file) }))]);
  }

  return (
    <div className="space-y-3">
      <p id={hintId("photos")} className="text-sm text-stone-700">
        {t("hint", { max: limits.maxPhotos, mb: Math.round(limits.maxPhotoBytes / 1024 / 1024) })}
      </p>
      {existing.length ? (
        <ul className="grid grid-cols-3 gap-2">
          {existing.map((p, i) => (
            <li key={p.key} className="space-y-1">
              {/* An authorized route, not a static file: next/image cannot optimise it. */}
              {/* eslint-disable-next-line @next/next/no-img-element -- a private application photo from an authorized route; the image optimizer would cache it */}
              <img src={p.url} alt={t("existingAlt", { n: i + 1 })} className="aspect-square w-full rounded-md border border-stone-400 object-cover" />
              <label className="flex min-h-11 items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  name="keep_photos"
                  value={p.key}
                  checked={kept.includes(p.key)}
                  onChange={(e) => onKeptChange(e.target.checked ? [...kept, p.key] : kept.filter((k) => k !== p.key))}
                  className="size-5 accent-brand-700"
                />
                {t("keep", { n: i + 1 })}
              </label>
            </li>
          ))}
        </ul>
      ) : null}
      <div>
        <input
          id={fieldId("photos")}
          type="file"
          accept={ACCEPT}
          multiple
          disabled={full}
          onChange={(e) => add(e.currentTarget)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(hintId("photos"), error && errorId("photos"))}
          className="peer sr-only"
        />
        <label
          htmlFor={fieldId("photos")}
          className={`inline-flex min-h-12 cursor-pointer items-center gap-2 rounded-lg border-2 border-dashed border-brand-700 bg-white px-4 font-semibold text-brand-800 peer-focus-visible:outline-3 peer-focus-visible:outline-brand-700 ${full ? "cursor-not-allowed opacity-60" : ""}`}
        >
          <span aria-hidden="true">📷</span>
          {full ? t("full") : t("add")}
        </label>
        <span className="ml-3 text-sm text-stone-700" aria-live="polite">
          {t("count", { count, max: limits.maxPhotos })}
        </span>
      </div>
      <FieldError name="photos" message={error} />
      {added.length ? (
        <ul className="grid grid-cols-3 gap-2">
          {added.map((p, i) => (
            <li key={p.id} className="relative overflow-hidden rounded-md border border-stone-400 bg-stone-100">
              {/* A local blob preview. */}
              {/* eslint-disable-next-line @next/next/no-img-element -- a local preview (object URL) of a file not yet uploaded */}
              <img src={p.url} alt={t("newAlt", { n: i + 1 })} className="aspect-square w-full object-cover" />
              <button
                type="button"
                onClick={() => {
                  URL.revokeObjectURL(p.url);
                  onAddedChange(added.filter((x) => x.id !== p.id));
                }}
                className="absolute right-0 top-0 flex size-11 items-center justify-center rounded-bl-md bg-stone-900/85 text-xl font-bold text-white"
                aria-label={t("remove", { n: i + 1 })}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
