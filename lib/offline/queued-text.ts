/**
 * The words the report form shows when its grievance is queued, set by the shell in the page's
 * language. A module of its own so that the shell's chunk on every page does not pull in the outbox.
 */
let queuedText = "Saved on this phone: it will be sent when you are back online.";

export function setQueuedText(text: string) {
  queuedText = text;
}

export function getQueuedText(): string {
  return queuedText;
}
