import "server-only";
import type { Task } from "graphile-worker";
import { z } from "zod";
import { RATING_WINDOW_DAYS } from "@/lib/cases/tracking/close-unrated";
import { db } from "@/lib/db";
import type { Notification } from "@/lib/generated/prisma/client";
import { metrics } from "@/lib/observability/metrics";
import { sendEmail } from "@/lib/notify/email";
import { smsProvider } from "@/lib/notify/sms";
import { merchantEmail, merchantSms, staffEmail, workerSms } from "../notification-text";

const payloadSchema = z.object({ notificationId: z.string().min(1) });

/**
 * Delivers one EMAIL or SMS notification row and stamps sentAt right after the provider accepted
 * it. A row already stamped is left alone, so a retried job (the send succeeded, but completing the
 * job did not) sends nothing twice. The one window left, the database failing between the send
 * and the stamp, is covered by the notification id travelling as Message-ID / Idempotency-Key.
 * Recipient and text are read now, not when queued: a deactivated user or an erased phone is skipped.
 */
export const sendNotification: Task = async (raw) => {
  const { notificationId } = payloadSchema.parse(raw);
  const n = await db.notification.findUnique({ where: { id: notificationId } });
  if (!n || n.sentAt || n.channel === "IN_APP") return;
  try {
    await deliver(n);
  } catch (e) {
    metrics().notifications.inc({ channel: n.channel, outcome: "failed" });
    throw e; // graphile-worker retries with back-off
  }
};

async function deliver(n: Notification): Promise<void> {
  const payload = (n.payload ?? {}) as Record<string, unknown>;
  if (n.kind.startsWith("merchant_")) {
    if (await sendToMerchant(n.channel, n.kind, n.userId, payload)) await markSent(n);
    return;
  }
  const c = n.caseId ? await db.case.findUnique({ where: { id: n.caseId }, select: { reference: true, contactPhone: true } }) : null;
  const reference = c?.reference ?? (typeof payload.reference === "string" ? payload.reference : "");

  if (n.channel === "EMAIL") {
    const user = n.userId ? await db.user.findUnique({ where: { id: n.userId }, select: { email: true, active: true } }) : null;
    if (!user?.active || !user.email) return;
    await sendEmail({ ...staffEmail(n.kind, reference, n.caseId, payload, user.email), id: n.id });
  } else {
    if (!c?.contactPhone) return;
    await smsProvider().send({ to: c.contactPhone, text: workerSms(n.kind, reference, payload, RATING_WINDOW_DAYS), id: n.id });
  }
  await markSent(n);
}

async function markSent(n: Notification) {
  const { count } = await db.notification.updateMany({ where: { id: n.id, sentAt: null }, data: { sentAt: new Date() } });
  if (count) metrics().notifications.inc({ channel: n.channel, outcome: "sent" });
}

/** A decision on a merchant's venue application, to the phone or address the account has now. */
async function sendToMerchant(channel: string, kind: string, userId: string | null, payload: Record<string, unknown>): Promise<boolean> {
  const user = userId ? await db.user.findUnique({ where: { id: userId }, select: { email: true, phone: true, active: true } }) : null;
  if (!user?.active) return false;
  if (channel === "EMAIL" && user.email) await sendEmail(merchantEmail(kind, payload, user.email));
  else if (channel === "SMS" && user.phone) await smsProvider().send({ to: user.phone, text: merchantSms(kind, payload) });
  else return false;
  return true;
}
