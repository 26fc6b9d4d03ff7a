import type { EmailMessage } from "@/lib/notify/email";
import type { MerchantNotificationKind, StaffNotificationKind, WorkerNotificationKind } from "@/lib/notify/mutations";
import { CHINA_LONG_DATE_TIME } from "@/lib/time/china";

/**
 * The words of e-mails to staff and texts to workers (zh-CN: staff and workers in Jinchang), made
 * when the job sends them. Only named payload fields are used, so nothing else a caller put in
 * the payload (and never the tracking secret, which no row holds) can reach a message.
 */
type Payload = Record<string, unknown>;

const chinaTime = new Intl.DateTimeFormat("zh-CN", CHINA_LONG_DATE_TIME);

function field(payload: Payload, name: string): string | undefined {
  const v = payload[name];
  return typeof v === "string" && v.trim() ? v : undefined;
}

function when(payload: Payload): string {
  const iso = field(payload, "dueAt");
  const d = iso ? new Date(iso) : undefined;
  return d && !Number.isNaN(d.getTime()) ? chinaTime.format(d) : "";
}

/** PUBLIC_URL without a trailing slash, or "" when unset. */
function publicUrl(): string {
  return (process.env.PUBLIC_URL ?? "").replace(/\/+$/, "");
}

const STAFF_SUBJECTS: Record<StaffNotificationKind, (ref: string) => string> = {
  dispatched: (ref) => `新派单：诉求 ${ref}`,
  returned: (ref) => `退单：诉求 ${ref} 待重新派单`,
  reminder: (ref) => `即将到期：诉求 ${ref}`,
  chase: (ref) => `催办：诉求 ${ref} 已超期`,
  escalation: (ref) => `督办：诉求 ${ref} 超期未办结`,
  extension_requested: (ref) => `延期申请待审核：诉求 ${ref}`,
  extension_decided: (ref) => `延期申请已审核：诉求 ${ref}`,
  officer_chase: (ref) => `催办：诉求 ${ref} 请尽快办理`,
  supervision_opened: (ref) => `督办：诉求 ${ref} 请按期反馈`,
  supervision_answered: (ref) => `督办已反馈：诉求 ${ref}`,
  supervision_reminder: (ref) => `督办反馈即将到期：诉求 ${ref}`,
  supervision_chase: (ref) => `督办反馈已逾期：诉求 ${ref}`,
  supervision_escalation: (ref) => `督办反馈逾期升级：诉求 ${ref}`,
  accept_reminder: (ref) => `受理即将到期：诉求 ${ref}`,
  accept_chase: (ref) => `受理超期：诉求 ${ref}`,
  accept_escalation: (ref) => `受理超期升级：诉求 ${ref}`,
};

const STAGE_ZH: Record<string, string> = {
  SUBMITTED: "待受理", ACCEPTED: "已受理", DISPATCHED: "已派单", RETURNED: "已退单", IN_PROGRESS: "办理中", CONSULTATION: "联席会商",
  RESOLVED: "已办结", REOPENED: "重办", EVALUATED: "已评价", CLOSED: "已归档", DECLINED: "不予受理", MERGED: "已合并",
};
const STAGE_EN: Record<string, string> = {
  SUBMITTED: "awaiting acceptance", ACCEPTED: "accepted", DISPATCHED: "dispatched", RETURNED: "returned", IN_PROGRESS: "in progress", CONSULTATION: "joint consultation",
  RESOLVED: "resolved", REOPENED: "reopened", EVALUATED: "evaluated", CLOSED: "closed", DECLINED: "declined", MERGED: "merged",
};

/** "（类别，当前阶段：办理中）": which case, for the kinds whose payload names category and stage. */
function caseContext(payload: Payload, en = false): string {
  const category = field(payload, en ? "categoryEn" : "category");
  const stage = field(payload, "stage");
  const stageName = stage ? (en ? STAGE_EN : STAGE_ZH)[stage] : undefined;
  if (en) return [category, stageName && `stage: ${stageName}`].filter(Boolean).join(", ");
  return [category, stageName && `当前阶段：${stageName}`].filter(Boolean).join("，");
}

const paren = (s: string, en = false) => (s ? (en ? ` (${s})` : `（${s}）`) : "");

/** The English paragraph under the Chinese one, for the kinds added with the steering commands. */
function staffLineEn(kind: StaffNotificationKind, ref: string, payload: Payload): string | null {
  const due = when(payload);
  const note = field(payload, "note");
  switch (kind) {
    case "supervision_opened":
      return `Supervision order ${field(payload, "number") ?? ""} on case ${ref}${paren(caseContext(payload, true), true)}. The lead department must answer it by ${due}; the case cannot be resolved before.`;
    case "supervision_answered":
      return `The lead department has answered supervision order ${field(payload, "number") ?? ""} on case ${ref}${paren(caseContext(payload, true), true)}.`;
    case "supervision_reminder":
      return `The answer to supervision order ${field(payload, "number") ?? ""} on case ${ref} is due by ${due}.`;
    case "supervision_chase":
      return `The answer to supervision order ${field(payload, "number") ?? ""} on case ${ref} was due by ${due} and is overdue. Please answer now.`;
    case "supervision_escalation":
      return `Supervision order ${field(payload, "number") ?? ""} on case ${ref} is still unanswered after its deadline (${due}); escalated to the department head.`;
    case "officer_chase":
      return `The hotline office chases case ${ref}${paren(caseContext(payload, true), true)}${note ? `: ${note}` : ""}. Please act on it and report back${due ? ` before the deadline, ${due}` : ""}.`;
    case "accept_reminder":
      return `Case ${ref} is awaiting acceptance; it must be accepted or declined by ${due}.`;
    case "accept_chase":
      return `Case ${ref} was due to be accepted by ${due} and still awaits acceptance. Please accept or decline it now.`;
    case "accept_escalation":
      return `Case ${ref} is still unaccepted after its acceptance deadline (${due}); escalated to the hotline office's heads.`;
    default:
      return null;
  }
}

function staffLine(kind: StaffNotificationKind, ref: string, payload: Payload): string {
  const due = when(payload);
  switch (kind) {
    case "dispatched":
      return `诉求 ${ref} 已派至贵单位办理${due ? `，办理期限 ${due}` : ""}，请及时签收。`;
    case "returned":
      return `诉求 ${ref} 已被退回${field(payload, "reason") ? `，退单理由：${field(payload, "reason")}` : ""}，请重新派单。`;
    case "reminder":
      return `诉求 ${ref} 将于 ${due} 到期，请抓紧办理。`;
    case "chase":
      return `诉求 ${ref} 已超过办理期限（${due}），现予催办，请尽快办结。`;
    case "escalation":
      return `诉求 ${ref} 超过办理期限（${due}）仍未办结，已升级至部门负责人督办。`;
    case "extension_requested":
      return `诉求 ${ref} 的办理单位申请延期，请审核。`;
    case "extension_decided":
      return `诉求 ${ref} 的延期申请${payload.approved === true ? "已批准" : payload.approved === false ? "未获批准" : "已审核"}。`;
    case "supervision_opened":
      return `诉求 ${ref}${paren(caseContext(payload))}已列为督办件（${field(payload, "number") ?? ""}）${field(payload, "reason") ? `，督办事由：${field(payload, "reason")}` : ""}。请牵头部门于 ${due} 前提交督办反馈，反馈前不能办结。`;
    case "supervision_answered":
      return `诉求 ${ref}${paren(caseContext(payload))}的督办（${field(payload, "number") ?? ""}）牵头部门已反馈，请查看。`;
    case "supervision_reminder":
      return `诉求 ${ref} 的督办（${field(payload, "number") ?? ""}）须于 ${due} 前反馈，请抓紧。`;
    case "supervision_chase":
      return `诉求 ${ref} 的督办（${field(payload, "number") ?? ""}）已超过反馈期限（${due}），现予催办，请立即反馈。`;
    case "supervision_escalation":
      return `诉求 ${ref} 的督办（${field(payload, "number") ?? ""}）超过反馈期限（${due}）仍未反馈，已升级至部门负责人。`;
    case "officer_chase":
      return `12345热线办对诉求 ${ref}${paren(caseContext(payload))}进行催办${field(payload, "note") ? `：${field(payload, "note")}` : ""}。请尽快办理并反馈${due ? `，办理期限 ${due}` : ""}。`;
    case "accept_reminder":
      return `诉求 ${ref} 待受理，受理期限 ${due}，请及时受理或作不予受理处理。`;
    case "accept_chase":
      return `诉求 ${ref} 已超过受理期限（${due}）仍未受理，现予催办，请立即处理。`;
    case "accept_escalation":
      return `诉求 ${ref} 超过受理期限（${due}）仍未受理，已升级至热线办负责人。`;
  }
}

export function staffEmail(kind: string, reference: string, caseId: string | null, payload: Payload, to: string): EmailMessage {
  // A row of a kind no sender writes (none today) still gets a plain message rather than none.
  const k = kind in STAFF_SUBJECTS ? (kind as StaffNotificationKind) : null;
  const link = publicUrl() && caseId ? `${publicUrl()}/admin/cases/${caseId}` : "";
  return {
    to,
    subject: `【暖新】${k ? STAFF_SUBJECTS[k](reference) : `新消息：诉求 ${reference}`}`,
    text: [
      k ? staffLine(k, reference, payload) : `诉求 ${reference} 有新进展。`,
      link ? `查看：${link}` : "请登录暖新工作台查看。",
      ...((k && staffLineEn(k, reference, payload)) ? ["", staffLineEn(k, reference, payload)!] : []),
      "",
      "此邮件由系统自动发送，请勿回复。",
    ].join("\n"),
  };
}

/** Worker texts point to the tracking page, where the reference and the secret open the case. */
export function workerSms(kind: string, reference: string, payload: Payload, ratingDays: number): string {
  const track = publicUrl() ? `${publicUrl()}/track` : "暖新网站“查询进度”页面（/track）";
  const due = when(payload);
  const head = `【暖新】您的诉求（编号 ${reference}）`;
  const body: Record<WorkerNotificationKind, string> = {
    accepted: `已受理，将转交相关部门办理。凭编号和查询码查看进度：${track}`,
    declined: `不予受理。原因请凭编号和查询码查看：${track}`,
    merged: `与同类诉求${field(payload, "mergedInto") ? ` ${field(payload, "mergedInto")} ` : ""}合并办理。凭编号和查询码查看进度：${track}`,
    dispatched: `已交办理部门办理${due ? `，办理期限 ${due}` : ""}。凭编号和查询码查看进度：${track}`,
    extension_approved: `办理期限延长至 ${due}。凭编号和查询码查看进度：${track}`,
    resolved: `已办理完毕，请在 ${ratingDays} 日内凭编号和查询码评价：${track}`,
    closed: `已办结归档，感谢您的反馈。`,
  };
  return head + (body[kind as WorkerNotificationKind] ?? `有新进展。凭编号和查询码查看：${track}`);
}

const MERCHANT_LINES: Record<MerchantNotificationKind, { subject: string; line: (business: string) => string }> = {
  merchant_approved: { subject: "友好商户申请已通过", line: (b) => `您提交的友好商户申请“${b}”已通过审核，已显示在暖新地图上。` },
  merchant_rejected: { subject: "友好商户申请未通过", line: (b) => `您提交的友好商户申请“${b}”未通过审核。` },
  merchant_changes_requested: { subject: "友好商户申请需要修改", line: (b) => `您提交的友好商户申请“${b}”需要修改后重新提交。` },
};

function merchantLine(kind: string, payload: Payload) {
  const k = (kind in MERCHANT_LINES ? kind : "merchant_changes_requested") as MerchantNotificationKind;
  return { k, ...MERCHANT_LINES[k], text: MERCHANT_LINES[k].line(field(payload, "business") ?? "") };
}

/** A text stays short: the reviewer's note is on the merchant page (and in the e-mail). */
export function merchantSms(kind: string, payload: Payload): string {
  const { k, text } = merchantLine(kind, payload);
  const page = publicUrl() ? `${publicUrl()}/merchant` : "暖新网站“商户”页面（/merchant）";
  return `【暖新】${text}${k === "merchant_approved" ? "查看" : "审核意见请登录查看"}：${page}`;
}

export function merchantEmail(kind: string, payload: Payload, to: string): EmailMessage {
  const { subject, text } = merchantLine(kind, payload);
  const note = field(payload, "note");
  const page = publicUrl() ? `${publicUrl()}/merchant` : "";
  return {
    to,
    subject: `【暖新】${subject}`,
    text: [text, ...(note ? [`审核意见：${note}`] : []), page ? `查看：${page}` : "请登录暖新网站查看。", "", "此邮件由系统自动发送，请勿回复。"].join("\n"),
  };
}
