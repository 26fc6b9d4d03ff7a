import { forbidden } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/page-heading";
import { getSessionUser } from "@/lib/auth/session";
import { Link } from "@/lib/i18n/link";
import { MerchantHome } from "@/lib/merchants/components/merchant-home";
import { loadMerchantHome } from "@/lib/merchants/loaders";

export async function generateMetadata() {
  const t = await getTranslations("merchants.home");
  return { title: t("title") };
}

const primaryLink = "flex min-h-12 items-center justify-center rounded-lg bg-brand-700 px-5 font-bold text-white hover:bg-brand-800";
const secondaryLink = "flex min-h-12 items-center justify-center rounded-lg border-2 border-stone-600 bg-white px-5 font-semibold text-stone-900 hover:bg-stone-100";

export default async function MerchantPage({ searchParams }: { searchParams: Promise<{ submitted?: string }> }) {
  const user = await getSessionUser();
  if (user && user.role !== "MERCHANT") forbidden();
  if (!user) {
    const t = await getTranslations("merchants.landing");
    return (
      <div className="mx-auto max-w-xl space-y-4">
        <PageHeading title={t("title")}>{t("intro")}</PageHeading>
        <ol className="list-decimal space-y-1 pl-6 text-stone-800">
          <li>{t("step1")}</li>
          <li>{t("step2")}</li>
          <li>{t("step3")}</li>
        </ol>
        <Link href="/merchant/sign-up" className={primaryLink}>
          {t("signUp")}
        </Link>
        <Link href={{ pathname: "/sign-in", query: { callbackUrl: "/merchant" } }} className={secondaryLink}>
          {t("signIn")}
        </Link>
      </div>
    );
  }
  const [t, home, { submitted }] = await Promise.all([getTranslations("merchants.home"), loadMerchantHome(), searchParams]);
  return (
    <div className="mx-auto max-w-xl space-y-4">
      <PageHeading title={t("title")}>{t("intro", { name: user.name })}</PageHeading>
      {submitted ? (
        <p role="status" className="rounded-md border border-green-800 bg-green-50 p-3 font-medium text-green-900">
          {t("submitted")}
        </p>
      ) : null}
      <Link href="/merchant/apply" className={primaryLink}>
        {t("apply")}
      </Link>
      <MerchantHome home={home} />
    </div>
  );
}
