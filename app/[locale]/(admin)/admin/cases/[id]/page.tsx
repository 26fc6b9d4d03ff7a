import { getLocale, getTranslations } from "next-intl/server";
import { chinaDate } from "@/lib/time/china";
import { CaseActions } from "@/lib/cases/detail/components/case-actions";
import { CaseConsultations } from "@/lib/cases/detail/components/case-consultations";
import { CaseDepartments } from "@/lib/cases/detail/components/case-departments";
import { CaseExtensions } from "@/lib/cases/detail/components/case-extensions";
import { CaseHeader } from "@/lib/cases/detail/components/case-header";
import { CaseSupervision } from "@/lib/cases/detail/components/case-supervision";
import { CaseReport } from "@/lib/cases/detail/components/case-report";
import { CaseTimeline } from "@/lib/cases/detail/components/case-timeline";
import { loadFilterOptions } from "@/lib/cases/inbox/filter-options";
import { loadCaseDetail } from "@/lib/cases/detail/loaders";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props) {
  const [{ case: c }, t] = await Promise.all([params.then((p) => loadCaseDetail(p.id)), getTranslations("dashboard.detail")]);
  return { title: t("title", { reference: c.reference }) };
}

const DAY = 86_400_000;

/** One case for staff. loadCaseDetail authorizes: a liaison outside the case's departments gets a 404. */
export default async function CaseDetailPage({ params }: Props) {
  const { id } = await params;
  const [detail, locale] = await Promise.all([loadCaseDetail(id), getLocale()]);
  const options = await loadFilterOptions(locale);
  const en = locale === "en";
  const c = detail.case;
  const now = new Date();
  // A new deadline must be a later day than both today and the current deadline.
  const extensionMin = chinaDate(new Date(Math.max(now.getTime(), c.dueAt?.getTime() ?? 0) + DAY));
  return (
    <div className="space-y-4">
      <CaseHeader c={c} dueSoon={!!c.dueAt && c.dueAt > now && c.dueAt.getTime() - now.getTime() < DAY} />
      <div className="grid gap-4 xl:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="min-w-0 space-y-4">
          <CaseReport c={c} viewer={detail.viewer} />
          <CaseTimeline events={c.events} />
        </div>
        <div className="min-w-0 space-y-4">
          <CaseActions
            detail={detail}
            categories={options.categories}
            departments={detail.departments.map((d) => ({ value: d.id, label: en ? d.nameEn : d.nameZh }))}
            cannedReplies={detail.cannedReplies.map((r) => ({ id: r.id, title: en ? r.titleEn : r.titleZh, body: en ? r.bodyEn : r.bodyZh }))}
            dates={{ today: chinaDate(now), extensionMin }}
          />
          <CaseSupervision orders={c.supervisionOrders} caseId={c.id} status={c.status} commands={detail.commands} />
          <CaseDepartments departments={c.departments} />
          <CaseConsultations consultations={c.consultations} />
          <CaseExtensions extensions={c.extensions} canDecide={detail.viewer.role === "OFFICER"} />
        </div>
      </div>
    </div>
  );
}
