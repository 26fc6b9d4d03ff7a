import { getLocale, getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/page-heading";
import { getSessionUser } from "@/lib/auth/session";
import { Link } from "@/lib/i18n/link";
import { redirect } from "@/lib/i18n/server-navigation";
import { SignUpForm } from "@/lib/merchants/components/sign-up-form";
import { ClientMessages } from "@/lib/i18n/client-messages";

export async function generateMetadata() {
  const t = await getTranslations("merchants.signUp");
  return { title: t("title") };
}

export default async function MerchantSignUpPage() {
  const user = await getSessionUser();
  if (user?.role === "MERCHANT") redirect({ href: "/merchant", locale: await getLocale() });
  const t = await getTranslations("merchants.signUp");
  return (
    <div className="mx-auto max-w-sm space-y-4">
      <PageHeading title={t("title")}>{t("intro")}</PageHeading>
      <ClientMessages namespaces={["merchants", "auth", "errors"]}>
        <SignUpForm />
      </ClientMessages>
      <p>
        <Link href={{ pathname: "/sign-in", query: { callbackUrl: "/merchant" } }} className="inline-flex min-h-11 items-center font-semibold text-brand-800 underline">
          {t("haveAccount")}
        </Link>
      </p>
    </div>
  );
}
