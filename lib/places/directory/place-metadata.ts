import "server-only";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { placePath } from "../feeds/present";
import type { PlaceDetail } from "../schema";
import { spanTimes, WEEKDAY_KEYS } from "./components/format";
import { hoursSummary } from "./hours-summary";

/** Shown in a link preview when the place has no photo of its own (public/og-default.png). */
const DEFAULT_IMAGE = { path: "/og-default.png", width: 1200, height: 630 };

/**
 * Title, description and Open Graph tags for a place page: a link pasted into WeChat or a chat
 * group previews the name, the address with the week's hours, and a picture. Crawlers need
 * absolute URLs, from the site's canonical origin (lib/http/origin.ts).
 */
export async function placeMetadata(place: PlaceDetail, locale: string, origin: string): Promise<Metadata> {
  const lang = locale === "en" ? "en" : "zh-CN";
  const t = await getTranslations({ locale: lang, namespace: "places" });
  const hours = hoursSummary(place.hours, place.is24h, {
    allDay: t("hours.allDay"),
    closedDay: t("hours.closedDay"),
    unknown: t("hours.unknown"),
    weekday: (d) => t(`hours.${WEEKDAY_KEYS[d - 1]!}`),
    span: (s) => {
      const { opens, closes, overnight } = spanTimes(s);
      return overnight ? t("hours.overnight", { opens, closes }) : t("hours.span", { opens, closes });
    },
    range: (from, to) => t("hours.range", { from, to }),
    listJoin: t("hours.listJoin"),
    groupJoin: t("hours.groupJoin"),
  });
  const description = `${place.address} · ${hours}`;
  const url = `${origin}${placePath(place.id, lang)}`;
  const photo = place.photos[0];
  const image = photo
    ? { url: `${origin}${photo.src}`, width: photo.width, height: photo.height, alt: place.name }
    : { url: `${origin}${DEFAULT_IMAGE.path}`, width: DEFAULT_IMAGE.width, height: DEFAULT_IMAGE.height, alt: t("og.defaultImageAlt") };
  return {
    title: place.name,
    description,
    alternates: { canonical: url },
    openGraph: { type: "website", title: place.name, description, url, images: [image], locale: lang === "en" ? "en_US" : "zh_CN" },
    twitter: { card: "summary_large_image", title: place.name, description, images: [image.url] },
  };
}
