import { useTranslations } from "next-intl";
import type { NavigationLinks } from "../navigation";

const APPS = ["amap", "baidu", "apple", "geo"] as const;

/** Hands the trip over to the rider's own navigation app; each link already carries the right datum. */
export function NavigateButtons({ links, headingLevel = 2 }: { links: NavigationLinks; headingLevel?: 2 | 3 }) {
  const t = useTranslations("places");
  const Heading = `h${headingLevel}` as const;
  return (
    <section aria-labelledby="navigate-heading">
      <Heading id="navigate-heading" className="mb-2 font-bold text-stone-900">
        {t("place.navigate")}
      </Heading>
      <NavigateLinks links={links} />
    </section>
  );
}

/** The app links alone, two to a row: for the sections above and the list cards' 导航 fold-out. */
export function NavigateLinks({ links }: { links: NavigationLinks }) {
  const t = useTranslations("places");
  return (
    <ul className="grid grid-cols-2 gap-2">
      {APPS.map((app) => (
        <li key={app}>
          <a
            href={links[app]}
            data-nav={app}
            {...(app === "geo" ? {} : { target: "_blank", rel: "noopener noreferrer" })}
            className="flex min-h-12 items-center justify-center rounded-lg border-2 border-brand-700 bg-white px-2 text-center font-semibold text-brand-800 hover:bg-brand-50"
          >
            {t(`navigate.${app}`)}
          </a>
        </li>
      ))}
    </ul>
  );
}
