"use client";

import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { CHINA_DATE_TIME } from "@/lib/time/china";
import { rateAction, type TrackedCase, type TrackState } from "../actions";
import { CaseStages } from "./case-stages";
import { DeleteMyData } from "./delete-my-data";
import { MyData } from "./my-data";
import { RatingForm } from "./rating-form";

/**
 * The worker's view of one case; a rating replaces it with the rated view the server returns.
 * Without the code (a signed-in worker's own case) it is read-only: rating and the worker's data
 * still ask for the code.
 */
export function CaseDetails({ view: tracked, secret }: { view: TrackedCase; secret: string | null }) {
  const t = useTranslations("cases.track");
  const tc = useTranslations("cases");
  const format = useFormatter();
  const en = useLocale() === "en";
  const [rated, rateFormAction, rating] = useActionState<TrackState, FormData>(rateAction, {});
  const view = rated.view ?? tracked;
  const when = (iso: string) => format.dateTime(new Date(iso), CHINA_DATE_TIME);
  const status = tc.has(`statuses.${view.status}` as never) ? tc(`statuses.${view.status}` as never) : view.status;

  return (
    <article aria-labelledby="case-heading" className="space-y-5">
      <header className="rounded-lg border border-stone-300 bg-white p-4">
        <h2 id="case-heading" className="text-xl font-bold">
          {t("caseTitle", { reference: view.reference })}
        </h2>
        <p className="mt-1 text-lg">
          {t("status")}
          <strong data-testid="case-status" className="ml-1 text-brand-800">
            {status}
          </strong>
        </p>
        <div className="mt-4">
          <CaseStages status={view.status} />
        </div>
        <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-2">
          <dt className="font-semibold text-stone-700">{t("category")}</dt>
          <dd>{en ? view.category.en : view.category.zh}</dd>
          <dt className="font-semibold text-stone-700">{t("submittedAt")}</dt>
          <dd>{when(view.submittedAt)}</dd>
          <dt className="font-semibold text-stone-700">{t("dueAt")}</dt>
          <dd>{view.dueAt ? when(view.dueAt) : t("dueUnknown")}</dd>
          <dt className="font-semibold text-stone-700">{t("department")}</dt>
          <dd>{view.department ? (en ? view.department.en : view.department.zh) : t("notAssigned")}</dd>
        </dl>
        {view.mergedInto ? <p className="mt-3 rounded-md bg-amber-50 p-2">{t("mergedInto", { reference: view.mergedInto })}</p> : null}
      </header>

      {view.photoUrls.length ? (
        <section aria-labelledby="case-photos">
          <h3 id="case-photos" className="mb-2 font-bold">
            {t("photos")}
          </h3>
          <ul className="grid grid-cols-3 gap-2">
            {view.photoUrls.map((url, i) => (
              <li key={url}>
                <a href={url} target="_blank" rel="noreferrer" className="block min-h-11">
                  {/* Token-signed, private URLs: kept out of the image optimiser's shared cache. */}
                  {/* eslint-disable-next-line @next/next/no-img-element -- a private photo from an authorized route; the image optimizer would cache it */}
                  <img src={url} alt={t("photoAlt", { n: i + 1 })} loading="lazy" className="aspect-square w-full rounded-md border border-stone-300 object-cover" />
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="case-timeline">
        <h3 id="case-timeline" className="mb-2 font-bold">
          {t("timeline")}
        </h3>
        <ol className="space-y-0 border-l-4 border-brand-700 pl-4">
          {view.timeline.map((e) => (
            <li key={e.id} data-event-type={e.type} className="relative pb-4 before:absolute before:-left-[26px] before:top-1.5 before:size-3 before:rounded-full before:bg-brand-700">
              <p className="font-semibold">{tc.has(`events.${e.type}` as never) ? tc(`events.${e.type}` as never) : tc("events.other")}</p>
              <p className="text-sm text-stone-700">
                <time dateTime={e.at}>{when(e.at)}</time>
              </p>
              {e.note ? (
                <p className={`mt-1 whitespace-pre-wrap rounded-md p-2 text-stone-900 ${e.byWorker ? "border border-stone-300 bg-stone-50" : "bg-white"}`}>
                  {t(e.byWorker ? "myComment" : "reply", { note: e.note })}
                </p>
              ) : null}
            </li>
          ))}
        </ol>
      </section>

      {secret === null ? (
        <p className="rounded-md border border-stone-300 bg-stone-50 p-3 text-sm">{t("needsCode")}</p>
      ) : view.awaitingRating ? (
        <RatingForm action={rateFormAction} pending={rating} reference={view.reference} secret={secret} message={rated.message} />
      ) : view.rating ? (
        <p role="status" className="rounded-md border-2 border-green-800 bg-green-50 p-3">
          {t("rated", { rating: tc(`rating.options.${view.rating}` as never) })}
        </p>
      ) : null}

      {/* Without the code (a signed-in worker's own case) the forms send none, and the server checks the session's phone. */}
      <MyData reference={view.reference} secret={secret ?? ""} />
      <DeleteMyData
        reference={view.reference}
        secret={secret ?? ""}
        status={view.status}
        requested={view.timeline.some((e) => e.type === "DELETION_REQUESTED" || e.type === "REDACTED")}
      />
    </article>
  );
}
