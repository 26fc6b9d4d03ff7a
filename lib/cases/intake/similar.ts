import "server-only";
import { AppError } from "@/lib/errors";
import { hitRateLimit } from "@/lib/http/rate-limit";
import { addSupporter } from "../workflow/mutations/core";
import { caseIsAccepted, findSimilarOpenCases } from "./data";

/** Distances are given as bands, never to the metre: exact distances from a few points locate a case. */
export const DISTANCE_BANDS = [100, 300] as const;
export type SimilarCase = { id: string; summary: string; within_m: (typeof DISTANCE_BANDS)[number]; days_ago: number; supporters: number };

/**
 * Masks what could name or reach a person: number-like runs (phones, IDs, plates) and any digits,
 * and a name after 姓/叫/我是 or before 师傅/先生/女士/小姐/经理/老板. Deliberately over-eager: a
 * masked word too many is cheaper than a name shown. nuanxin_mask_personal() in SQL (migration
 * privacy_retention) applies the same rules when a case is redacted.
 */
export function maskPersonal(text: string): string {
  return text
    .replace(/[0-9A-Za-z]{5,}/g, (m) => "*".repeat(Math.min(m.length, 6)))
    .replace(/[0-9]+/g, "*")
    .replace(/(姓)[\u4e00-\u9fff]{1,2}/g, "$1*")
    .replace(/(叫|我是|他是|她是)[\u4e00-\u9fff]{2,3}/g, "$1**")
    .replace(/[\u4e00-\u9fff]{1,2}(师傅|先生|女士|小姐|经理|老板)/g, "*$1");
}

/** A one-line excerpt with names and numbers masked (see maskPersonal). */
export function anonymisedSummary(description: string, max = 40): string {
  const masked = maskPersonal(description.replace(/\s+/g, " "));
  return masked.length > max ? `${masked.slice(0, max)}…` : masked;
}

const similarLimit = () => Number(process.env.SIMILAR_RATE_LIMIT_PER_IP ?? 60) || 60;

/**
 * Public: accepted cases of the same category near a point, so a worker can join one instead of
 * filing anew. Only cases staff have reviewed (past SUBMITTED, not declined or merged) are shown,
 * and lookups per client are limited, so the panel cannot be used to sweep the map for cases.
 */
export async function similarOpenCases(category: string, lat: number, lng: number, ip: string, now = new Date()): Promise<SimilarCase[]> {
  const wait = await hitRateLimit("case-similar", ip, similarLimit(), 600);
  if (wait) throw Object.assign(new AppError("rate_limited", 429), { retryAfter: wait });
  const rows = await findSimilarOpenCases(category, lat, lng);
  return rows.map((r) => ({
    id: r.id,
    summary: anonymisedSummary(r.description),
    within_m: DISTANCE_BANDS.find((b) => r.distance_m < b) ?? 300,
    days_ago: Math.floor((now.getTime() - r.created_at.getTime()) / 86_400_000),
    supporters: r.supporter_count,
  }));
}

// Public: "我也遇到". Counted once per client per case per hour; nothing about the person is kept.
export async function supportCase(caseId: string, ip: string): Promise<void> {
  if (!(await caseIsAccepted(caseId))) throw new AppError("not_found", 404);
  const wait = await hitRateLimit("case-support", `${ip}:${caseId}`, 1, 3600);
  if (wait) throw Object.assign(new AppError("rate_limited", 429), { retryAfter: wait });
  await addSupporter(caseId);
}
