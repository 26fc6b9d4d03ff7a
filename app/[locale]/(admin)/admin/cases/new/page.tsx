import { getLocale, getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePermission } from "@/lib/auth/session";
import { ReportForm } from "@/lib/cases/intake/components/report-form";
import { loadCategoryCatalogue } from "@/lib/cases/intake/loaders";
import { env } from "@/lib/env";
import { baseMapConfig } from "@/lib/places/map/components/base-map";
import { MAX_PHOTO_BYTES, MAX_PHOTOS } from "@/lib/uploads/photos";

export async function generateMetadata() {
  const t = await getTranslations("cases.staff");
  return { title: t("title") };
}

export default async function NewCasePage() {
  await requirePermission("cases:intake");
  const [t, locale] = await Promise.all([getTranslations("cases.staff"), getLocale()]);
  const catalogue = await loadCategoryCatalogue(locale);
  return (
    <div className="max-w-xl">
      <PageHeading title={t("title")}>{t("intro")}</PageHeading>
      <ReportForm mode="staff" catalogue={catalogue} baseMap={baseMapConfig(env())} limits={{ maxPhotos: MAX_PHOTOS, maxPhotoBytes: MAX_PHOTO_BYTES }} />
    </div>
  );
}
