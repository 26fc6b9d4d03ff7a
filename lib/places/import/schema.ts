import { z } from "zod";
import { DATUMS } from "../schema";

// The import form; safe to import on the client. Messages are keys of "directory.errors".
export const importSchema = z.object({
  format: z.enum(["csv", "geojson"], { error: "bad_format" }),
  datum: z.enum(DATUMS, { error: "required" }),
  content: z.string().min(1, { error: "empty_file" }).max(5_000_000, { error: "file_too_large" }),
});
