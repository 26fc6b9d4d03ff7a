import { getLocale, getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePermission } from "@/lib/auth/session";
import { savePlaceAction } from "@/lib/places/admin/actions";
import { loadFacilityLabels } from "@/lib/places/admin/loaders";
import { PlaceForm } from "@/lib/places/admin/components/place-form";
import { EMPTY_PLACE } from "@/lib/places/admin/components/place-form-values";

export default async function NewPlacePage() {
  await requirePermission("places:manage");
  const [facilities, t] = await Promise.all([loadFacilityLabels(await getLocale()), getTranslations("directory.form")]);
  return (
    <>
      <PageHeading title={t("newTitle")}>{t("newIntro")}</PageHeading>
      <PlaceForm action={savePlaceAction} initial={EMPTY_PLACE} facilities={facilities} />
    </>
  );
}
