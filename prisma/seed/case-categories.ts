import type { Db } from "@/lib/prisma-client";

type Attribute = {
  code: string;
  datatype: "string" | "number" | "text" | "singlevaluelist" | "multivaluelist" | "datetime";
  required: boolean;
  descriptionZh: string;
  descriptionEn: string;
  values?: { key: string; nameZh: string; nameEn: string }[];
};

/** Grievance categories; extra questions follow Open311 GeoReport v2 service attributes. */
/**
 * `location`: REQUIRED where the problem is at a place staff must go to (a gate, a road, a station);
 * OPTIONAL where a place can help (where an injury happened, where the employer is); NONE for
 * disputes about pay, insurance or rules, where asking for a place only keeps people away.
 * The migration phone_category_location sets the same values on existing databases.
 */
export const CASE_CATEGORIES: { code: string; location: "REQUIRED" | "OPTIONAL" | "NONE"; nameZh: string; nameEn: string; attributes: Attribute[] }[] = [
  { code: "work_injury", location: "OPTIONAL", nameZh: "工伤保险", nameEn: "Work-injury insurance", attributes: [] },
  { code: "social_insurance", location: "NONE", nameZh: "社会保险", nameEn: "Social insurance", attributes: [] },
  {
    code: "wages",
    location: "OPTIONAL",
    nameZh: "劳动报酬/欠薪",
    nameEn: "Pay and unpaid wages",
    attributes: [
      { code: "amount_owed", datatype: "number", required: true, descriptionZh: "被拖欠金额（元）", descriptionEn: "Amount owed (yuan)" },
      { code: "months_owed", datatype: "number", required: false, descriptionZh: "拖欠月数", descriptionEn: "Months owed" },
    ],
  },
  { code: "platform_rules", location: "NONE", nameZh: "平台规则与算法/罚款", nameEn: "Platform rules, algorithms and penalties", attributes: [] },
  {
    code: "entry_access",
    location: "REQUIRED",
    nameZh: "进门难/通行",
    nameEn: "Refused entry / access",
    attributes: [{ code: "compound_name", datatype: "string", required: true, descriptionZh: "小区或单位名称", descriptionEn: "Name of the compound or site" }],
  },
  { code: "parking", location: "REQUIRED", nameZh: "停车", nameEn: "Parking", attributes: [] },
  { code: "charging", location: "REQUIRED", nameZh: "充电", nameEn: "Charging", attributes: [] },
  { code: "station_facilities", location: "REQUIRED", nameZh: "驿站设施", nameEn: "Station facilities", attributes: [] },
  { code: "schooling", location: "NONE", nameZh: "子女入学", nameEn: "Children's schooling", attributes: [] },
  { code: "legal_aid", location: "NONE", nameZh: "法律援助", nameEn: "Legal aid", attributes: [] },
  { code: "training", location: "NONE", nameZh: "技能培训", nameEn: "Skills training", attributes: [] },
  { code: "hardship", location: "OPTIONAL", nameZh: "困难帮扶", nameEn: "Hardship assistance", attributes: [] },
  { code: "other", location: "OPTIONAL", nameZh: "其他", nameEn: "Other", attributes: [] },
];

export const WORKER_GROUPS = [
  { code: "food_delivery", nameZh: "外卖骑手", nameEn: "Food-delivery rider" },
  { code: "courier", nameZh: "快递员", nameEn: "Courier" },
  { code: "truck_driver", nameZh: "货车司机", nameEn: "Truck driver" },
  { code: "ride_hailing", nameZh: "网约车/出租车司机", nameEn: "Ride-hailing / taxi driver" },
  { code: "streamer", nameZh: "网络主播", nameEn: "Live streamer" },
  { code: "gig_worker", nameZh: "零工/灵活就业", nameEn: "Gig / flexible worker" },
  { code: "other", nameZh: "其他", nameEn: "Other" },
];

export async function seedCaseCategories(db: Db): Promise<void> {
  for (const [sortOrder, c] of CASE_CATEGORIES.entries()) {
    const data = { nameZh: c.nameZh, nameEn: c.nameEn, attributes: c.attributes, location: c.location, sortOrder };
    await db.caseCategory.upsert({ where: { code: c.code }, create: { code: c.code, ...data }, update: data });
  }
  for (const [sortOrder, g] of WORKER_GROUPS.entries()) {
    const data = { nameZh: g.nameZh, nameEn: g.nameEn, sortOrder };
    await db.workerGroup.upsert({ where: { code: g.code }, create: { code: g.code, ...data }, update: data });
  }
}
