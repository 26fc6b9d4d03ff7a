import { getTranslations } from "next-intl/server";
import { NotBuiltNotice } from "@/components/ui/not-built-notice";
import { PageHeading } from "@/components/ui/page-heading";

export async function generateMetadata() {
  const t = await getTranslations("track");
  return { title: t("title") };
}

export default async function TrackPage() {
  const t = await getTranslations("track");
  return (
    <>
      <PageHeading title={t("title")}>{t("intro")}</PageHeading>
      <NotBuiltNotice />
    </>
  );
}
