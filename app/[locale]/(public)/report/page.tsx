import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/page-heading";
import { randomUUID } from "node:crypto";
import { ReportEntry } from "@/lib/cases/intake/components/report-entry";
import { loadCategoryCatalogue, loadPlaceChoices } from "@/lib/cases/intake/loaders";
import { env } from "@/lib/env";
import { baseMapConfig } from "@/lib/places/map/components/base-map";
import { MAX_PHOTO_BYTES, MAX_PHOTOS } from "@/lib/uploads/photos";
import { ClientMessages } from "@/lib/i18n/client-messages";

export async function generateMetadata() {
  const t = await getTranslations("report");
  return { title: t("title") };
}

export default async function ReportPage() {
  // Categories come from the database and tiles from the environment: render per request.
  await connection();
  const [t, locale] = await Promise.all([getTranslations("report"), getLocale()]);
  const [catalogue, places] = await Promise.all([loadCategoryCatalogue(locale), loadPlaceChoices(locale)]);
  return (
    <div className="mx-auto max-w-xl">
      <PageHeading title={t("title")}>{t("intro")}</PageHeading>
      <ClientMessages namespaces={["cases", "caseErrors", "places", "errors"]}>
        {/* The key is for the form without JavaScript: a double post of the same page files one case. */}
        <ReportEntry catalogue={catalogue} baseMap={baseMapConfig(env())} limits={{ maxPhotos: MAX_PHOTOS, maxPhotoBytes: MAX_PHOTO_BYTES }} places={places} idempotencyKey={randomUUID()} />
      </ClientMessages>
    </div>
  );
}
