import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/page-heading";
import { getSessionUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { SignOutButton } from "@/lib/auth/components/sign-out-button";
import { SavedCasesList } from "@/lib/cases/tracking/components/saved-cases-list";
import { ClientMessages } from "@/lib/i18n/client-messages";
import { Link } from "@/lib/i18n/link";
import { WORKER_SECTIONS } from "@/lib/me/sections";
import { maskPhone } from "@/lib/workers/components/my-cases";
import { WorkerSignInForm } from "@/lib/workers/components/worker-sign-in-form";
import { getWorkerSession } from "@/lib/workers/session";

export async function generateMetadata() {
  const t = await getTranslations("me");
  return { title: t("title") };
}

const linkClass = "flex min-h-12 items-center rounded-md border border-stone-300 bg-white px-4 font-medium text-brand-700 hover:bg-brand-50";

export default async function MePage() {
  const t = await getTranslations("me");
  const tm = await getTranslations("merchants.me");
  const tw = await getTranslations("workers.signIn");
  const [user, worker] = await Promise.all([getSessionUser(), getWorkerSession()]);
  // The device's saved cases are shown to everyone on this phone: they need no sign-in.
  const saved = (
    <ClientMessages namespaces={["cases"]}>
      <SavedCasesList />
    </ClientMessages>
  );
  if (user) {
    return (
      <>
        <PageHeading title={t("title")} />
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
      </>
    );
  }
  if (worker) {
    return (
      <>
        <PageHeading title={t("title")} />
        <div className="space-y-6">
          <p data-testid="worker-signed-in">{tw("signedInAs", { phone: maskPhone(worker.phone) })}</p>
          {WORKER_SECTIONS.map((s) => (
            <div key={s.id}>{s.render(worker)}</div>
          ))}
          {saved}
          <SignOutButton />
        </div>
      </>
    );
  }
  return (
    <>
      <PageHeading title={t("title")} />
      <div className="space-y-6">
        {saved}
        <ClientMessages namespaces={["workers"]}>
          <WorkerSignInForm />
        </ClientMessages>
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
      </div>
    </>
  );
}
