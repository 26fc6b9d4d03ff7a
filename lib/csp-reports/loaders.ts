import "server-only";
import { cache } from "react";
import { requirePermission } from "@/lib/auth/session";
import { listViolationCounts } from "./data";

export const loadViolationCounts = cache(async () => {
  await requirePermission("settings:manage");
  return listViolationCounts();
});
