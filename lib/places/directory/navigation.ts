import gcoord from "gcoord";
import type { LatLng } from "@/lib/geo/distance";

// Exported here too, where the map components and the tests have always found them.
export type { LatLng };
export { distanceMeters } from "@/lib/geo/distance";

/** WGS-84 → GCJ-02 (Amap, Tencent, WeChat). */
export function toGcj02({ lat, lng }: LatLng): LatLng {
  const [x, y] = gcoord.transform([lng, lat], gcoord.WGS84, gcoord.GCJ02);
  return { lat: round(y), lng: round(x) };
}

/** WGS-84 → BD-09 (Baidu). */
export function toBd09({ lat, lng }: LatLng): LatLng {
  const [x, y] = gcoord.transform([lng, lat], gcoord.WGS84, gcoord.BD09);
  return { lat: round(y), lng: round(x) };
}

/** Any supported datum → WGS-84, for points picked on a Chinese map or imported. */
export function toWgs84({ lat, lng }: LatLng, from: "WGS84" | "GCJ02" | "BD09"): LatLng {
  if (from === "WGS84") return { lat, lng };
  const [x, y] = gcoord.transform([lng, lat], from === "GCJ02" ? gcoord.GCJ02 : gcoord.BD09, gcoord.WGS84);
  return { lat: round(y), lng: round(x) };
}

function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

export type NavigationLinks = { amap: string; baidu: string; apple: string; geo: string };

/**
 * Deep links that open turn-by-turn directions in the apps riders use, each with the point in
 * the datum that app expects: GCJ-02 for Amap, BD-09 for Baidu, WGS-84 for Apple Maps and geo:.
 * Amap uses riding mode (t=3): riders are on e-bikes.
 */
export function navigationLinks(point: LatLng, name: string): NavigationLinks {
  const gcj = toGcj02(point);
  const bd = toBd09(point);
  const n = encodeURIComponent(name);
  return {
    amap: `https://uri.amap.com/navigation?to=${gcj.lng},${gcj.lat},${n}&mode=ride&policy=1&src=nuanxin&coordinate=gaode&callnative=1`,
    baidu: `https://api.map.baidu.com/direction?destination=latlng:${bd.lat},${bd.lng}|name:${n}&mode=riding&coord_type=bd09ll&output=html&src=nuanxin`,
    apple: `https://maps.apple.com/?daddr=${point.lat},${point.lng}&dirflg=d&q=${n}`,
    geo: `geo:${point.lat},${point.lng}?q=${point.lat},${point.lng}(${n})`,
  };
}
