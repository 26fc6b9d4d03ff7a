"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import { secondaryButton } from "./form-fields";

/** The parts of the Web Speech API used here; TypeScript's DOM library does not declare it. */
type Recognition = {
  lang: string;
  interimResults: boolean;
  continuous: boolean;
  onresult: ((e: { resultIndex: number; results: ArrayLike<{ isFinal: boolean; 0: { transcript: string } }> }) => void) | null;
  onend: (() => void) | null;
  onerror: ((e: { error: string }) => void) | null;
  start: () => void;
  stop: () => void;
};
type RecognitionClass = new () => Recognition;

function recognitionClass(): RecognitionClass | null {
  if (typeof window === "undefined") return null;
  const w = window as unknown as { SpeechRecognition?: RecognitionClass; webkitSpeechRecognition?: RecognitionClass };
  return w.SpeechRecognition ?? w.webkitSpeechRecognition ?? null;
}

const noSubscribe = () => () => {};

/**
 * Speaking instead of typing, where the browser offers speech recognition (Chrome and Edge send
 * the audio to their vendor's service; Safari works on the device). Hidden elsewhere and on the
 * server, so the keyboard is always the way that works.
 */
export function VoiceInput({ onText, describedBy }: { onText: (text: string) => void; describedBy?: string }) {
  const t = useTranslations("cases.voice");
  const locale = useLocale();
  const supported = useSyncExternalStore(noSubscribe, () => recognitionClass() !== null, () => false);
  const [listening, setListening] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const current = useRef<Recognition | null>(null);

  useEffect(() => () => current.current?.stop(), []);
  if (!supported) return null;

  function toggle() {
    if (listening) return current.current?.stop();
    const Klass = recognitionClass();
    if (!Klass) return;
    const r = new Klass();
    r.lang = locale === "en" ? "en-US" : "zh-CN";
    r.interimResults = false;
    r.continuous = false;
    r.onresult = (e) => {
      let text = "";
      for (let i = e.resultIndex; i < e.results.length; i++) if (e.results[i]!.isFinal) text += e.results[i]![0].transcript;
      if (text.trim()) onText(text.trim());
    };
    r.onerror = (e) => setProblem(t(e.error === "not-allowed" || e.error === "service-not-allowed" ? "denied" : "failed"));
    r.onend = () => setListening(false);
    current.current = r;
    setProblem(null);
    try {
      r.start();
      setListening(true);
    } catch {
      setProblem(t("failed"));
    }
  }

  return (
    <div className="mt-2 flex flex-wrap items-center gap-3">
      <button type="button" onClick={toggle} aria-pressed={listening} aria-describedby={describedBy} className={`${secondaryButton} aria-pressed:border-red-700 aria-pressed:text-red-800`}>
        <span aria-hidden="true" className="mr-2">🎤</span>
        {listening ? t("stop") : t("start")}
      </button>
      <p role="status" className="text-sm text-stone-800 empty:hidden">
        {listening ? t("listening") : (problem ?? "")}
      </p>
    </div>
  );
}
