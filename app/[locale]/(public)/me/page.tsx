import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/page-heading";
import { getSessionUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { SignOutButton } from "@/lib/auth/components/sign-out-button";
import { Link } from "@/lib/i18n/link";

export async function generateMetadata() {
  const t = await getTranslations("me");
  return { title: t("title") };
}

const linkClass = "flex min-h-12 items-center rounded-md border border-stone-300 bg-white px-4 font-medium text-brand-700 hover:bg-brand-50";

export default async function MePage() {
  const t = await getTranslations("me");
  const tm = await getTranslations("merchants.me");
  const user = await getSessionUser();
  return (
    <>
      <PageHeading title={t("title")} />
      {user ? (
        <div className="space-y-3">
          <p>{t("signedInAs", { name: user.name })}</p>
          {can(user.role, "admin:enter") ? (
            <Link href="/admin" className={linkClass}>
              {t("admin")}
            </Link>
          ) : null}
          {user.role === "MERCHANT" ? (
            <Link href="/merchant" className={linkClass}>
              {tm("link")}
            </Link>
          ) : null}
          <SignOutButton />
        </div>
      ) : (
        <ul className="space-y-3">
          <li>
            <Link href="/sign-in" className={linkClass}>
              {t("staffSignIn")}
            </Link>
          </li>
          <li>
            <Link href="/merchant" className={linkClass}>
              {tm("link")}
            </Link>
          </li>
        </ul>
      )}
    </>
  );
}
