import "server-only";
import { cache } from "react";
import { listCategories, listWorkerGroups } from "../data";
import { listPlaceChoices } from "./data";
import { PRIVACY_NOTICE_VERSION, type CategoryAttribute, type CategoryLocationRule } from "../schema";

export type CategoryCatalogue = {
  categories: { code: string; name: string; location: CategoryLocationRule; attributes: { code: string; datatype: string; required: boolean; description: string; values?: { key: string; name: string }[] }[] }[];
  worker_groups: { code: string; name: string }[];
  privacy_notice: { version: string; url: string };
};

// Public: the form's reference data needs no session.
export const loadCategoryCatalogue = cache(async (locale: string, origin = ""): Promise<CategoryCatalogue> => {
  const en = locale === "en";
  const [categories, groups] = await Promise.all([listCategories(), listWorkerGroups()]);
  return {
    categories: categories.map((c) => ({
      code: c.code,
      name: en ? c.nameEn : c.nameZh,
      // REQUIRED, OPTIONAL (the worker may say there is no particular place) or NONE (not asked).
      location: c.location,
      attributes: (c.attributes as CategoryAttribute[]).map((a) => ({
        code: a.code,
        datatype: a.datatype,
        required: a.required,
        description: en ? a.descriptionEn : a.descriptionZh,
        ...(a.values ? { values: a.values.map((v) => ({ key: v.key, name: en ? v.nameEn : v.nameZh })) } : {}),
      })),
    })),
    worker_groups: groups.map((g) => ({ code: g.code, name: en ? g.nameEn : g.nameZh })),
    privacy_notice: { version: PRIVACY_NOTICE_VERSION, url: `${origin}${en ? "/en" : ""}/privacy` },
  };
});

export type PlaceChoice = { id: string; name: string };

// Public: the directory is public; only ids and names are sent.
export const loadPlaceChoices = cache(async (locale: string): Promise<PlaceChoice[]> => {
  const rows = await listPlaceChoices();
  return rows.map((p) => ({ id: p.id, name: (locale === "en" ? p.nameEn : null) ?? p.nameZh }));
});
