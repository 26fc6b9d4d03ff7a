"use client";

import { startTransition, useActionState, useEffect, useRef, type FormEvent } from "react";
import type { CommandState } from "@/lib/cases/workflow/actions";
import { chinaDayEnd, chinaInstant } from "@/lib/time/china";

export type CommandAction = (prev: CommandState, fd: FormData) => Promise<CommandState>;

/**
 * Runs a workflow server action from a form through useActionState. The submit is intercepted so
 * that React does not reset the fields on a failed attempt (the officer's text stays); a form
 * that stays on the page after success (notes, replies) can ask to be cleared.
 */
export function useCommand(action: CommandAction, opts: { prepare?: (fd: FormData) => FormData; resetOnSuccess?: boolean } = {}) {
  const [state, dispatch, pending] = useActionState<CommandState, FormData>(action, {});
  const formRef = useRef<HTMLFormElement>(null);
  const { prepare, resetOnSuccess } = opts;

  useEffect(() => {
    if (state.ok && resetOnSuccess) formRef.current?.reset();
  }, [state, resetOnSuccess]);

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const submitter = (e.nativeEvent as SubmitEvent).submitter;
    const fd = new FormData(e.currentTarget, submitter);
    startTransition(() => dispatch(prepare ? prepare(fd) : fd));
  }

  return { state, pending, onSubmit, formRef };
}

/** The instant as the form sends it; text that is no date goes unchanged, for the server's schema to refuse. */
const instantValue = (at: Date, raw: string) => (Number.isNaN(at.getTime()) ? raw : at.toISOString());

/** A date input's day as the end of that day in China (deadlines are end-of-day, China time). */
export function endOfChinaDay(date: string): string {
  return instantValue(chinaDayEnd(date), date);
}

/** A datetime-local value read as China time, whatever the browser's zone. */
export function chinaDateTime(local: string): string {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(local) ? instantValue(chinaInstant(local), local) : local;
}
