/**
 * The cases this device keeps for the worker, in the browser only (localStorage): the worker has
 * no account, so "my cases" on a phone is what the phone remembers. The code is kept as the
 * worker would write it down; it never goes into a URL. Codes replaced by recovery by SMS are
 * updated here when the worker saves the new ones.
 */
export type SavedCase = { reference: string; code: string; savedAt: string };

const LIST = "nuanxin.savedCases";
/** The case to open on /track, handed over in this tab only: sessionStorage, so a reload keeps it. */
const OPEN = "nuanxin.trackOpen";

function read<T>(store: Storage | undefined, key: string): T | null {
  try {
    const raw = store?.getItem(key);
    return raw ? (JSON.parse(raw) as T) : null;
  } catch {
    return null;
  }
}

const local = () => (typeof window === "undefined" ? undefined : window.localStorage);
const session = () => (typeof window === "undefined" ? undefined : window.sessionStorage);

export function parseSavedCases(raw: string): SavedCase[] {
  try {
    const list = JSON.parse(raw) as SavedCase[];
    return Array.isArray(list) ? list.filter((c) => typeof c?.reference === "string" && typeof c?.code === "string") : [];
  } catch {
    return [];
  }
}

export function savedCases(): SavedCase[] {
  return parseSavedCases(savedCasesSnapshot());
}

// A tiny external store for useSyncExternalStore: the raw string is a stable snapshot.
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((l) => l());

export function savedCasesSnapshot(): string {
  try {
    return local()?.getItem(LIST) ?? "[]";
  } catch {
    return "[]";
  }
}

export function subscribeSavedCases(onChange: () => void): () => void {
  listeners.add(onChange);
  window.addEventListener("storage", onChange);
  return () => {
    listeners.delete(onChange);
    window.removeEventListener("storage", onChange);
  };
}

/** Adds or replaces the case (by reference), newest first. False when the browser refuses storage. */
export function saveCase(reference: string, code: string): boolean {
  try {
    const rest = savedCases().filter((c) => c.reference !== reference);
    local()?.setItem(LIST, JSON.stringify([{ reference, code, savedAt: new Date().toISOString() }, ...rest]));
    emit();
    return true;
  } catch {
    return false;
  }
}

export function forgetCase(reference: string): void {
  try {
    local()?.setItem(LIST, JSON.stringify(savedCases().filter((c) => c.reference !== reference)));
    emit();
  } catch {
    // Nothing to forget on a device that stores nothing.
  }
}

export function handOffToTrack(reference: string, code: string): void {
  try {
    session()?.setItem(OPEN, JSON.stringify({ reference, code }));
  } catch {
    // Without storage the worker types the code on /track.
  }
}

export function trackHandOff(): { reference: string; code: string } | null {
  const v = read<{ reference: string; code: string }>(session(), OPEN);
  return v && typeof v.reference === "string" && typeof v.code === "string" ? v : null;
}

export function clearTrackHandOff(): void {
  try {
    session()?.removeItem(OPEN);
  } catch {
    // ignore
  }
}
