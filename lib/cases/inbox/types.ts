import type { loadInbox } from "../staff-loaders";

export type InboxData = Awaited<ReturnType<typeof loadInbox>>;
export type InboxRow = InboxData["rows"][number];
