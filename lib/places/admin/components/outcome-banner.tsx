import { getTranslations } from "next-intl/server";

const DONE = ["fixed", "dismissed", "converted", "created"] as const;

/** The result of a form post that redirected back here (?done=… or ?error=…). */
export async function OutcomeBanner({ params }: { params: Record<string, string | string[] | undefined> }) {
  const t = await getTranslations("directory");
  const one = (k: string) => (typeof params[k] === "string" ? (params[k] as string) : undefined);
  const done = one("done") ?? (one("created") ? "created" : undefined);
  const error = one("error");
  if (done && (DONE as readonly string[]).includes(done)) {
    const reference = (one("reference") ?? "").replace(/[^A-Z0-9-]/g, "").slice(0, 30);
    return (
      <p role="status" className="mb-4 rounded-md border-2 border-green-700 bg-green-50 p-3 font-medium text-green-900">
        {t(`outcome.${done as (typeof DONE)[number]}`, { reference })}
      </p>
    );
  }
  if (error) {
    const key = /^[a-z_]+$/.test(error) && t.has(`errors.${error}` as never) ? `errors.${error}` : "errors.generic";
    return (
      <p role="alert" className="mb-4 rounded-md border-2 border-red-700 bg-white p-3 font-medium text-red-900">
        {t(key as never)}
      </p>
    );
  }
  return null;
}
