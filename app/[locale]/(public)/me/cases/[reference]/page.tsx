import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CaseDetails } from "@/lib/cases/tracking/components/case-details";
import { ClientMessages } from "@/lib/i18n/client-messages";
import { Link } from "@/lib/i18n/link";
import type { Locale } from "@/lib/i18n/routing";
import { redirect } from "@/lib/i18n/server-navigation";
import { loadMyCase } from "@/lib/workers/loaders";
import { getWorkerSession } from "@/lib/workers/session";

export async function generateMetadata() {
  const t = await getTranslations("workers.myCases");
  return { title: t("title") };
}

/** A signed-in worker's own case, without the code: the session's verified phone must be the case's. */
export default async function MyCasePage({ params }: { params: Promise<{ locale: string; reference: string }> }) {
  const { locale, reference } = await params;
  if (!(await getWorkerSession())) return redirect({ href: "/me", locale: locale as Locale });
  const view = await loadMyCase(decodeURIComponent(reference));
  if (!view) notFound();
  const t = await getTranslations("workers.myCases");
  return (
    <div className="mx-auto max-w-xl space-y-4">
      <Link href="/me" className="inline-flex min-h-11 items-center font-medium text-brand-700 underline">
        {t("back")}
      </Link>
      <ClientMessages namespaces={["cases", "caseErrors", "errors"]}>
        <CaseDetails view={view} secret={null} />
      </ClientMessages>
    </div>
  );
}
