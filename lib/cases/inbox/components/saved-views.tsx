"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Link } from "@/lib/i18n/navigation";
import { deleteViewAction, saveViewAction, type SavedViewState } from "../actions";
import { casesHref } from "../query";

type View = { id: string; name: string; query: string };

function DeleteView({ view }: { view: View }) {
  const t = useTranslations("dashboard.savedViews");
  const [state, action, pending] = useActionState<SavedViewState, FormData>(deleteViewAction, {});
  return (
    <form action={action} className="inline">
      <input type="hidden" name="id" value={view.id} />
      <button type="submit" disabled={pending} aria-label={t("deleteLabel", { name: view.name })} className="min-h-11 px-2 text-red-800 underline disabled:opacity-60">
        {t("delete")}
      </button>
      {state.message && !state.ok ? (
        <span role="alert" className="ml-1 text-red-800">
          {state.message}
        </span>
      ) : null}
    </form>
  );
}

/** The user's saved inbox queries: open one, delete one, or save the current filters under a name. */
export function SavedViews({ views, currentQuery }: { views: View[]; currentQuery: string }) {
  const t = useTranslations("dashboard.savedViews");
  const [state, action, pending] = useActionState<SavedViewState, FormData>(saveViewAction, {});
  return (
    <section aria-labelledby="saved-views-heading" className="rounded-lg border border-stone-300 bg-white p-3">
      <h2 id="saved-views-heading" className="font-bold">
        {t("title")}
      </h2>
      {views.length === 0 ? (
        <p className="text-sm text-stone-700">{t("none")}</p>
      ) : (
        <ul className="mt-1 flex flex-wrap gap-x-4">
          {views.map((v) => (
            <li key={v.id} className="flex items-center">
              <Link href={casesHref(v.query)} className="inline-flex min-h-11 items-center font-semibold text-brand-800 underline">
                {v.name}
              </Link>
              <DeleteView view={v} />
            </li>
          ))}
        </ul>
      )}
      <form action={action} className="mt-2 flex flex-wrap items-end gap-2">
        <input type="hidden" name="query" value={currentQuery} />
        <div>
          <label htmlFor="saved-view-name" className="block text-sm font-semibold">
            {t("name")}
          </label>
          <input id="saved-view-name" name="name" required maxLength={60} className="mt-1 block min-h-11 rounded-md border-2 border-stone-500 px-2" />
        </div>
        <button type="submit" disabled={pending} className="inline-flex min-h-11 items-center rounded-md border-2 border-stone-600 bg-white px-3 font-semibold hover:bg-stone-100 disabled:opacity-60">
          {t("save")}
        </button>
        <p role="status" className={state.ok ? "text-emerald-800" : "text-red-800"}>
          {state.message}
        </p>
      </form>
    </section>
  );
}
