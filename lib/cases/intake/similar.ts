import "server-only";
import { AppError } from "@/lib/errors";
import { hitRateLimit } from "@/lib/http/rate-limit";
import { addSupporter } from "../workflow/mutations/core";
import { caseIsOpen, findSimilarOpenCases } from "./data";

export type SimilarCase = { id: string; summary: string; distance_m: number; days_ago: number; supporters: number };

/** A one-line excerpt with anything that looks like a phone, ID or plate number masked. */
export function anonymisedSummary(description: string, max = 40): string {
  const masked = description.replace(/\s+/g, " ").replace(/[0-9A-Za-z]{5,}/g, (m) => "*".repeat(Math.min(m.length, 6)));
  return masked.length > max ? `${masked.slice(0, max)}…` : masked;
}

// Public: open cases of the same category near a point, so a worker can join one instead of filing anew.
export async function similarOpenCases(category: string, lat: number, lng: number, now = new Date()): Promise<SimilarCase[]> {
  const rows = await findSimilarOpenCases(category, lat, lng);
  return rows.map((r) => ({
    id: r.id,
    summary: anonymisedSummary(r.description),
    distance_m: Math.round(r.distance_m),
    days_ago: Math.floor((now.getTime() - r.created_at.getTime()) / 86_400_000),
    supporters: r.supporter_count,
  }));
}

// Public: "我也遇到". Counted once per client per case per hour; nothing about the person is kept.
export async function supportCase(caseId: string, ip: string): Promise<void> {
  if (!(await caseIsOpen(caseId))) throw new AppError("not_found", 404);
  const wait = await hitRateLimit("case-support", `${ip}:${caseId}`, 1, 3600);
  if (wait) throw Object.assign(new AppError("rate_limited", 429), { retryAfter: wait });
  await addSupporter(caseId);
}
