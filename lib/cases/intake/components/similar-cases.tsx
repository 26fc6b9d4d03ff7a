"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import type { LatLng } from "@/lib/places/directory/navigation";

type Similar = { id: string; summary: string; within_m: number; days_ago: number; supporters: number };
type Result = { key: string; cases: Similar[] };

/**
 * Accepted cases of the same kind close by, as masked one-liners with a distance band. "Me too" adds the worker to one
 * instead of filing the same problem again.
 */
export function SimilarCases({ category, at, onJoined }: { category: string; at: LatLng; onJoined: () => void }) {
  const t = useTranslations("cases.similar");
  const lang = useLocale();
  const key = `${category}|${at.lat}|${at.lng}`;
  const [result, setResult] = useState<Result | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [failure, setFailure] = useState<{ id: string; message: string } | null>(null);

  useEffect(() => {
    const ctrl = new AbortController();
    const params = new URLSearchParams({ category, lat: String(at.lat), lng: String(at.lng), lang });
    fetch(`/api/v1/cases/similar?${params}`, { signal: ctrl.signal })
      .then((r) => (r.ok ? (r.json() as Promise<{ cases: Similar[] }>) : { cases: [] }))
      .then((body) => setResult({ key, cases: body.cases }))
      // Similar cases are a help, not a step: when they cannot be loaded the form goes on without them.
      .catch(() => {});
    return () => ctrl.abort();
  }, [key, category, at.lat, at.lng, lang]);

  async function join(id: string) {
    setBusy(id);
    setFailure(null);
    try {
      const res = await fetch(`/api/v1/cases/similar/${id}/support?lang=${lang}`, { method: "POST" });
      if (res.ok) return onJoined();
      const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
      setFailure({ id, message: body?.error?.message ?? t("failed") });
    } catch {
      setFailure({ id, message: t("failed") });
    } finally {
      setBusy(null);
    }
  }

  const cases = result?.key === key ? result.cases : [];
  return (
    <div aria-live="polite">
      {cases.length ? (
        <section aria-labelledby="similar-heading" className="space-y-2 rounded-lg border-2 border-amber-600 bg-amber-50 p-3">
          <h3 id="similar-heading" className="font-bold text-stone-900">
            {t("title", { count: cases.length })}
          </h3>
          <p className="text-sm text-stone-800">{t("intro")}</p>
          <ul className="space-y-2">
            {cases.map((c) => (
              <li key={c.id} data-similar-id={c.id} className="rounded-md border border-stone-300 bg-white p-3">
                <p className="font-medium">{c.summary}</p>
                <p className="text-sm text-stone-700">{t("meta", { within: c.within_m, days: c.days_ago, supporters: c.supporters })}</p>
                <button
                  type="button"
                  onClick={() => void join(c.id)}
                  disabled={busy !== null}
                  aria-label={t("meTooLabel", { summary: c.summary })}
                  className="mt-2 min-h-11 rounded-lg bg-amber-800 px-4 font-bold text-white hover:bg-amber-900 disabled:opacity-60"
                >
                  {busy === c.id ? t("joining") : t("meToo")}
                </button>
                {failure?.id === c.id ? (
                  <p role="alert" className="mt-1 text-red-800">
                    {failure.message}
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
