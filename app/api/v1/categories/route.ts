import { apiLocale } from "@/lib/cases/intake/api-request";
import { loadCategoryCatalogue } from "@/lib/cases/intake/loaders";
import { cachedJson } from "@/lib/http/cached-json";

export const dynamic = "force-dynamic";

// public: what a front end needs to build the grievance form, in the caller's language.
export async function GET(req: Request) {
  const catalogue = await loadCategoryCatalogue(apiLocale(req), new URL(req.url).origin);
  return cachedJson(req, catalogue, { maxAge: 300 });
}
