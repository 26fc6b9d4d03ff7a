import type { Messages } from "next-intl";

/** The offline chrome's strings, handed from the server layout to the client as plain props. */
export type OfflineStrings = Omit<Messages["offline"], "manifest">;
