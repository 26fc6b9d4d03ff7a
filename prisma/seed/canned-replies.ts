import type { Db } from "@/lib/prisma-client";

type Reply = { status: "SUBMITTED" | "ACCEPTED" | "DISPATCHED" | "IN_PROGRESS" | "CONSULTATION" | "REOPENED" | null; titleZh: string; titleEn: string; bodyZh: string; bodyEn: string };

/** Starting texts for replies to workers; ADMIN edits them under /admin/settings. */
export const CANNED_REPLIES: Reply[] = [
  {
    status: null,
    titleZh: "感谢反映",
    titleEn: "Thank you",
    bodyZh: "感谢您反映的情况，我们会认真办理，请留意短信和查询页面的进展。",
    bodyEn: "Thank you for telling us. We are handling your case; watch for text messages and updates on the tracking page.",
  },
  {
    status: "SUBMITTED",
    titleZh: "请补充材料",
    titleEn: "More details needed",
    bodyZh: "为便于核实，请补充事发时间、具体地点以及相关截图或照片。",
    bodyEn: "To check what happened, please add the time, the exact place and any screenshots or photos.",
  },
  {
    status: "ACCEPTED",
    titleZh: "已受理，即将派单",
    titleEn: "Accepted, dispatching soon",
    bodyZh: "您的诉求已受理，我们将尽快转交相关部门办理。",
    bodyEn: "Your case has been accepted and will be passed to the responsible department shortly.",
  },
  {
    status: "DISPATCHED",
    titleZh: "已转交承办部门",
    titleEn: "Passed to the department",
    bodyZh: "您的诉求已转交承办部门，部门签收后会与您联系。",
    bodyEn: "Your case has been passed to the responsible department, which will contact you once it takes the case on.",
  },
  {
    status: "IN_PROGRESS",
    titleZh: "正在核实",
    titleEn: "Checking the facts",
    bodyZh: "承办部门正在核实情况，如需了解更多信息会与您联系。",
    bodyEn: "The department is checking the facts and will contact you if it needs more information.",
  },
  {
    status: "IN_PROGRESS",
    titleZh: "已协调解决",
    titleEn: "Resolved through mediation",
    bodyZh: "经协调，相关问题已解决。如仍有疑问，可在评价时说明。",
    bodyEn: "After mediation the problem has been resolved. If anything is still unclear, say so when you rate the outcome.",
  },
  {
    status: "CONSULTATION",
    titleZh: "多部门会商中",
    titleEn: "Departments are consulting",
    bodyZh: "您的诉求涉及多个部门，正在组织联席会商，请耐心等待。",
    bodyEn: "Your case involves several departments, which are meeting to decide together. Thank you for your patience.",
  },
  {
    status: "REOPENED",
    titleZh: "重新办理",
    titleEn: "Being handled again",
    bodyZh: "您对办理结果不满意，我们已安排重新办理。",
    bodyEn: "You were not satisfied with the outcome, so your case is being handled again.",
  },
];

/** Inserted only into an empty table: once ADMIN has edited the replies, a restart changes nothing. */
export async function seedCannedReplies(db: Db): Promise<void> {
  if (await db.cannedReply.count()) return;
  await db.cannedReply.createMany({ data: CANNED_REPLIES.map((r, i) => ({ ...r, sortOrder: i * 10 })) });
}
