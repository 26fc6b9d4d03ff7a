"use client";

import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { CHINA_DATE_TIME } from "@/lib/time/china";
import { myDataAction, type MyDataState } from "../actions";

const button = "min-h-11 rounded-lg border-2 border-brand-800 px-4 font-bold text-brand-900 hover:bg-brand-50";

/** Everything the worker submitted, on request, with a JSON download and a printable page (both POSTs). */
export function MyData({ reference, secret }: { reference: string; secret: string }) {
  const t = useTranslations("cases.myData");
  const locale = useLocale();
  const en = locale === "en";
  const format = useFormatter();
  const [state, action, pending] = useActionState<MyDataState, FormData>(myDataAction, {});
  const d = state.data;
  const none = t("none");
  const download = (fmt: "json" | "html", label: string) => (
    <form method="post" action={`/api/v1/cases/${reference}/data`} target={fmt === "html" ? "_blank" : undefined}>
      <input type="hidden" name="secret" value={secret} />
      <input type="hidden" name="format" value={fmt} />
      <input type="hidden" name="lang" value={locale} />
      <button type="submit" className={button}>
        {label}
      </button>
    </form>
  );

  return (
    <section aria-labelledby="my-data-heading" className="space-y-3 rounded-lg border border-stone-300 bg-white p-4">
      <h3 id="my-data-heading" className="font-bold">
        {t("title")}
      </h3>
      <p className="text-sm text-stone-700">{t("intro")}</p>
      {!d ? (
        <form action={action}>
          <input type="hidden" name="reference" value={reference} />
          <input type="hidden" name="secret" value={secret} />
          <button type="submit" disabled={pending} aria-busy={pending} className={button}>
            {pending ? t("loading") : t("show")}
          </button>
          {state.message ? (
            <p role="alert" className="mt-2 text-red-800">
              {state.message}
            </p>
          ) : null}
        </form>
      ) : (
        <>
          {d.redactedAt ? <p className="rounded-md bg-amber-50 p-2">{t("redacted", { date: format.dateTime(new Date(d.redactedAt), CHINA_DATE_TIME) })}</p> : null}
          <dl data-testid="my-data" className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2">
            <dt className="font-semibold text-stone-700">{t("group")}</dt>
            <dd>{en ? d.workerGroup.en : d.workerGroup.zh}</dd>
            <dt className="font-semibold text-stone-700">{t("description")}</dt>
            <dd className="whitespace-pre-wrap">{d.description}</dd>
            {d.answers.map((a) => (
              <div key={a.code} className="contents">
                <dt className="font-semibold text-stone-700">{en ? a.en : a.zh}</dt>
                <dd>{Array.isArray(a.value) ? a.value.join(", ") : String(a.value ?? "")}</dd>
              </div>
            ))}
            <dt className="font-semibold text-stone-700">{t("location")}</dt>
            <dd>{d.location.lat !== null && d.location.lng !== null ? `${d.location.lat}, ${d.location.lng}` : none}</dd>
            <dt className="font-semibold text-stone-700">{t("employer")}</dt>
            <dd>{d.employer || none}</dd>
            <dt className="font-semibold text-stone-700">{t("contactName")}</dt>
            <dd>{d.contact.name || none}</dd>
            <dt className="font-semibold text-stone-700">{t("contactPhone")}</dt>
            <dd>{d.contact.phone || none}</dd>
            <dt className="font-semibold text-stone-700">{t("photos")}</dt>
            <dd>{d.photoUrls.length || none}</dd>
          </dl>
          <div className="flex flex-wrap gap-2">
            {download("json", t("downloadJson"))}
            {download("html", t("printable"))}
          </div>
        </>
      )}
    </section>
  );
}
