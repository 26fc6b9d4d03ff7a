"use client";

import { useEffect, useSyncExternalStore } from "react";
import { LARGE_TEXT_CLASS, LARGE_TEXT_COOKIE } from "./large-text";

const CHANGED = "nx-large-text";

/**
 * 长辈版: larger type, looser lines and bigger targets (app/globals.css, `html.large-text`). The choice
 * is kept on the device twice: a cookie, which the server reads to put the class on <html> before the
 * first paint (no inline script, which the CSP would refuse), and localStorage, which restores the
 * cookie if it was cleared.
 */
export function LargeTextSwitch({ label, initial }: { label: string; initial: boolean }) {
  const on = useSyncExternalStore(subscribe, () => document.documentElement.classList.contains(LARGE_TEXT_CLASS), () => initial);
  useEffect(() => {
    if (!document.documentElement.classList.contains(LARGE_TEXT_CLASS) && localStorage.getItem(LARGE_TEXT_COOKIE) === "1") apply(true);
  }, []);
  return (
    <button type="button" aria-pressed={on} onClick={() => apply(!on)} data-testid="large-text-switch" className="flex min-h-11 min-w-11 items-center justify-center rounded-md border border-white/70 px-2 text-sm font-bold text-white hover:bg-brand-800 aria-pressed:bg-white aria-pressed:text-brand-800">
      {label}
    </button>
  );
}

function subscribe(onChange: () => void) {
  window.addEventListener(CHANGED, onChange);
  return () => window.removeEventListener(CHANGED, onChange);
}

function apply(next: boolean) {
  document.documentElement.classList.toggle(LARGE_TEXT_CLASS, next);
  document.cookie = `${LARGE_TEXT_COOKIE}=${next ? "1" : "0"}; path=/; max-age=${next ? 400 * 24 * 3600 : 0}; samesite=lax`;
  localStorage.setItem(LARGE_TEXT_COOKIE, next ? "1" : "0");
  window.dispatchEvent(new Event(CHANGED));
}
