import { Logger } from "graphile-worker";

/**
 * graphile-worker's logger, kept to warnings and errors: at info level it logs every job
 * start and completion, which drowns the server log.
 */
export const jobsLogger = new Logger((scope) => (level, message) => {
  const severity: string = level;
  if (severity !== "error" && severity !== "warning") return;
  const where = [scope.label, scope.taskIdentifier, scope.jobId && `job ${scope.jobId}`].filter(Boolean).join(" ");
  (severity === "error" ? console.error : console.warn)(`[jobs${where ? ` ${where}` : ""}] ${message}`);
});
