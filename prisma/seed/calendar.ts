import type { Db } from "@/lib/prisma-client";

type Day = { date: string; kind: "HOLIDAY" | "WORKDAY"; nameZh: string; nameEn: string };

const range = (from: string, to: string, nameZh: string, nameEn: string): Day[] => {
  const out: Day[] = [];
  for (let d = new Date(`${from}T00:00:00Z`); d <= new Date(`${to}T00:00:00Z`); d = new Date(d.getTime() + 86_400_000)) {
    out.push({ date: d.toISOString().slice(0, 10), kind: "HOLIDAY", nameZh, nameEn });
  }
  return out;
};
const workday = (date: string, nameZh: string, nameEn: string): Day => ({ date, kind: "WORKDAY", nameZh: `${nameZh}调休上班`, nameEn: `${nameEn} make-up working day` });

/**
 * 2026: the State Council's holiday schedule (国办发明电〔2025〕7号), with its make-up working days.
 * 2027: only the statutory holidays are known until the State Council publishes the schedule
 * (usually in November); ADMIN adds the bridging days and make-up days then.
 */
export const CALENDAR_DAYS: Day[] = [
  ...range("2026-01-01", "2026-01-03", "元旦", "New Year's Day"),
  workday("2026-01-04", "元旦", "New Year"),
  workday("2026-02-14", "春节", "Spring Festival"),
  ...range("2026-02-15", "2026-02-23", "春节", "Spring Festival"),
  workday("2026-02-28", "春节", "Spring Festival"),
  ...range("2026-04-04", "2026-04-06", "清明节", "Qingming Festival"),
  ...range("2026-05-01", "2026-05-05", "劳动节", "Labour Day"),
  workday("2026-05-09", "劳动节", "Labour Day"),
  ...range("2026-06-19", "2026-06-21", "端午节", "Dragon Boat Festival"),
  workday("2026-09-20", "国庆节", "National Day"),
  ...range("2026-09-25", "2026-09-27", "中秋节", "Mid-Autumn Festival"),
  ...range("2026-10-01", "2026-10-07", "国庆节", "National Day"),
  workday("2026-10-10", "国庆节", "National Day"),
  ...range("2027-01-01", "2027-01-01", "元旦（法定）", "New Year's Day (statutory)"),
  ...range("2027-02-05", "2027-02-08", "春节（法定）", "Spring Festival (statutory)"),
  ...range("2027-04-05", "2027-04-05", "清明节（法定）", "Qingming Festival (statutory)"),
  ...range("2027-05-01", "2027-05-02", "劳动节（法定）", "Labour Day (statutory)"),
  ...range("2027-06-09", "2027-06-09", "端午节（法定）", "Dragon Boat Festival (statutory)"),
  ...range("2027-09-15", "2027-09-15", "中秋节（法定）", "Mid-Autumn Festival (statutory)"),
  ...range("2027-10-01", "2027-10-03", "国庆节（法定）", "National Day (statutory)"),
];

/** Default deadlines: accept within 1 working day; resolve in 5 (complex 15) working days, urgent 24 hours. */
export const SLA_RULES = [
  { priority: "NORMAL", stage: "ACCEPT", amount: 1, unit: "WORKING_DAYS" },
  { priority: "COMPLEX", stage: "ACCEPT", amount: 1, unit: "WORKING_DAYS" },
  { priority: "URGENT", stage: "ACCEPT", amount: 4, unit: "HOURS" },
  { priority: "NORMAL", stage: "RESOLVE", amount: 5, unit: "WORKING_DAYS" },
  { priority: "COMPLEX", stage: "RESOLVE", amount: 15, unit: "WORKING_DAYS" },
  { priority: "URGENT", stage: "RESOLVE", amount: 24, unit: "HOURS" },
] as const;

export async function seedCalendarAndSla(db: Db): Promise<void> {
  if ((await db.calendarDay.count()) === 0) {
    await db.calendarDay.createMany({ data: CALENDAR_DAYS.map((d) => ({ ...d, date: new Date(`${d.date}T00:00:00Z`) })) });
  }
  for (const r of SLA_RULES) {
    await db.slaRule.upsert({
      where: { categoryCode_priority_stage: { categoryCode: "*", priority: r.priority, stage: r.stage } },
      create: { categoryCode: "*", ...r },
      update: {},
    });
  }
}
