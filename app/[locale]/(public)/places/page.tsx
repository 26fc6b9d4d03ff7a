import type { Metadata } from "next";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { AreaDirectory } from "@/lib/places/directory/components/area-directory";
import { loadAreaDirectory } from "@/lib/places/directory/loaders";
import { PLACE_KINDS, type PlaceKind } from "@/lib/places/schema";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("places.areas");
  return { title: t("title") };
}

export default async function PlacesByAreaPage({ searchParams }: Props) {
  await connection();
  const [query, locale] = await Promise.all([searchParams, getLocale()]);
  const raw = typeof query.kind === "string" ? query.kind : "";
  const kind = (PLACE_KINDS as readonly string[]).includes(raw) ? (raw as PlaceKind) : null;
  const asked = Number(typeof query.page === "string" ? query.page : "1");
  const page = Number.isInteger(asked) && asked >= 1 && asked <= 10_000 ? asked : 1;
  const dir = await loadAreaDirectory(kind, page, locale);
  return <AreaDirectory {...dir} page={Math.min(page, dir.pages)} kind={kind} />;
}
