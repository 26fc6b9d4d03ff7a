import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { siteOrigin } from "@/lib/http/origin";
import { routing } from "@/lib/i18n/routing";
import { chinaClock } from "@/lib/time/china";
import { loadPlaceDetail } from "@/lib/places/directory/loaders";
import { placeMetadata } from "@/lib/places/directory/place-metadata";
import { CheckinButton } from "@/lib/places/reports/components/checkin-button";
import { placePath } from "@/lib/places/feeds/present";
import { ConfirmPlace } from "@/lib/places/reports/components/confirm-place";
import { PlaceArticle } from "@/lib/places/directory/components/place-article";
import { ReportProblem } from "@/lib/places/reports/components/report-problem";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, id } = await params;
  const place = await loadPlaceDetail(id, locale);
  return place ? placeMetadata(place, locale, siteOrigin(await headers())) : {};
}

export default async function PlacePage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  // "Open now" depends on the clock: render per request, never from a build-time cache.
  await connection();
  const place = await loadPlaceDetail(id, locale);
  if (!place) notFound();
  // Riders keep the directory true: the outcome of their last post comes back in the URL.
  const [query, t, h] = await Promise.all([searchParams, getTranslations("places.share"), headers()]);
  const one = (k: string) => (typeof query[k] === "string" ? (query[k] as string) : undefined);
  return (
    <>
      <PlaceArticle
        place={place}
        today={chinaClock(new Date()).weekday}
        share={{ url: `${siteOrigin(h)}${placePath(place.id, locale === "en" ? "en" : "zh-CN")}`, labels: { share: t("button"), copied: t("copied"), copyFailed: t("copyFailed") } }}
      />
      <div className="mx-auto mt-6 max-w-2xl space-y-5">
        <ConfirmPlace placeId={place.id} facilities={place.facilities} status={one("confirm")} />
        <CheckinButton placeId={place.id} status={one("checkin")} />
        <ReportProblem placeId={place.id} facilities={place.facilities} status={one("report")} />
      </div>
    </>
  );
}
