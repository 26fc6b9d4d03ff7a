import { useTranslations } from "next-intl";
import type { PlaceKind } from "@/lib/places/schema";
import { KIND_STYLE } from "./kind-style";

type Props = { kind: PlaceKind; address: string; district: "JINCHUAN" | "YONGCHANG"; subdistrict: string; phone: string | null };

/** Kind, address and a tap-to-call phone number, as a description list. */
export function PlaceFacts({ kind, address, district, subdistrict, phone }: Props) {
  const t = useTranslations("places");
  return (
    <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1.5">
      <dt className="text-stone-700">{t("place.kind")}</dt>
      <dd>
        <KindLabel kind={kind} />
      </dd>
      <dt className="text-stone-700">{t("place.address")}</dt>
      <dd className="wrap-anywhere">{address}</dd>
      <dt className="text-stone-700">{t("place.area")}</dt>
      <dd>
        {t(`districts.${district}`)} · {subdistrict}
      </dd>
      {phone ? (
        <>
          <dt className="text-stone-700">{t("place.phone")}</dt>
          <dd>
            <a
              href={`tel:${phone.replace(/[^\d+]/g, "")}`}
              aria-label={t("place.call", { phone })}
              className="inline-flex min-h-11 items-center gap-1 font-semibold text-brand-700 underline"
            >
              <span aria-hidden="true">📞</span>
              {phone}
            </a>
          </dd>
        </>
      ) : null}
    </dl>
  );
}

export function KindLabel({ kind }: { kind: PlaceKind }) {
  const t = useTranslations("places.kinds");
  return (
    <span className="inline-flex items-center gap-1.5">
      <span aria-hidden="true" className="inline-block h-3 w-3 rounded-full" style={{ backgroundColor: KIND_STYLE[kind].color }} />
      {t(kind)}
    </span>
  );
}
