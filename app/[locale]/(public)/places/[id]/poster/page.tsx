import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { routing } from "@/lib/i18n/routing";
import { PrintButton } from "@/lib/places/posters/components/print-button";
import { nonceOf } from "@/lib/http/csp";
import { siteOrigin } from "@/lib/http/origin";
import { posterTarget, qrSvg } from "@/lib/places/posters/poster";
import { loadPlaceDetail } from "@/lib/places/directory/loaders";
import { ClientMessages } from "@/lib/i18n/client-messages";

type Props = { params: Promise<{ locale: string; id: string }> };

// The poster is always in Chinese: it hangs in a shop window in Jinchang.
const POSTER_LOCALE = "zh-CN";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const place = await loadPlaceDetail(id, POSTER_LOCALE);
  const t = await getTranslations({ locale: POSTER_LOCALE, namespace: "directory.poster" });
  return place ? { title: t("title", { name: place.name }), robots: { index: false } } : {};
}

const PRINT_CSS = `
@page { size: A4; margin: 12mm; }
@media print {
  body > header, body > nav, body > a, .poster-noprint { display: none !important; }
  body { background: #fff !important; }
  main { padding: 0 !important; max-width: none !important; }
  .poster { border: none !important; box-shadow: none !important; min-height: 270mm; }
}`;

export default async function PosterPage({ params }: Props) {
  const { locale, id } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  await connection();
  const place = await loadPlaceDetail(id, POSTER_LOCALE);
  if (!place) notFound();
  const t = await getTranslations({ locale: POSTER_LOCALE, namespace: "directory.poster" });
  const tp = await getTranslations({ locale: POSTER_LOCALE, namespace: "places" });
  const requestHeaders = await headers();
  const url = posterTarget(siteOrigin(requestHeaders), place.id);
  const svg = await qrSvg(url);
  return (
    <>
      <style nonce={nonceOf(requestHeaders)}>{PRINT_CSS}</style>
      <div className="poster-noprint mx-auto mb-3 flex max-w-[210mm] flex-wrap items-center gap-3">
        <ClientMessages namespaces={["directory"]}>
          <PrintButton />
        </ClientMessages>
        <p className="text-sm text-stone-800">{t("printHint")}</p>
      </div>
      <article lang={POSTER_LOCALE} className="poster mx-auto flex max-w-[210mm] flex-col items-center gap-6 rounded-lg border-4 border-brand-700 bg-white p-8 text-center shadow">
        <p className="text-lg font-semibold text-brand-800">{t("banner")}</p>
        <p className="rounded-full bg-brand-700 px-4 py-1 text-xl font-bold text-white">{tp(`kinds.${place.kind}`)}</p>
        <h1 className="text-5xl font-black leading-tight text-stone-900">{place.name}</h1>
        <p className="text-2xl text-stone-900">{t("welcome")}</p>
        {place.facilities.length ? (
          <section aria-labelledby="poster-services" className="w-full">
            <h2 id="poster-services" className="mb-3 text-2xl font-bold">
              {t("services")}
            </h2>
            <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3">
              {place.facilities.map((f) => (
                <li key={f.code} data-facility={f.code} className="flex items-center gap-2 rounded-lg border-2 border-stone-300 p-3 text-left text-xl">
                  <span aria-hidden="true" className="text-3xl">
                    {f.icon}
                  </span>
                  {f.name}
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        <p className="text-xl text-stone-900">{place.is24h ? t("open24h") : place.address}</p>
        <figure className="flex flex-col items-center gap-2">
          <div
            role="img"
            aria-label={t("qrLabel", { name: place.name })}
            data-testid="poster-qr"
            data-url={url}
            className="h-64 w-64 bg-white [&>svg]:h-full [&>svg]:w-full"
            dangerouslySetInnerHTML={{ __html: svg }}
          />
          <figcaption className="text-xl font-semibold">{t("scan")}</figcaption>
        </figure>
        <p className="text-base text-stone-800">{t("footer")}</p>
      </article>
    </>
  );
}
