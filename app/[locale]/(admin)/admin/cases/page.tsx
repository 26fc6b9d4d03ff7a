import { getLocale, getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/page-heading";
import { hasRole, rolesFor } from "@/lib/auth/roles";
import { requirePermission } from "@/lib/auth/session";
import { loadFilterOptions } from "@/lib/cases/inbox/filter-options";
import { InboxBoard } from "@/lib/cases/inbox/components/inbox-board";
import { InboxFilters } from "@/lib/cases/inbox/components/inbox-filters";
import { casesHref, inboxQuery } from "@/lib/cases/inbox/query";
import { InboxTable } from "@/lib/cases/inbox/components/inbox-table";
import { SavedViews } from "@/lib/cases/inbox/components/saved-views";
import { ViewSwitch } from "@/lib/cases/inbox/components/view-switch";
import { Link } from "@/lib/i18n/link";
import { loadInbox } from "@/lib/cases/inbox/loaders";

export async function generateMetadata() {
  const t = await getTranslations("dashboard.inbox");
  return { title: t("title") };
}

type Params = Record<string, string | string[] | undefined>;

const savedQuery = (filters: unknown) => (filters && typeof filters === "object" && "query" in filters && typeof filters.query === "string" ? filters.query : "");

export default async function AdminCasesPage({ searchParams }: { searchParams: Promise<Params> }) {
  const user = await requirePermission("cases:read");
  const params = await searchParams;
  const board = params.view === "board";
  const [inbox, options, t, tAll] = await Promise.all([loadInbox(params), getLocale().then(loadFilterOptions), getTranslations("dashboard"), getTranslations()]);
  const filters = inboxQuery({ ...inbox.filter, cursor: undefined });
  const query = inboxQuery({ ...inbox.filter, cursor: undefined }, { view: board ? "board" : null });
  const nextPage = inbox.nextCursor ? casesHref(inboxQuery(inbox.filter, { cursor: inbox.nextCursor, view: board ? "board" : null })) : null;
  return (
    <div className="space-y-4">
      <PageHeading title={t("inbox.title")}>{t("inbox.intro")}</PageHeading>
      {hasRole(user.role, rolesFor("cases:intake")) ? (
        <Link href="/admin/cases/new" className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800">
          {tAll("cases.staff.newCase")}
        </Link>
      ) : null}
      <InboxFilters filter={inbox.filter} options={options} counts={inbox.counts} view={board ? "board" : "table"} />
      <SavedViews views={inbox.savedViews.map((v) => ({ id: v.id, name: v.name, query: savedQuery(v.filters) }))} currentQuery={query} />
      <ViewSwitch view={board ? "board" : "table"} query={filters} />
      {inbox.rows.length === 0 ? (
        <p role="status" className="rounded-md border border-stone-300 bg-white p-4">
          {t("inbox.empty")}
        </p>
      ) : board ? (
        <InboxBoard rows={inbox.rows} counts={inbox.counts} options={options} stages={inbox.filter.status} />
      ) : (
        <InboxTable rows={inbox.rows} options={options} />
      )}
      {inbox.filter.cursor || nextPage ? (
        <nav aria-label={t("inbox.pagination")} className="flex gap-4">
          {inbox.filter.cursor ? (
            <Link href={casesHref(query)} className="inline-flex min-h-11 items-center text-brand-800 underline">
              {t("inbox.firstPage")}
            </Link>
          ) : null}
          {nextPage ? (
            <Link href={nextPage} className="inline-flex min-h-11 items-center font-semibold text-brand-800 underline">
              {t("inbox.more")}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
