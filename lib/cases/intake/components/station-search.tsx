"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useId, useState } from "react";
import { formatDistance } from "@/lib/places/directory/components/format";
import type { LatLng } from "@/lib/places/directory/navigation";
import type { NearPlace } from "@/lib/places/schema";
import { inputClass, secondaryButton } from "./form-fields";

type Query = { q: string; lat: number; lng: number };
type Result = { key: string; places: NearPlace[] | null };

/** Finds stations and friendly venues by name near a point; choosing one sets place_id and the point. */
export function StationSearch({ origin, selectedId, onChoose }: { origin: LatLng; selectedId?: string; onChoose: (p: NearPlace) => void }) {
  const t = useTranslations("cases.location");
  const lang = useLocale();
  const id = useId();
  const [text, setText] = useState("");
  const [query, setQuery] = useState<Query>(() => ({ q: "", lat: origin.lat, lng: origin.lng }));
  const [result, setResult] = useState<Result | null>(null);
  const key = JSON.stringify(query);

  useEffect(() => {
    const ctrl = new AbortController();
    const params = new URLSearchParams({ lat: String(query.lat), lng: String(query.lng), limit: "8", lang });
    if (query.q) params.set("q", query.q);
    fetch(`/api/places/near?${params}`, { signal: ctrl.signal })
      .then((r) => (r.ok ? (r.json() as Promise<{ places: NearPlace[] }>) : Promise.reject(new Error(String(r.status)))))
      .then((body) => setResult({ key, places: body.places }))
      .catch(() => !ctrl.signal.aborted && setResult({ key, places: null }));
    return () => ctrl.abort();
  }, [key, query, lang]);

  const loading = result?.key !== key;
  return (
    <div className="space-y-3">
      <form
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          setQuery({ q: text.trim(), lat: origin.lat, lng: origin.lng });
        }}
        className="flex items-end gap-2"
      >
        <div className="flex-1">
          <label htmlFor={`${id}-q`} className="block font-semibold">
            {t("stationSearch")}
          </label>
          <input id={`${id}-q`} type="search" value={text} onChange={(e) => setText(e.target.value)} maxLength={100} enterKeyHint="search" className={inputClass} />
        </div>
        <button type="submit" className={secondaryButton}>
          {t("stationSearchButton")}
        </button>
      </form>
      <div aria-live="polite" aria-busy={loading}>
        {loading ? (
          <p className="text-stone-700">{t("stationLoading")}</p>
        ) : !result?.places ? (
          <p className="text-red-800">{t("stationFailed")}</p>
        ) : !result.places.length ? (
          <p className="text-stone-700">{t("stationNone")}</p>
        ) : (
          <p className="sr-only">{t("stationCount", { count: result.places.length })}</p>
        )}
      </div>
      {result?.places?.length && !loading ? (
        <ul className="space-y-2">
          {result.places.map((p) => {
            return (
              <li key={p.id}>
                <button
                  type="button"
                  aria-pressed={p.id === selectedId}
                  onClick={() => onChoose(p)}
                  className="flex min-h-12 w-full items-start justify-between gap-3 rounded-lg border-2 border-stone-400 bg-white p-3 text-left aria-pressed:border-brand-700 aria-pressed:bg-brand-50"
                >
                  <span>
                    <span className="block font-bold">{p.name}</span>
                    <span className="block text-sm text-stone-700">{p.address}</span>
                  </span>
                  <span className="shrink-0 text-sm font-bold tabular-nums text-brand-800">{formatDistance(p.distance_m, lang)}</span>
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}
