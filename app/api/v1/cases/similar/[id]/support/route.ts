import { apiError, apiLocale } from "@/lib/cases/intake/api-request";
import { supportCase } from "@/lib/cases/intake/similar";
import { AppError } from "@/lib/errors";
import { clientAddress } from "@/lib/http/client-address";

export const dynamic = "force-dynamic";

// public: "我也遇到" — adds one to an open case's count of workers with the same problem.
export async function POST(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const locale = apiLocale(req);
  try {
    const { id } = await params;
    if (!/^[a-z0-9]{20,40}$/.test(id)) throw new AppError("not_found", 404);
    await supportCase(id, clientAddress(req.headers));
    return Response.json({ ok: true }, { headers: { "Cache-Control": "no-store" } });
  } catch (e) {
    return apiError(e, locale);
  }
}
