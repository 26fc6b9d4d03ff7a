import type { Db } from "@/lib/prisma-client";

/** The facility taxonomy: what a station or venue offers workers. Icons are emoji so they work offline. */
export const FACILITIES = [
  { code: "charging", nameZh: "手机/电动车充电", nameEn: "Phone & e-bike charging", icon: "🔌" },
  { code: "battery_swap", nameZh: "电池换电", nameEn: "E-bike battery swap", icon: "🔋" },
  { code: "hot_water", nameZh: "热水", nameEn: "Hot water", icon: "♨️" },
  { code: "drinking_water", nameZh: "饮用水", nameEn: "Drinking water", icon: "🚰" },
  { code: "microwave", nameZh: "微波炉", nameEn: "Microwave", icon: "🍱" },
  { code: "toilet", nameZh: "卫生间", nameEn: "Toilet", icon: "🚻" },
  { code: "seats", nameZh: "休息座椅", nameEn: "Seats", icon: "🪑" },
  { code: "climate", nameZh: "空调/暖气", nameEn: "Air conditioning / heating", icon: "❄️" },
  { code: "first_aid", nameZh: "急救药箱", nameEn: "First-aid kit", icon: "🩹" },
  { code: "books", nameZh: "图书角", nameEn: "Books", icon: "📚" },
  { code: "wifi", nameZh: "无线网络", nameEn: "Wi-Fi", icon: "📶" },
  { code: "shower", nameZh: "淋浴", nameEn: "Shower", icon: "🚿" },
  { code: "bed", nameZh: "床位", nameEn: "Beds", icon: "🛏️" },
  { code: "laundry", nameZh: "洗衣", nameEn: "Laundry", icon: "🧺" },
  { code: "truck_parking", nameZh: "货车停车位", nameEn: "Truck parking", icon: "🚛" },
  { code: "halal_food", nameZh: "清真餐饮", nameEn: "Halal food", icon: "🥘" },
  { code: "massage_chair", nameZh: "按摩椅", nameEn: "Massage chair", icon: "💺" },
  { code: "umbrella", nameZh: "雨具借用", nameEn: "Umbrella loan", icon: "☂️" },
  { code: "repair_kit", nameZh: "维修工具", nameEn: "Repair tools", icon: "🔧" },
  { code: "discount", nameZh: "骑手优惠", nameEn: "Worker discount", icon: "🏷️" },
] as const;

export type FacilityCode = (typeof FACILITIES)[number]["code"];

export async function seedFacilities(db: Db): Promise<void> {
  for (const [sortOrder, f] of FACILITIES.entries()) {
    const data = { nameZh: f.nameZh, nameEn: f.nameEn, icon: f.icon, sortOrder };
    await db.facility.upsert({ where: { code: f.code }, create: { code: f.code, ...data }, update: data });
  }
}
