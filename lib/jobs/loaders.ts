import "server-only";
import { cache } from "react";
import { requirePermission } from "@/lib/auth/session";
import { listFailingJobs } from "./data";

export const loadFailingJobs = cache(async () => {
  await requirePermission("settings:manage");
  return listFailingJobs();
});
