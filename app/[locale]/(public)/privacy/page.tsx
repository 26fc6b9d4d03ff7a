import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/page-heading";
import { PrivacyNotice } from "@/lib/cases/intake/components/privacy-notice";

export async function generateMetadata() {
  const t = await getTranslations("cases.privacy");
  return { title: t("title") };
}

export default async function PrivacyPage() {
  const t = await getTranslations("cases.privacy");
  return (
    <>
      <PageHeading title={t("title")} />
      <PrivacyNotice />
    </>
  );
}
