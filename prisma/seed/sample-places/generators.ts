import { localityLabel, phoneNumber, streetAddress, unionOf, type PlaceDraft } from "./draft";
import { communityFacilities, compoundFacilities, hospitalFacilities, schoolFacilities, stationFacilities } from "./facility-sets";
import { scatterAround, type DistrictPolygons } from "./geometry";
import { BANKS, COMPOUND_STEMS, COMPOUND_SUFFIXES, HOSPITALS, MERCHANTS, SCHOOL, type Name } from "./names";
import { at, communitySchedule, compoundSchedule, daily, roundTheClock, stationSchedule, weekdaysOnly } from "./opening-hours";
import type { Random } from "./random";
import { TOWNSHIPS, township, type Township } from "./townships";

export type Context = { rng: Random; polygons: DistrictPolygons; usedNames: Set<string> };

type StationTemplate = {
  weight: number;
  bank?: boolean;
  make: (rng: Random, town: Township, community: Name, locality: Name) => Name & { organization: string };
};

const STATION_TEMPLATES: readonly StationTemplate[] = [
  { weight: 40, make: (_, town, c) => ({ zh: `户外劳动者驿站（${c.zh}社区）`, en: `Outdoor Workers' Station (${c.en} Community)`, organization: unionOf(town.district) }) },
  { weight: 15, make: (_, _t, c) => ({ zh: `暖新驿站（${c.zh}社区）`, en: `Nuanxin Station (${c.en} Community)`, organization: `${c.zh}社区居委会` }) },
  { weight: 15, make: (_, _t, _c, l) => ({ zh: `工会驿站·骑手之家（${l.zh}）`, en: `Union Station · Riders' Home (${l.en})`, organization: "金昌市总工会" }) },
  { weight: 15, make: (_, _t, _c, l) => ({ zh: `金小哥驿站（${l.zh}）`, en: `Jin Xiaoge Couriers' Station (${l.en})`, organization: "金昌市快递行业工会联合会" }) },
  {
    weight: 8,
    bank: true,
    make: (rng, _t, _c, l) => {
      const bank = rng.pick(BANKS);
      return { zh: `${bank.zh}爱心驿站（${l.zh}支行）`, en: `${bank.en} Caring Station (${l.en} Branch)`, organization: bank.org };
    },
  },
];

const pickTownship = (rng: Random) => rng.weighted(TOWNSHIPS, (t) => t.weight);
const houseNumber = (rng: Random) => rng.int(1, 180);
const communityLabel = ([zh, en]: readonly [string, string]): Name => ({ zh, en });

function located(ctx: Context, town: Township, road: string) {
  return { district: town.district, subdistrict: town.name, ...scatterAround(ctx.rng, ctx.polygons, town), ...streetAddress(town, road, houseNumber(ctx.rng)) };
}

function claim(ctx: Context, name: string): boolean {
  if (ctx.usedNames.has(name)) return false;
  ctx.usedNames.add(name);
  return true;
}

export function workerStation(ctx: Context): PlaceDraft {
  const { rng } = ctx;
  for (let attempt = 0; attempt < 200; attempt++) {
    const town = pickTownship(rng);
    const road = rng.pick(town.roads);
    const template = rng.weighted(STATION_TEMPLATES, (t) => t.weight);
    const name = template.make(rng, town, communityLabel(rng.pick(town.communities)), localityLabel(town, road));
    if (!claim(ctx, name.zh)) continue;
    return {
      kind: "WORKER_STATION",
      nameZh: name.zh,
      nameEn: name.en,
      ...located(ctx, town, road),
      ...stationSchedule(rng, template.bank === true),
      facilities: stationFacilities(rng),
      phone: phoneNumber(rng, town.district),
      organization: name.organization,
      descriptionZh: "为外卖骑手、快递员等户外劳动者免费提供歇脚服务。",
      descriptionEn: "A free rest stop for delivery riders, couriers and other outdoor workers.",
    };
  }
  throw new Error("Ran out of distinct worker-station names");
}

export function communities(ctx: Context, count: number): PlaceDraft[] {
  const { rng } = ctx;
  const pool = TOWNSHIPS.flatMap((town) => town.communities.map((c) => ({ town, c, weight: town.weight / town.communities.length })));
  const out: PlaceDraft[] = [];
  while (out.length < count) {
    if (pool.length === 0) throw new Error(`Only ${out.length} distinct communities for ${count}`);
    const chosen = rng.weighted(pool, (p) => p.weight);
    pool.splice(pool.indexOf(chosen), 1);
    const [zh, en] = chosen.c;
    if (!claim(ctx, `${zh}社区党群服务中心`)) continue;
    out.push({
      kind: "FRIENDLY_COMMUNITY",
      nameZh: `${zh}社区党群服务中心`,
      nameEn: `${en} Community Party and Public Service Centre`,
      ...located(ctx, chosen.town, rng.pick(chosen.town.roads)),
      ...communitySchedule(rng),
      facilities: communityFacilities(rng),
      phone: phoneNumber(rng, chosen.town.district, { landline: 0.9, mobile: 0 }),
      organization: `${zh}社区居委会`,
      descriptionZh: "社区党群服务中心向户外劳动者开放。",
      descriptionEn: "The community service centre welcomes outdoor workers.",
    });
  }
  return out;
}

export function compounds(ctx: Context, count: number): PlaceDraft[] {
  const { rng } = ctx;
  const names = rng.shuffle(COMPOUND_STEMS.flatMap((stem) => COMPOUND_SUFFIXES.map((suffix) => [stem, suffix] as const)));
  const out: PlaceDraft[] = [];
  for (const [[stemZh, stemEn], [suffixZh, suffixEn]] of names) {
    if (out.length === count) break;
    const base = `${stemZh}${suffixZh}`;
    if (!claim(ctx, `${base}小区`)) continue;
    const town = pickTownship(rng);
    out.push({
      kind: "FRIENDLY_COMPOUND",
      nameZh: `${base}小区`,
      nameEn: `${[stemEn, suffixEn].filter(Boolean).join(" ")} Compound`,
      ...located(ctx, town, rng.pick(town.roads)),
      ...compoundSchedule(rng),
      facilities: compoundFacilities(rng),
      phone: phoneNumber(rng, town.district, { landline: 0.4, mobile: 0.2 }),
      organization: `${base}物业服务中心`,
    });
  }
  if (out.length < count) throw new Error(`Only ${out.length} distinct compound names for ${count} compounds`);
  return out;
}

export function merchants(ctx: Context): PlaceDraft[] {
  return MERCHANTS.map((m) => {
    const town = township(m.township);
    claim(ctx, m.zh);
    return {
      kind: "FRIENDLY_MERCHANT",
      nameZh: m.zh,
      nameEn: m.en,
      ...located(ctx, town, m.road),
      ...m.schedule(),
      facilities: m.facilities,
      phone: phoneNumber(ctx.rng, town.district, { landline: 0.3, mobile: 0.7 }),
      organization: m.organization,
    };
  });
}

export function hospitals(ctx: Context): PlaceDraft[] {
  return HOSPITALS.map((h) => {
    const town = township(h.township);
    claim(ctx, h.zh);
    return {
      kind: "FRIENDLY_HOSPITAL",
      nameZh: h.zh,
      nameEn: h.en,
      ...located(ctx, town, h.road),
      ...(h.is24h ? roundTheClock() : daily(at(8), at(18))),
      facilities: hospitalFacilities(ctx.rng),
      phone: phoneNumber(ctx.rng, town.district, { landline: 1, mobile: 0 }),
      organization: town.district === "JINCHUAN" ? "金川区卫生健康局" : "永昌县卫生健康局",
    };
  });
}

export function school(ctx: Context): PlaceDraft {
  const town = township(SCHOOL.township);
  claim(ctx, SCHOOL.zh);
  return {
    kind: "FRIENDLY_SCHOOL",
    nameZh: SCHOOL.zh,
    nameEn: SCHOOL.en,
    ...located(ctx, town, SCHOOL.road),
    ...weekdaysOnly(at(7, 30), at(18, 30)),
    facilities: schoolFacilities(ctx.rng),
    phone: phoneNumber(ctx.rng, town.district, { landline: 1, mobile: 0 }),
    organization: "金川区教育局",
  };
}
