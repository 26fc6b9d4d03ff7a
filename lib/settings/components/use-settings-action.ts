"use client";

import { startTransition, useActionState, useEffect, useRef, type FormEvent } from "react";
import type { SettingsState } from "../schema";

type Action = (prev: SettingsState, fd: FormData) => Promise<SettingsState>;

/** Like a form action, but the fields keep their values when the server refuses them. */
export function useSettingsAction(action: Action, resetOnSuccess = false) {
  const [state, dispatch, pending] = useActionState<SettingsState, FormData>(action, {});
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state.ok && resetOnSuccess) formRef.current?.reset();
  }, [state, resetOnSuccess]);
  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const fd = new FormData(e.currentTarget);
    startTransition(() => dispatch(fd));
  }
  return { state, pending, onSubmit, formRef };
}
