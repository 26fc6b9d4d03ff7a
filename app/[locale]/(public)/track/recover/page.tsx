import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/page-heading";
import { ClientMessages } from "@/lib/i18n/client-messages";
import { RecoverForm } from "@/lib/workers/components/recover-form";

export async function generateMetadata() {
  const t = await getTranslations("workers.recover");
  return { title: t("title") };
}

export default async function RecoverPage() {
  const t = await getTranslations("workers.recover");
  return (
    <div className="mx-auto max-w-xl">
      <PageHeading title={t("title")}>{t("intro")}</PageHeading>
      <ClientMessages namespaces={["workers"]}>
        <RecoverForm />
      </ClientMessages>
    </div>
  );
}
