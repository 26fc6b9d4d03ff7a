import "server-only";
import type { Task, TaskList } from "graphile-worker";
import type { JobName } from "./enqueue";
import { caseDeadlineChase } from "./tasks/case-deadline-chase";
import { caseDeadlineEscalate } from "./tasks/case-deadline-escalate";
import { caseDeadlineReminder } from "./tasks/case-deadline-reminder";
import { clearReplayCodes } from "./tasks/clear-replay-codes";
import { closeUnratedCasesTask } from "./tasks/close-unrated-cases";
import { purgeOrphanPhotos } from "./tasks/purge-orphan-photos";
import { purgeRateLimits } from "./tasks/purge-rate-limits";
import { redactExpiredCasesTask } from "./tasks/redact-expired-cases";
import { sendNotification } from "./tasks/send-notification";
import { supervisionChase, supervisionEscalate, supervisionReminder } from "./tasks/supervision-timers";

/**
 * Every task the worker knows, by the name enqueue() uses. Listed statically (not graphile's
 * taskDirectory) so that the bundled server carries them; `satisfies` makes a new JobName
 * without a task a type error.
 */
export const taskList: TaskList = {
  send_notification: sendNotification,
  case_deadline_reminder: caseDeadlineReminder,
  case_deadline_chase: caseDeadlineChase,
  case_deadline_escalate: caseDeadlineEscalate,
  supervision_reminder: supervisionReminder,
  supervision_chase: supervisionChase,
  supervision_escalate: supervisionEscalate,
  close_unrated_cases: closeUnratedCasesTask,
  purge_rate_limits: purgeRateLimits,
  purge_orphan_photos: purgeOrphanPhotos,
  redact_expired_cases: redactExpiredCasesTask,
  clear_replay_codes: clearReplayCodes,
} satisfies Record<JobName, Task>;
