import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/page-heading";
import { TrackPanel } from "@/lib/cases/tracking/components/track-panel";
import { ClientMessages } from "@/lib/i18n/client-messages";
import { Link } from "@/lib/i18n/link";

export async function generateMetadata() {
  const t = await getTranslations("track");
  return { title: t("title") };
}

export default async function TrackPage({ searchParams }: { searchParams: Promise<{ ref?: string | string[] }> }) {
  const t = await getTranslations("track");
  const tc = await getTranslations("cases.track");
  // Only the reference may come in the URL (from the "track this case" link); the code never does.
  const { ref } = await searchParams;
  const reference = typeof ref === "string" && /^[A-Za-z0-9-]{1,30}$/.test(ref) ? ref : undefined;
  return (
    <div className="mx-auto max-w-xl">
      <PageHeading title={t("title")}>{t("intro")}</PageHeading>
      <ClientMessages namespaces={["cases", "caseErrors", "errors"]}>
        <TrackPanel initialReference={reference} />
      </ClientMessages>
      <p className="mt-6">
        <Link href="/track/recover" className="inline-flex min-h-11 items-center font-medium text-brand-700 underline">
          {tc("lost")}
        </Link>
      </p>
    </div>
  );
}
