"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { PLACE_KINDS, type PlaceKind } from "@/lib/places/kinds";
import type { FacilityOption } from "@/lib/places/schema";
import { KIND_STYLE } from "@/lib/places/directory/components/kind-style";
import type { Filters } from "../url-state";

type Props = { filters: Filters; facilities: FacilityOption[]; onChange: (f: Filters) => void };

const chip =
  "inline-flex min-h-11 items-center gap-1.5 rounded-full border-2 px-3 text-sm font-medium border-stone-400 bg-white text-stone-900 aria-pressed:border-brand-700 aria-pressed:bg-brand-700 aria-pressed:text-white";

function toggle<T>(list: T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}

/** Search, "open now" and a fold-out panel of kind and facility chips (several at once). */
export function PlaceFilters({ filters, facilities, onChange }: Props) {
  const t = useTranslations("places");
  const [text, setText] = useState(filters.q);
  // Back/forward can change the search from outside: follow it, or the debounce below would undo it.
  const [seenQ, setSeenQ] = useState(filters.q);
  if (filters.q !== seenQ) {
    setSeenQ(filters.q);
    setText(filters.q);
  }
  const [open, setOpen] = useState(false);
  const active = filters.kinds.length + filters.facilities.length;

  // Debounced: one request once the rider pauses typing, not one per keystroke.
  useEffect(() => {
    if (text === filters.q) return;
    const timer = setTimeout(() => onChange({ ...filters, q: text }), 350);
    return () => clearTimeout(timer);
  }, [text, filters, onChange]);

  return (
    <section aria-label={t("filters.heading")} className="space-y-2">
      <div className="flex gap-2">
        <label htmlFor="place-search" className="sr-only">
          {t("filters.search")}
        </label>
        <input
          id="place-search"
          type="search"
          value={text}
          maxLength={100}
          onChange={(e) => setText(e.target.value)}
          placeholder={t("filters.searchPlaceholder")}
          className="min-h-11 min-w-0 flex-1 rounded-lg border-2 border-stone-400 bg-white px-3 text-base text-stone-900 placeholder:text-stone-600"
        />
        <button type="button" aria-pressed={filters.openNow} onClick={() => onChange({ ...filters, openNow: !filters.openNow })} className={chip}>
          {t("filters.openNow")}
        </button>
        <button type="button" aria-pressed={!!filters.is24h} onClick={() => onChange({ ...filters, is24h: !filters.is24h })} className={chip}>
          {t("filters.is24h")}
        </button>
      </div>
      <button
        type="button"
        aria-expanded={open}
        aria-controls="place-filter-panel"
        onClick={() => setOpen(!open)}
        className="inline-flex min-h-11 items-center gap-1 rounded-lg px-1 font-semibold text-brand-700 underline"
      >
        <span aria-hidden="true">{open ? "▾" : "▸"}</span>
        {active ? t("filters.toggleActive", { count: active }) : t("filters.toggle")}
      </button>
      <div id="place-filter-panel" hidden={!open} className="space-y-3">
        <fieldset>
          <legend className="mb-1 font-semibold">{t("filters.kinds")}</legend>
          <div className="flex flex-wrap gap-2">
            {PLACE_KINDS.map((kind: PlaceKind) => (
              <button key={kind} type="button" aria-pressed={filters.kinds.includes(kind)} onClick={() => onChange({ ...filters, kinds: toggle(filters.kinds, kind) })} className={chip}>
                <span aria-hidden="true" className="h-3 w-3 rounded-full border border-white" style={{ backgroundColor: KIND_STYLE[kind].color }} />
                {t(`kinds.${kind}`)}
              </button>
            ))}
          </div>
        </fieldset>
        <fieldset>
          <legend className="mb-1 font-semibold">{t("filters.facilities")}</legend>
          <div className="flex flex-wrap gap-2">
            {facilities.map((f) => (
              <button
                key={f.code}
                type="button"
                data-facility={f.code}
                aria-pressed={filters.facilities.includes(f.code)}
                onClick={() => onChange({ ...filters, facilities: toggle(filters.facilities, f.code) })}
                className={chip}
              >
                <span aria-hidden="true">{f.icon}</span>
                {f.name}
              </button>
            ))}
          </div>
        </fieldset>
        {active || filters.openNow || filters.is24h || filters.q ? (
          <button
            type="button"
            onClick={() => {
              setText("");
              onChange({ kinds: [], facilities: [], openNow: false, q: "" });
            }}
            className="inline-flex min-h-11 items-center rounded-lg border-2 border-stone-500 bg-white px-3 font-medium text-stone-900"
          >
            {t("filters.clear")}
          </button>
        ) : null}
      </div>
    </section>
  );
}
