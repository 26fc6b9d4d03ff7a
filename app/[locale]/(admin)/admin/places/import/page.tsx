import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePermission } from "@/lib/auth/session";
import { Link } from "@/lib/i18n/link";
import { importPlacesAction } from "@/lib/places/import/actions";
import { IMPORT_COLUMNS } from "@/lib/places/import/parse";
import { ImportForm } from "@/lib/places/import/components/import-form";

export default async function ImportPlacesPage() {
  await requirePermission("places:manage");
  const t = await getTranslations("directory");
  return (
    <>
      <PageHeading title={t("import.title")}>{t("import.intro")}</PageHeading>
      <p className="mb-4">
        <Link href="/admin/places" className="font-semibold text-brand-700 underline">{t("place.back")}</Link>
      </p>
      <details className="mb-4 max-w-4xl rounded-md border border-stone-300 bg-white p-3">
        <summary className="min-h-11 cursor-pointer font-semibold">{t("import.columnsHeading")}</summary>
        <p className="mt-2 font-mono text-sm">{IMPORT_COLUMNS.join(",")}</p>
        <p className="mt-2 text-sm">{t("import.columnsHelp")}</p>
      </details>
      <ImportForm action={importPlacesAction} />
    </>
  );
}
