import type { InboxFilter } from "./schema";

/** The keys a filter may set in the URL, in a stable order: what saved views store. */
const SCALAR_KEYS = ["category", "workerGroup", "district", "department", "channel", "from", "to", "q"] as const;

/** Serialises a filter back into a query string (without the page cursor unless given). */
export function inboxQuery(f: InboxFilter, extra: { cursor?: string | null; view?: string | null } = {}): string {
  const p = new URLSearchParams();
  for (const s of f.status) p.append("status", s);
  if (f.overdue) p.set("overdue", "1");
  if (f.dueSoon) p.set("dueSoon", "1");
  if (f.supervised) p.set("supervised", "1");
  if (f.acceptOverdue) p.set("acceptOverdue", "1");
  for (const k of SCALAR_KEYS) if (f[k]) p.set(k, f[k]!);
  if (extra.view) p.set("view", extra.view);
  if (extra.cursor) p.set("cursor", extra.cursor);
  return p.toString();
}

export const casesHref = (query: string) => (query ? `/admin/cases?${query}` : "/admin/cases");
