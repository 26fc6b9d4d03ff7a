import { getTranslations } from "next-intl/server";
import { SiteNav } from "./site-nav";

/** Thumb-reach navigation for phones; wider screens use the header links. */
export async function BottomNav() {
  const t = await getTranslations("nav");
  return (
    <nav
      aria-label={t("main")}
      className="fixed inset-x-0 bottom-0 z-[1000] border-t border-stone-300 bg-white pb-[env(safe-area-inset-bottom)] md:hidden"
    >
      <SiteNav variant="bottom" />
    </nav>
  );
}
