import { getLocale, getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/page-heading";
import { getSessionUser } from "@/lib/auth/session";
import { Link, redirect } from "@/lib/i18n/navigation";
import { SignUpForm } from "@/lib/merchants/components/sign-up-form";

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
      <SignUpForm />
      <p>
        <Link href={{ pathname: "/sign-in", query: { callbackUrl: "/merchant" } }} className="inline-flex min-h-11 items-center font-semibold text-brand-800 underline">
          {t("haveAccount")}
        </Link>
      </p>
    </div>
  );
}
