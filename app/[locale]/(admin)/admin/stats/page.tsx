import { getTranslations } from "next-intl/server";
import { NotBuiltNotice } from "@/components/ui/not-built-notice";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePermission } from "@/lib/auth/session";

export default async function AdminStatsPage() {
  await requirePermission("admin:enter");
  const t = await getTranslations("admin");
  return (
    <>
      <PageHeading title={t("stats")} />
      <NotBuiltNotice />
    </>
  );
}
