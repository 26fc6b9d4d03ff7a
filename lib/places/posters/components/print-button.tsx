"use client";

import { useTranslations } from "next-intl";

export function PrintButton() {
  const t = useTranslations("directory.poster");
  return (
    <button type="button" onClick={() => window.print()} className="inline-flex min-h-12 items-center rounded-lg bg-brand-700 px-5 font-bold text-white hover:bg-brand-800">
      {t("print")}
    </button>
  );
}
