"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { shrinkPhoto } from "@/lib/uploads/shrink-photo";
import { describedBy, errorId, FieldError, fieldId, RequiredMark } from "./form-fields";

export type PhotoItem = { id: string; file: File; url: string };
export type PhotoLimits = { maxPhotos: number; maxPhotoBytes: number };

const ACCEPT = ["image/jpeg", "image/png", "image/webp"];

/** The first bytes of a JPEG, PNG or WebP: a renamed web page or document is caught before upload. */
async function looksLikePhoto(file: File): Promise<boolean> {
  const b = new Uint8Array(await file.slice(0, 12).arrayBuffer());
  const ascii = (from: number, to: number) => String.fromCharCode(...b.slice(from, to));
  return (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) || (b[0] === 0x89 && ascii(1, 4) === "PNG") || (ascii(0, 4) === "RIFF" && ascii(8, 12) === "WEBP");
}

/**
 * Up to `maxPhotos` photos with previews. The checks here only give a fast answer; the server reads
 * each file's type from its bytes again and re-encodes it without its metadata.
 */
export function PhotoPicker({ photos, onChange, limits, serverError }: { photos: PhotoItem[]; onChange: (p: PhotoItem[]) => void; limits: PhotoLimits; serverError?: string }) {
  const t = useTranslations("cases.photos");
  const te = useTranslations("caseErrors");
  const [localError, setLocalError] = useState<string | null>(null);
  const [shrinking, setShrinking] = useState(false);
  const hintId = useId();
  const error = localError ?? serverError;

  async function add(input: HTMLInputElement) {
    const files = Array.from(input.files ?? []);
    input.value = ""; // so that choosing the same file again fires a change
    const accepted: PhotoItem[] = [];
    let problem: string | null = null;
    setShrinking(true);
    for (const original of files) {
      const typeOk = original.size > 0 && ACCEPT.includes(original.type) && (await looksLikePhoto(original));
      // Shrunk before the size check: a 14 MB photo is fine once it is 600 kB.
      const file = typeOk ? await shrinkPhoto(original) : original;
      const code =
        file.size === 0 ? "photo_empty"
        : !typeOk ? "photo_unsupported_type"
        : file.size > limits.maxPhotoBytes ? "photo_too_large"
        : photos.length + accepted.length >= limits.maxPhotos ? "photo_too_many"
        : null;
      if (code) problem ??= te(code);
      else accepted.push({ id: `${Date.now()}-${accepted.length}-${file.name}`, file, url: URL.createObjectURL(file) });
    }
    setShrinking(false);
    setLocalError(problem);
    if (accepted.length) onChange([...photos, ...accepted]);
  }

  function remove(item: PhotoItem) {
    URL.revokeObjectURL(item.url);
    setLocalError(null);
    onChange(photos.filter((p) => p.id !== item.id));
  }

  const full = photos.length >= limits.maxPhotos;
  return (
    <section aria-labelledby={`${hintId}-title`} className="space-y-2">
      <h3 id={`${hintId}-title`} className="font-semibold text-stone-900">
        {t("title")}
        <RequiredMark required={false} />
      </h3>
      <p id={hintId} className="text-sm text-stone-700">
        {t("hint", { max: limits.maxPhotos, mb: Math.round(limits.maxPhotoBytes / 1024 / 1024) })}
      </p>
      <div>
        <input
          id={fieldId("photos")}
          type="file"
          accept={ACCEPT.join(",")}
          multiple
          disabled={full}
          onChange={(e) => void add(e.currentTarget)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(hintId, error && errorId("photos"))}
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
          {shrinking ? t("shrinking") : t("count", { count: photos.length, max: limits.maxPhotos })}
        </span>
      </div>
      <FieldError field="photos" message={error ?? undefined} />
      {photos.length ? (
        <ul className="grid grid-cols-3 gap-2">
          {photos.map((p, i) => (
            <li key={p.id} className="relative overflow-hidden rounded-md border border-stone-400 bg-stone-100">
              {/* A local blob: preview; next/image cannot optimise it. */}
              {/* eslint-disable-next-line @next/next/no-img-element -- a local preview (object URL) of a file not yet uploaded */}
              <img src={p.url} alt={t("preview", { n: i + 1 })} className="aspect-square w-full object-cover" />
              <button
                type="button"
                onClick={() => remove(p)}
                className="absolute right-0 top-0 flex size-11 items-center justify-center rounded-bl-md bg-stone-900/85 text-xl font-bold text-white"
                aria-label={t("remove", { n: i + 1 })}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
