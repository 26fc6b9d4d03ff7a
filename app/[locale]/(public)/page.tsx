import { getTranslations } from "next-intl/server";
import { NotBuiltNotice } from "@/components/ui/not-built-notice";
import { PageHeading } from "@/components/ui/page-heading";

export default async function HomePage() {
  const t = await getTranslations("home");
  return (
    <>
      <PageHeading title={t("title")}>{t("intro")}</PageHeading>
      <NotBuiltNotice />
    </>
  );
}
