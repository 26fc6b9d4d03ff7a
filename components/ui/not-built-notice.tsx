import { getTranslations } from "next-intl/server";

/** Says honestly that a page's feature is not available yet, instead of showing fake content. */
export async function NotBuiltNotice() {
  const t = await getTranslations("common");
  return (
    <p role="status" className="mt-4 rounded-md border border-amber-400 bg-amber-50 p-4 text-amber-950">
      {t("notBuiltYet")}
    </p>
  );
}
