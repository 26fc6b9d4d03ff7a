"use client";

import { useLocale } from "next-intl";
import { useEffect, useState } from "react";
import type { PlaceDetail } from "@/lib/places/schema";

/** Hours, closure and facility details for the sheet; the sheet shows what it has until they arrive. */
export function usePlaceDetail(id: string): PlaceDetail | null {
  const locale = useLocale();
  const [detail, setDetail] = useState<{ id: string; value: PlaceDetail } | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    fetch(`/api/places/${id}?lang=${locale}`, { signal: controller.signal })
      .then((r) => (r.ok ? r.json() : null))
      .then((value: PlaceDetail | null) => value && setDetail({ id, value }))
      .catch(() => {});
    return () => controller.abort();
  }, [id, locale]);
  return detail?.id === id ? detail.value : null;
}
