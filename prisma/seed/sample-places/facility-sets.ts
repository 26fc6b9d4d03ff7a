import type { FacilityCode } from "../facilities";
import type { Random } from "./random";

export type FacilityPick = { code: FacilityCode; detail?: string };

type Odds = Partial<Record<FacilityCode, number>>;

/** Independent draws, so that every filter combination on the map finds some places but not all. */
const STATION: Odds = {
  seats: 0.92,
  hot_water: 0.85,
  climate: 0.7,
  charging: 0.65,
  drinking_water: 0.6,
  first_aid: 0.6,
  toilet: 0.5,
  microwave: 0.5,
  wifi: 0.5,
  books: 0.35,
  umbrella: 0.3,
  repair_kit: 0.2,
  battery_swap: 0.08,
  massage_chair: 0.04,
  shower: 0.03,
  laundry: 0.03,
};

const COMMUNITY: Odds = {
  toilet: 0.8,
  drinking_water: 0.8,
  seats: 0.8,
  hot_water: 0.6,
  charging: 0.5,
  first_aid: 0.5,
  climate: 0.5,
  wifi: 0.4,
  books: 0.4,
  umbrella: 0.2,
};

const COMPOUND: Odds = {
  drinking_water: 0.65,
  seats: 0.5,
  hot_water: 0.35,
  toilet: 0.3,
  charging: 0.3,
  first_aid: 0.15,
  umbrella: 0.1,
};

const HOSPITAL: Odds = { first_aid: 1, toilet: 1, drinking_water: 1, seats: 0.7, hot_water: 0.6, charging: 0.4, wifi: 0.3 };

const SCHOOL: Odds = { toilet: 1, drinking_water: 1, seats: 0.8, hot_water: 0.6, umbrella: 0.5 };

function draw(rng: Random, odds: Odds, atLeast: number): FacilityPick[] {
  const entries = Object.entries(odds) as [FacilityCode, number][];
  for (;;) {
    const picked = entries.filter(([, p]) => rng.chance(p)).map(([code]) => ({ code }));
    if (picked.length >= atLeast) return picked;
  }
}

export const stationFacilities = (rng: Random) => draw(rng, STATION, 3);
export const communityFacilities = (rng: Random) => draw(rng, COMMUNITY, 2);
export const compoundFacilities = (rng: Random) => draw(rng, COMPOUND, 1);
export const hospitalFacilities = (rng: Random) => draw(rng, HOSPITAL, 3);
export const schoolFacilities = (rng: Random) => draw(rng, SCHOOL, 2);
