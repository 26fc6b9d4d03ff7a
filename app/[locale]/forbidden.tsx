import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/link";

export default async function Forbidden() {
  const t = await getTranslations();
  return (
    <main id="main" className="mx-auto max-w-xl p-6">
      <h1 className="text-2xl font-bold">{t("errors.forbiddenTitle")}</h1>
      <p className="mt-2">{t("errors.forbidden")}</p>
      <Link href="/" className="mt-4 inline-block min-h-11 py-3 text-brand-700 underline">
        {t("common.backHome")}
      </Link>
    </main>
  );
}
