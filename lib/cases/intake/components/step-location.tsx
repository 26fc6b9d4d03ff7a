"use client";

import { useLocale, useTranslations } from "next-intl";
import { formatDistance } from "@/lib/places/directory/components/format";
import type { BaseMapConfig } from "@/lib/places/map/components/base-map";
import { CITY_CENTER } from "@/lib/places/directory/components/kind-style";
import { useLocate, type LocateState } from "@/lib/places/map/components/use-locate";
import { ChoiceGroup, errorId, FieldError, fieldId, primaryButton } from "./form-fields";
import { LocationPickerMap } from "./location-picker-loader";
import type { LocationMethod, PickedLocation } from "./report-draft";
import { locationRule, type StepProps } from "./report-steps";
import { SimilarCases } from "./similar-cases";
import { StationSearch } from "./station-search";
import { usePointLabel, type PointLabel } from "./use-point-label";

type Props = StepProps & { baseMap: BaseMapConfig; onJoined: () => void; onChosen: () => void };

export function StepLocation({ draft, update, errors, mode, catalogue, baseMap, onJoined, onChosen }: Props) {
  const t = useTranslations("cases.location");
  const lang = useLocale();
  const rule = locationRule(catalogue, draft.category);
  // At the staff desk the officer's own position says nothing about where it happened.
  const methods: LocationMethod[] = [...(mode === "staff" ? (["map", "station"] as const) : (["gps", "map", "station"] as const)), ...(rule === "OPTIONAL" ? (["none"] as const) : [])];
  const method = methods.includes(draft.locationMethod) ? draft.locationMethod : "map";
  const error = errors.location ?? errors.lat ?? errors.lng ?? errors.place_id;
  const loc = method === "none" ? null : draft.location;
  const label = usePointLabel(loc && loc.source !== "station" ? loc : null, lang);
  const choose = (location: PickedLocation) => {
    const same = draft.location?.lat === location.lat && draft.location.lng === location.lng && draft.location.placeId === location.placeId;
    update({ location });
    // Only a new point answers an error: "用我的位置" locates again on its own when the step opens,
    // and that must not hide the server's complaint about the very same point.
    if (!same) onChosen();
  };

  if (rule === "NONE") {
    return <p className="rounded-lg border-2 border-stone-300 bg-white p-3 text-stone-900">{t("notNeeded")}</p>;
  }
  const chosen = Boolean(loc) || method === "none";
  return (
    <div className="space-y-5">
      <ChoiceGroup
        field="location_method"
        legend={t("method")}
        options={methods.map((m) => ({ value: m, label: t(`methods.${m}`) }))}
        value={method}
        onChange={(m) => {
          update({ locationMethod: m as LocationMethod });
          if (m === "none") onChosen();
        }}
        required={null}
      />
      {method === "gps" ? <LocateMe onLocated={(p) => choose({ ...p, source: "gps" })} /> : null}
      {method === "map" ? (
        <div>
          <p className="mb-2 text-stone-800">{t("mapHint")}</p>
          <LocationPickerMap baseMap={baseMap} value={loc} onPick={(p) => choose({ ...p, source: "map" })} />
        </div>
      ) : null}
      {method === "station" ? (
        <StationSearch
          origin={loc ?? CITY_CENTER}
          selectedId={loc?.placeId}
          onChoose={(p) => choose({ lat: p.lat, lng: p.lng, source: "station", placeId: p.id, placeName: p.name })}
        />
      ) : null}

      <div
        id={fieldId("location")}
        tabIndex={-1}
        aria-describedby={error ? errorId("location") : undefined}
        className={`rounded-lg border-2 p-3 ${chosen ? "border-green-800 bg-green-50" : "border-stone-400 bg-white"}`}
      >
        <p role="status" className="font-semibold">
          {method === "none"
            ? t("noPlaceChosen")
            : loc
              ? loc.source === "station"
                ? t("chosenStation", { name: loc.placeName ?? "" })
                : t("chosenPoint", { source: t(`sources.${loc.source}`) })
              : t("noneChosen")}
        </p>
        {loc && loc.source !== "station" ? <PointNear label={label} /> : null}
        {loc ? <p className="text-sm tabular-nums text-stone-700">{t("coordinates", { lat: loc.lat.toFixed(5), lng: loc.lng.toFixed(5) })}</p> : null}
        <FieldError field="location" message={error} />
      </div>

      {mode === "worker" && draft.category && loc ? <SimilarCases category={draft.category} at={loc} onJoined={onJoined} /> : null}
    </div>
  );
}

/** "金川区 · 靠近 金岸驿站（120 米）": where the point is, in words, from our own data. */
function PointNear({ label }: { label: PointLabel | null }) {
  const t = useTranslations("cases.location");
  const lang = useLocale();
  if (!label) return <p className="text-sm text-stone-700">{t("nearLooking")}</p>;
  const parts = [label.district ? t(`districts.${label.district}`) : null, label.place ? t("nearPlace", { name: label.place.name, distance: formatDistance(label.place.distance_m, lang) }) : null].filter(Boolean);
  return (
    <p data-testid="point-near" className="text-stone-900">
      {parts.length ? parts.join(" · ") : t("nearNothing")}
    </p>
  );
}

const FAILURE = { denied: "locateDenied", unavailable: "locateUnavailable", timeout: "locateTimeout", unsupported: "locateUnsupported" } as const;

function LocateMe({ onLocated }: { onLocated: (p: { lat: number; lng: number }) => void }) {
  const t = useTranslations("cases.location");
  const { state, locate } = useLocate((s: LocateState) => {
    if (s.status === "located") onLocated({ lat: Math.round(s.position.lat * 1e6) / 1e6, lng: Math.round(s.position.lng * 1e6) / 1e6 });
  });
  return (
    <div className="space-y-2">
      <button type="button" onClick={locate} aria-busy={state.status === "locating"} className={`${primaryButton} w-full`}>
        <span aria-hidden="true" className="mr-2">◎</span>
        {t("locate")}
      </button>
      <p className="empty:hidden text-stone-800" role="status">
        {state.status === "locating" ? t("locating") : state.status === "failed" ? t(FAILURE[state.reason]) : ""}
      </p>
    </div>
  );
}
