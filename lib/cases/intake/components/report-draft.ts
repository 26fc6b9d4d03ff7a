"use client";

import { useCallback, useMemo, useSyncExternalStore } from "react";

export type LocationSource = "gps" | "map" | "station";
/** How the worker gives the place; "none" is 不涉及具体地点, offered where the category allows it. */
export type LocationMethod = LocationSource | "none";
export type PickedLocation = { lat: number; lng: number; source: LocationSource; placeId?: string; placeName?: string };
export type AttributeAnswer = string | string[];

/** Everything typed into the form except photos, which cannot be kept across a reload. */
export type ReportDraft = {
  v: 1;
  /** The Idempotency-Key: made once per draft, so a double tap or a retry files one case. */
  key: string;
  step: number;
  workerGroup: string;
  category: string;
  attributes: Record<string, AttributeAnswer>;
  description: string;
  employer: string;
  locationMethod: LocationMethod;
  location: PickedLocation | null;
  anonymous: boolean;
  contactName: string;
  contactPhone: string;
  consentNotice: boolean;
  consentLocation: boolean;
  consentPhotos: boolean;
  channel: "" | "HALL_WINDOW" | "HOTLINE_12328";
};

export const EMPTY_DRAFT: ReportDraft = {
  v: 1,
  key: "",
  step: 0,
  workerGroup: "",
  category: "",
  attributes: {},
  description: "",
  employer: "",
  locationMethod: "map",
  location: null,
  anonymous: false,
  contactName: "",
  contactPhone: "",
  consentNotice: false,
  consentLocation: false,
  consentPhotos: false,
  channel: "",
};

/** A key the API accepts ([A-Za-z0-9_-]{16,100}); randomUUID needs a secure context, getRandomValues does not. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, "0")).join("");
}

type Store = { subscribe: (cb: () => void) => () => void; get: () => string | null; set: (raw: string | null) => void };

/**
 * The draft lives in web storage (the worker's: localStorage, kept across reloads and restarts; the
 * staff desk's: sessionStorage, so a shared hall computer does not keep one worker's details for
 * the next). The in-memory copy keeps the form working where storage is blocked or full.
 */
function storageStore(kind: "local" | "session", name: string): Store {
  const listeners = new Set<() => void>();
  let memory: string | null | undefined;
  const storage = () => (kind === "local" ? window.localStorage : window.sessionStorage);
  return {
    subscribe(cb) {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    get() {
      if (memory === undefined) {
        try {
          memory = storage().getItem(name);
        } catch {
          memory = null;
        }
      }
      return memory;
    },
    set(raw) {
      memory = raw;
      try {
        if (raw === null) storage().removeItem(name);
        else storage().setItem(name, raw);
      } catch {
        // Storage full or blocked: the draft still lives in memory for this page.
      }
      listeners.forEach((l) => l());
    },
  };
}

const STORES = {
  worker: storageStore("local", "nuanxin.report-draft.v1"),
  staff: storageStore("session", "nuanxin.intake-draft.v1"),
};

function parseDraft(raw: string | null): ReportDraft {
  if (!raw) return EMPTY_DRAFT;
  try {
    const data = JSON.parse(raw) as Partial<ReportDraft>;
    return data && data.v === 1 ? { ...EMPTY_DRAFT, ...data } : EMPTY_DRAFT;
  } catch {
    return EMPTY_DRAFT;
  }
}

/** The draft, saved on every change; `restored` is true once the browser's copy has been read. */
export function useReportDraft(mode: "worker" | "staff") {
  const store = STORES[mode];
  // On the server and during hydration there is no storage: `undefined` until the browser's copy is read.
  const raw = useSyncExternalStore<string | null | undefined>(store.subscribe, store.get, () => undefined);
  const restored = raw !== undefined;
  const draft = useMemo(() => parseDraft(raw ?? null), [raw]);

  const update = useCallback(
    (patch: Partial<ReportDraft> | ((d: ReportDraft) => Partial<ReportDraft>)) => {
      const current = parseDraft(store.get());
      const next = { ...current, ...(typeof patch === "function" ? patch(current) : patch) };
      if (!next.key) next.key = newIdempotencyKey();
      store.set(JSON.stringify(next));
    },
    [store],
  );
  const clear = useCallback(() => store.set(null), [store]);
  return { draft, restored, update, clear };
}
