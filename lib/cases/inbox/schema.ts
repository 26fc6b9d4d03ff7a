import { z } from "zod";
import { CASE_STATUSES } from "../workflow/workflow";
import { CHANNELS } from "../schema";

/** Inbox filters, from the URL's search params (so views can be saved and shared as links). */
export const inboxFilterSchema = z.object({
  status: z.array(z.enum(CASE_STATUSES)).default([]),
  overdue: z.boolean().default(false),
  dueSoon: z.boolean().default(false),
  /** 督办件: a supervision order was opened on the case (answered or not). */
  supervised: z.boolean().default(false),
  /** 受理超期: still awaiting acceptance after its 受理 deadline. */
  acceptOverdue: z.boolean().default(false),
  category: z.string().max(40).optional(),
  workerGroup: z.string().max(40).optional(),
  district: z.enum(["JINCHUAN", "YONGCHANG"]).optional(),
  department: z.string().max(40).optional(),
  channel: z.enum(CHANNELS).optional(),
  from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  q: z.string().trim().max(100).optional(),
  cursor: z.string().max(80).optional(),
});
export type InboxFilter = z.infer<typeof inboxFilterSchema>;

/** Parses URLSearchParams-like input leniently: a bad value is dropped, never a crash. */
export function parseInboxFilter(params: Record<string, string | string[] | undefined>): InboxFilter {
  const one = (k: string) => (Array.isArray(params[k]) ? params[k]![0] : params[k]) || undefined;
  const many = (k: string) => (Array.isArray(params[k]) ? params[k]! : params[k] ? String(params[k]).split(",") : []);
  const raw = {
    status: many("status").filter((s) => (CASE_STATUSES as readonly string[]).includes(s)),
    overdue: one("overdue") === "1",
    dueSoon: one("dueSoon") === "1",
    supervised: one("supervised") === "1",
    acceptOverdue: one("acceptOverdue") === "1",
    category: one("category"),
    workerGroup: one("workerGroup"),
    district: one("district"),
    department: one("department"),
    channel: one("channel"),
    from: one("from"),
    to: one("to"),
    q: one("q"),
    cursor: one("cursor"),
  };
  const parsed = inboxFilterSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const bad = new Set(parsed.error.issues.map((i) => String(i.path[0])));
  return inboxFilterSchema.parse(Object.fromEntries(Object.entries(raw).filter(([k]) => !bad.has(k))));
}

export const savedViewSchema = z.strictObject({ name: z.string().trim().min(1).max(60), query: z.string().max(1000) });
