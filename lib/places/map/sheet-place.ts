import { placePath } from "@/lib/places/feeds/present";
import type { PlaceDetail } from "@/lib/places/schema";
import type { SheetPlace } from "./components/map-types";

/** A place page's detail as the sheet's place, for a shared ?place=<id> that no feed answered yet. */
export function sheetPlaceOf(p: PlaceDetail, origin: string, lang: "zh-CN" | "en"): SheetPlace {
  return {
    id: p.id,
    kind: p.kind,
    name: p.name,
    address: p.address,
    district: p.district,
    subdistrict: p.subdistrict,
    lat: p.lat,
    lng: p.lng,
    facilities: p.facilities.map((f) => f.code),
    is_24h: p.is24h,
    open_now: p.openNow,
    status: p.status,
    phone: p.phone,
    url: `${origin}${placePath(p.id, lang)}`,
    assured_date: p.assured_date,
  };
}
