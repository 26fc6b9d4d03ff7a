import type { Db } from "@/lib/prisma-client";

/** Departments that take part in case handling (the 联席会议 members plus the two local governments). */
export const DEPARTMENTS = [
  { code: "SWD", nameZh: "市委社会工作部", nameEn: "Social Work Department of the CPC Jinchang Committee" },
  { code: "FTU", nameZh: "市总工会", nameEn: "Jinchang Federation of Trade Unions" },
  { code: "CYL", nameZh: "团市委", nameEn: "Jinchang Committee of the Communist Youth League" },
  { code: "HRSS", nameZh: "市人社局", nameEn: "Human Resources and Social Security Bureau" },
  { code: "HEALTH", nameZh: "市卫健委", nameEn: "Health Commission" },
  { code: "JUSTICE", nameZh: "市司法局", nameEn: "Justice Bureau" },
  { code: "TRANSPORT", nameZh: "市交通运输局", nameEn: "Transport Bureau" },
  { code: "SAMR", nameZh: "市市场监管局", nameEn: "Market Regulation Administration" },
  { code: "EDU", nameZh: "市教育局", nameEn: "Education Bureau" },
  { code: "TRAFFIC_POLICE", nameZh: "市公安局交警支队", nameEn: "Traffic Police Detachment, Public Security Bureau" },
  { code: "POSTAL", nameZh: "市邮政管理局", nameEn: "Postal Administration" },
  { code: "HOUSING", nameZh: "市住建局", nameEn: "Housing and Urban-Rural Development Bureau" },
  { code: "JINCHUAN", nameZh: "金川区人民政府", nameEn: "Jinchuan District Government", isLocalGovernment: true },
  { code: "YONGCHANG", nameZh: "永昌县人民政府", nameEn: "Yongchang County Government", isLocalGovernment: true },
] as const;

export async function seedDepartments(db: Db): Promise<void> {
  for (const d of DEPARTMENTS) {
    const data = { nameZh: d.nameZh, nameEn: d.nameEn, isLocalGovernment: "isLocalGovernment" in d };
    await db.department.upsert({ where: { code: d.code }, create: { code: d.code, ...data }, update: data });
  }
}
