import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/link";

/** The way back from a place page or the text-only directory: a plain link, so it works without JavaScript. */
export function BackToMapLink() {
  const t = useTranslations("places.place");
  return (
    <Link href="/" className="inline-flex min-h-11 items-center gap-1 font-semibold text-brand-700 underline">
      <span aria-hidden="true">←</span>
      {t("backToMap")}
    </Link>
  );
}
