import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { env } from "@/lib/env";
import { baseMapConfig } from "@/lib/places/map/components/base-map";
import { PlacesExplorer } from "@/lib/places/map/components/places-explorer";
import { loadFacilityOptions } from "@/lib/places/directory/loaders";
import { ClientMessages } from "@/lib/i18n/client-messages";

export default async function HomePage() {
  // Facilities come from the database and tiles from the environment: render per request.
  await connection();
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const facilities = await loadFacilityOptions(locale);
  return (
    <>
      <div className="mb-2 flex flex-wrap items-baseline justify-between gap-x-3">
        <h1 className="text-lg font-bold text-stone-900">{t("home.title")}</h1>
        <p className="text-xs text-stone-700">{t("common.sampleData")}</p>
      </div>
      <ClientMessages namespaces={["places"]}>
        <PlacesExplorer facilities={facilities} baseMap={baseMapConfig(env())} />
      </ClientMessages>
    </>
  );
}
