/**
 * Rough geography of Gansu for generating benchmark data: a hand-drawn outline (WGS-84, about
 * 92.2–108.8 E, 32.5–42.9 N; good to tens of kilometres, not a boundary) and its cities.
 */
export type LngLat = readonly [lng: number, lat: number];

/** Clockwise from the western tip (Aksai) along the corridor's north side, round Qingyang, back by Longnan and Gannan. */
export const GANSU_OUTLINE: readonly LngLat[] = [
  [92.3, 39.1], [93.0, 40.2], [94.0, 40.9], [95.0, 41.6], [96.2, 42.8], [97.1, 42.8], [97.2, 41.8], [98.2, 41.1],
  [99.2, 40.7], [99.9, 40.1], [100.4, 39.7], [101.2, 39.2], [102.0, 38.95], [102.6, 39.1], [103.3, 39.45], [104.0, 39.1],
  [104.2, 38.4], [103.9, 37.8], [104.4, 37.55], [104.9, 37.3], [105.2, 36.8], [105.4, 36.2], [105.6, 35.8], [106.2, 35.8],
  [106.5, 36.3], [106.9, 36.9], [107.5, 37.15], [108.2, 37.0], [108.75, 36.4], [108.7, 35.7], [108.2, 35.3], [107.6, 35.0],
  [106.9, 34.9], [106.6, 34.5], [106.4, 33.9], [106.0, 33.1], [105.5, 32.6], [104.7, 32.7], [104.2, 33.0], [103.6, 33.5],
  [103.1, 33.7], [102.5, 33.6], [101.6, 33.7], [100.8, 34.3], [101.0, 34.8], [101.9, 35.2], [102.4, 35.5], [102.7, 36.0],
  [102.6, 36.6], [102.1, 37.2], [101.5, 37.7], [100.8, 38.1], [100.0, 38.4], [99.0, 38.7], [98.0, 38.9], [97.0, 38.7],
  [96.0, 38.4], [95.0, 38.3], [94.0, 38.3], [93.0, 38.6],
];

export type City = { nameZh: string; nameEn: string; lng: number; lat: number; millions: number; areaCode: string; sigmaKm: number };

/** Prefecture seats with 2020 census populations (millions): they weight where stations cluster. */
export const CITIES: readonly City[] = [
  { nameZh: "兰州", nameEn: "Lanzhou", lng: 103.83, lat: 36.06, millions: 4.36, areaCode: "0931", sigmaKm: 9 },
  { nameZh: "天水", nameEn: "Tianshui", lng: 105.72, lat: 34.58, millions: 2.98, areaCode: "0938", sigmaKm: 7 },
  { nameZh: "定西", nameEn: "Dingxi", lng: 104.62, lat: 35.58, millions: 2.52, areaCode: "0932", sigmaKm: 6 },
  { nameZh: "陇南", nameEn: "Longnan", lng: 104.92, lat: 33.39, millions: 2.41, areaCode: "0939", sigmaKm: 6 },
  { nameZh: "庆阳", nameEn: "Qingyang", lng: 107.64, lat: 35.71, millions: 2.18, areaCode: "0934", sigmaKm: 6 },
  { nameZh: "临夏", nameEn: "Linxia", lng: 103.21, lat: 35.6, millions: 2.11, areaCode: "0930", sigmaKm: 5 },
  { nameZh: "平凉", nameEn: "Pingliang", lng: 106.66, lat: 35.54, millions: 1.85, areaCode: "0933", sigmaKm: 5 },
  { nameZh: "白银", nameEn: "Baiyin", lng: 104.14, lat: 36.55, millions: 1.51, areaCode: "0943", sigmaKm: 5 },
  { nameZh: "武威", nameEn: "Wuwei", lng: 102.64, lat: 37.93, millions: 1.46, areaCode: "0935", sigmaKm: 5 },
  { nameZh: "张掖", nameEn: "Zhangye", lng: 100.45, lat: 38.93, millions: 1.13, areaCode: "0936", sigmaKm: 4 },
  { nameZh: "酒泉", nameEn: "Jiuquan", lng: 98.49, lat: 39.73, millions: 1.06, areaCode: "0937", sigmaKm: 4 },
  { nameZh: "合作", nameEn: "Hezuo", lng: 102.91, lat: 34.98, millions: 0.69, areaCode: "0941", sigmaKm: 3 },
  { nameZh: "金昌", nameEn: "Jinchang", lng: 102.19, lat: 38.51, millions: 0.44, areaCode: "0935", sigmaKm: 3 },
  { nameZh: "嘉峪关", nameEn: "Jiayuguan", lng: 98.29, lat: 39.77, millions: 0.31, areaCode: "0937", sigmaKm: 3 },
  { nameZh: "敦煌", nameEn: "Dunhuang", lng: 94.66, lat: 40.14, millions: 0.19, areaCode: "0937", sigmaKm: 2 },
];

export const JINCHANG = CITIES.find((c) => c.nameEn === "Jinchang")!;

/** Even-odd ray casting; the outline is small enough that planar geometry is fine. */
export function insideOutline(lng: number, lat: number, ring: readonly LngLat[] = GANSU_OUTLINE): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > lat !== yj > lat && lng < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

export function outlineBounds(ring: readonly LngLat[] = GANSU_OUTLINE): [number, number, number, number] {
  const lngs = ring.map((p) => p[0]);
  const lats = ring.map((p) => p[1]);
  return [Math.min(...lngs), Math.min(...lats), Math.max(...lngs), Math.max(...lats)];
}
