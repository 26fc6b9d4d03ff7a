import type { PublicCaseView } from "./track-and-rate";

/** The API's public view of a case, in one language; photo URLs need the same bearer secret. */
export function publicCaseJson(view: PublicCaseView, locale: "zh-CN" | "en", origin: string) {
  const en = locale === "en";
  return {
    reference: view.reference,
    category: { code: view.category.code, name: en ? view.category.en : view.category.zh },
    status: view.status,
    submitted_at: view.submittedAt,
    deadline: view.dueAt,
    department: view.department ? (en ? view.department.en : view.department.zh) : null,
    merged_into: view.mergedInto,
    awaiting_rating: view.awaitingRating,
    rating: view.rating,
    photos: view.photoIds.map((id) => `${origin}/api/v1/cases/${view.reference}/photos/${id}`),
    // Latest first. A note is either a reply from staff or the worker's own comment, never both.
    timeline: view.timeline.map((e) => ({ type: e.type, status: e.status, reply: e.byWorker ? null : e.note, worker_comment: e.byWorker ? e.note : null, at: e.at })),
  };
}
