import "server-only";
import { CHINA_DATE_TIME } from "@/lib/time/china";
import type { WorkerData } from "./my-data";

type T = (key: string, values?: Record<string, string>) => string;

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The printable page of the worker's data: plain HTML with no scripts, so it prints (or saves as
 * PDF) from any phone browser. Every value is escaped: the description is the worker's own text.
 */
export function workerDataHtml(d: WorkerData, t: T, locale: "zh-CN" | "en", photoUrls: string[]): string {
  const en = locale === "en";
  const none = t("none");
  const when = (iso: string) => new Date(iso).toLocaleString(locale, CHINA_DATE_TIME);
  const row = (label: string, value: string | null | undefined) => `<tr><th>${esc(label)}</th><td>${esc(value || none)}</td></tr>`;
  const answers = d.answers.map((a) => row(en ? a.en : a.zh, Array.isArray(a.value) ? a.value.join(", ") : String(a.value ?? ""))).join("");
  const place = d.location.place ? (en ? (d.location.place.en ?? d.location.place.zh) : d.location.place.zh) : null;
  const coords = d.location.lat !== null && d.location.lng !== null ? `${d.location.lat}, ${d.location.lng}` : null;
  const photos = photoUrls.map((u, i) => `<img src="${esc(u)}" alt="${i + 1}">`).join("");
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex"><title>${esc(t("printTitle", { reference: d.reference }))}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:48rem;margin:1rem auto;padding:0 1rem;color:#1c1917}th{text-align:left;vertical-align:top;padding:.25rem 1rem .25rem 0;white-space:nowrap}td{white-space:pre-wrap;padding:.25rem 0}img{width:30%;margin:.25rem;border:1px solid #ccc}</style>
</head><body><h1>${esc(t("printTitle", { reference: d.reference }))}</h1><p>${esc(t("printHint"))}</p>
${d.redactedAt ? `<p><strong>${esc(t("redacted", { date: when(d.redactedAt) }))}</strong></p>` : ""}
<table>${row(t("status"), d.status)}${row(t("submittedAt"), when(d.submittedAt))}${row(t("channel"), d.channel)}
${row(t("group"), en ? d.workerGroup.en : d.workerGroup.zh)}${row(t("category"), en ? d.category.en : d.category.zh)}
${row(t("description"), d.description)}${answers}${row(t("location"), coords)}${row(t("place"), place)}${row(t("district"), d.location.district)}
${row(t("employer"), d.employer)}${row(t("anonymous"), d.anonymous ? t("yes") : t("no"))}${row(t("contactName"), d.contact.name)}
${row(t("contactPhone"), d.contact.phone)}${row(t("ratingComment"), d.ratingComment)}${row(t("consent"), `${d.consent.version} · ${when(d.consent.at)}`)}</table>
${photos ? `<h2>${esc(t("photos"))}</h2><p>${photos}</p>` : ""}</body></html>`;
}
