import { getTranslations } from "next-intl/server";
import { PublicHeader } from "@/components/shell/public-header";
import { PageHeading } from "@/components/ui/page-heading";
import { SignInForm } from "@/lib/auth/components/sign-in-form";
import { ClientMessages } from "@/lib/i18n/client-messages";

export async function generateMetadata() {
  const t = await getTranslations("auth");
  return { title: t("signInTitle") };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string | string[] }> }) {
  const t = await getTranslations("auth");
  const { callbackUrl } = await searchParams;
  return (
    <>
      <PublicHeader />
      <main id="main" className="mx-auto max-w-sm px-4 py-8">
        <PageHeading title={t("signInTitle")} />
        <ClientMessages namespaces={["auth", "merchants", "errors"]}>
          <SignInForm callbackUrl={typeof callbackUrl === "string" ? callbackUrl : undefined} />
        </ClientMessages>
      </main>
    </>
  );
}
