import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/link";

export default async function NotFound() {
  const t = await getTranslations();
  return (
    <main id="main" className="mx-auto max-w-xl p-6">
      <h1 className="text-2xl font-bold">{t("errors.notFoundTitle")}</h1>
      <p className="mt-2">{t("errors.notFound")}</p>
      <Link href="/" className="mt-4 inline-block min-h-11 py-3 text-brand-700 underline">
        {t("common.backHome")}
      </Link>
    </main>
  );
}
