import { useTranslations } from "next-intl";
import { CHASEABLE_STATUSES, type TransitionName } from "@/lib/cases/workflow/workflow";
import type { CannedReplyOption, CaseDetail, DepartmentOption } from "../types";
import type { Option } from "@/lib/cases/inbox/filter-options";
import { ConsultationForm } from "./forms/consultation-form";
import { DispatchForm, ReturnForm, SimpleCommandForm } from "./forms/dispatch-forms";
import { ExtensionRequestForm } from "./forms/extension-forms";
import { CommandSection } from "./forms/fields";
import { AcceptForm, DeclineForm, MergeForm } from "./forms/acceptance-forms";
import { NoteForm } from "./forms/note-form";
import { ChaseForm } from "./forms/chase-form";

import { AssessForm, ResolveForm } from "./forms/resolution-forms";

type Props = {
  detail: CaseDetail;
  categories: Option[];
  departments: DepartmentOption[];
  cannedReplies: CannedReplyOption[];
  dates: { today: string; extensionMin: string };
};

/**
 * Offers exactly what the workflow table allows this user now (`transitions`, computed on the
 * server), plus the commands outside the table: recording a consultation, asking for more time and
 * writing notes. Read-only roles get no forms at all. The server checks everything again.
 */
export function CaseActions({ detail, categories, departments, cannedReplies, dates }: Props) {
  const t = useTranslations("dashboard");
  const { case: c, viewer, transitions, commands } = detail;
  if (viewer.readOnly) return <p className="rounded-md border border-stone-400 bg-stone-100 p-3">{t("detail.readOnly")}</p>;
  const base = { caseId: c.id, version: c.version };
  const caseDepartments = c.departments.map((d) => d.departmentId);
  const canExtend = commands.includes("request_extension") && (c.status === "IN_PROGRESS" || c.status === "CONSULTATION") && !c.extensions.some((x) => x.status === "PENDING");

  const form = (name: TransitionName) => {
    switch (name) {
      case "accept":
        return <AcceptForm {...base} categories={categories} category={c.categoryCode} />;
      case "decline":
        return <DeclineForm {...base} />;
      case "merge":
        return <MergeForm {...base} />;
      case "dispatch":
      case "redispatch":
      case "dispatch_reopened":
        return <DispatchForm {...base} name={name} departments={departments} lead={c.leadDepartmentId} assisting={c.departments.filter((d) => d.role === "ASSIST").map((d) => d.departmentId)} />;
      case "sign":
      case "start_consultation":
      case "conclude_consultation":
        return <SimpleCommandForm {...base} name={name} />;
      case "return":
        return <ReturnForm {...base} />;
      case "resolve":
        return <ResolveForm {...base} cannedReplies={cannedReplies} />;
      case "assess":
        return <AssessForm {...base} />;
      default:
        return null; // The worker's ratings and the system's timers are never offered to staff.
    }
  };
  const offered = transitions.filter((n) => form(n) !== null);

  return (
    <section aria-labelledby="actions-heading" className="space-y-2">
      <h2 id="actions-heading" className="text-xl font-bold">
        {t("actions.title")}
      </h2>
      {offered.length === 0 ? <p>{t("actions.none")}</p> : null}
      {offered.map((n) => (
        <CommandSection key={n} id={`action-${n}`} title={t(`actions.${n as "accept"}`)}>
          {form(n)}
        </CommandSection>
      ))}
      {commands.includes("record_consultation") && c.status === "CONSULTATION" ? (
        <CommandSection id="action-record-consultation" title={t("actions.recordConsultation")}>
          <ConsultationForm caseId={c.id} departments={departments} caseDepartments={caseDepartments} today={dates.today} />
        </CommandSection>
      ) : null}
      {canExtend ? (
        <CommandSection id="action-extension" title={t("actions.requestExtension")}>
          <ExtensionRequestForm caseId={c.id} minDate={dates.extensionMin} />
        </CommandSection>
      ) : null}
      {commands.includes("chase") && CHASEABLE_STATUSES.includes(c.status) ? (
        <CommandSection id="action-chase" title={t("actions.chase", { count: c.chaseCount })}>
          <ChaseForm caseId={c.id} />
        </CommandSection>
      ) : null}
      {commands.includes("internal_note") ? (
        <CommandSection id="action-note" title={t("actions.note")}>
          <NoteForm caseId={c.id} cannedReplies={cannedReplies} allowPublic={commands.includes("public_reply")} />
        </CommandSection>
      ) : null}
    </section>
  );
}
