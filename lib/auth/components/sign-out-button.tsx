import { getTranslations } from "next-intl/server";
import { signOutAction } from "../actions";

export async function SignOutButton({ className }: { className?: string }) {
  const t = await getTranslations("auth");
  return (
    <form action={signOutAction}>
      <button type="submit" className={className ?? "min-h-11 rounded-md border border-stone-400 bg-white px-4 font-medium hover:bg-stone-100"}>
        {t("signOut")}
      </button>
    </form>
  );
}
