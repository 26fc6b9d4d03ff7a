import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { hasLocale } from "next-intl";
import { setRequestLocale } from "next-intl/server";
import { routing } from "@/lib/i18n/routing";
import { chinaClock } from "@/lib/places/hours";
import { loadPlaceDetail } from "@/lib/places/loaders";
import { PlaceArticle } from "@/lib/places/components/place-article";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, id } = await params;
  const place = await loadPlaceDetail(id, locale);
  return place ? { title: place.name, description: place.address } : {};
}

export default async function PlacePage({ params }: Props) {
  const { locale, id } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  // "Open now" depends on the clock: render per request, never from a build-time cache.
  await connection();
  const place = await loadPlaceDetail(id, locale);
  if (!place) notFound();
  return <PlaceArticle place={place} today={chinaClock(new Date()).weekday} />;
}
