import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/link";
import { loadUnreadCount } from "../loaders";

/** The header's bell: a link to /admin/notifications whose name says how many are unread. */
export async function NotificationBell() {
  const [count, t] = await Promise.all([loadUnreadCount(), getTranslations("dashboard.notifications")]);
  return (
    <Link href="/admin/notifications" aria-label={t("bell", { count })} className="relative inline-flex min-h-11 min-w-11 items-center justify-center rounded-md border border-stone-300 px-2 text-stone-900 hover:bg-stone-100">
      <svg aria-hidden="true" viewBox="0 0 24 24" className="size-6" fill="none" stroke="currentColor" strokeWidth="2">
        <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      {count > 0 ? (
        // The number is drawn by CSS, not as text: the link's name already says it in words, and a bare
        // digit as content would not match that name for assistive technology (axe: label-content-name-mismatch).
        <span
          aria-hidden="true"
          data-count={count > 99 ? "99+" : String(count)}
          className="absolute -top-1 -right-1 min-w-5 rounded-full bg-red-700 px-1 text-center text-xs font-bold text-white after:content-[attr(data-count)]"
        />
      ) : null}
    </Link>
  );
}
