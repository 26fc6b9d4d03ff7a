import { z } from "zod";

/** Directives we count by name; anything else a browser reports is counted as "other". */
const KNOWN = new Set([
  "default-src", "script-src", "script-src-elem", "script-src-attr", "style-src", "style-src-elem", "style-src-attr",
  "img-src", "font-src", "connect-src", "object-src", "base-uri", "form-action", "frame-ancestors", "frame-src",
  "child-src", "worker-src", "manifest-src", "media-src", "trusted-types", "require-trusted-types-for",
]);

// report-uri: one object {"csp-report": {...}} (application/csp-report).
const legacy = z.object({
  "csp-report": z.object({ "effective-directive": z.string().max(100).optional(), "violated-directive": z.string().max(500).optional() }),
});
// report-to: the Reporting API's batch (application/reports+json).
const reportingApi = z
  .array(z.object({ type: z.string().max(50), body: z.object({ effectiveDirective: z.string().max(100).optional() }).loose() }).loose())
  .max(100);

/** The directives named in a report body, in either format; null when it is neither. */
export function directivesIn(json: unknown): string[] | null {
  const one = legacy.safeParse(json);
  if (one.success) {
    const r = one.data["csp-report"];
    return [normalize(r["effective-directive"] ?? r["violated-directive"]?.split(" ")[0])];
  }
  const batch = reportingApi.safeParse(json);
  if (batch.success) return batch.data.filter((r) => r.type === "csp-violation").map((r) => normalize(r.body.effectiveDirective));
  return null;
}

function normalize(d: string | undefined): string {
  const name = (d ?? "").trim().toLowerCase();
  return KNOWN.has(name) ? name : "other";
}
