import { type loadInbox } from "./loaders";

export type InboxData = Awaited<ReturnType<typeof loadInbox>>;
export type InboxRow = InboxData["rows"][number];
