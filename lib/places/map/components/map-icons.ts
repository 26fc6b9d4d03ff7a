import L from "leaflet";
import type { PlaceKind } from "@/lib/places/schema";
import { KIND_STYLE } from "@/lib/places/directory/components/kind-style";

// Only imported by the Leaflet chunk (map.tsx and its parts): Leaflet touches `window` on import.

/**
 * A div icon whose element carries an aria-label: Leaflet gives a keyboard marker role="button"
 * and tabindex but no name (its `alt` applies to image icons only). Set on every createIcon, as
 * Leaflet reuses or replaces the element when the icon changes.
 */
class LabelledIcon extends L.DivIcon {
  constructor(
    options: L.DivIconOptions,
    private readonly label: string,
  ) {
    super(options);
  }
  override createIcon(old?: HTMLElement): HTMLElement {
    const el = super.createIcon(old);
    el.setAttribute("aria-label", this.label);
    return el;
  }
}

/** A 44 px hit area (a thumb, not a mouse pointer) around a smaller coloured disc. */
export function placeIcon(id: string, kind: PlaceKind, label: string, selected: boolean): L.DivIcon {
  const { color, glyph } = KIND_STYLE[kind];
  const size = selected ? 40 : 32;
  return new LabelledIcon(
    {
      className: `nx-marker nx-place-${id}`,
      iconSize: [44, 44],
      iconAnchor: [22, 22],
      html:
        `<span aria-hidden="true" style="display:flex;align-items:center;justify-content:center;width:${size}px;height:${size}px;margin:${(44 - size) / 2}px;` +
        `border-radius:9999px;background:${color};border:3px solid ${selected ? "#111827" : "#fff"};box-shadow:0 1px 4px rgba(0,0,0,.5);font-size:${selected ? 20 : 16}px;line-height:1">${glyph}</span>`,
    },
    label,
  );
}

/** Cluster discs: the clustering radius (map-markers.tsx) is wider than the largest, so they never overlap. */
export const CLUSTER_MAX_PX = 52;

export function clusterIcon(count: number, label: string): L.DivIcon {
  const size = count < 10 ? 40 : count < 100 ? 44 : CLUSTER_MAX_PX;
  const hit = Math.max(44, size);
  return new LabelledIcon(
    {
      className: "nx-cluster",
      iconSize: [hit, hit],
      iconAnchor: [hit / 2, hit / 2],
      html:
        `<span aria-hidden="true" style="display:flex;align-items:center;justify-content:center;width:${size}px;height:${size}px;margin:${(hit - size) / 2}px;` +
        `border-radius:9999px;background:#9a3412;color:#fff;border:3px solid #fff;box-shadow:0 0 0 3px rgba(154,52,18,.35),0 1px 4px rgba(0,0,0,.5);font-weight:700;font-size:15px">${count}</span>`,
    },
    label,
  );
}

/** Not interactive (no role), so no aria-label either: its name is hidden text inside. */
export function userIcon(label: string): L.DivIcon {
  return L.divIcon({
    className: "nx-user",
    iconSize: [28, 28],
    iconAnchor: [14, 14],
    html:
      `<span aria-hidden="true" style="display:block;width:22px;height:22px;margin:3px;border-radius:9999px;background:#2563eb;border:4px solid #fff;box-shadow:0 0 0 6px rgba(37,99,235,.3)"></span>` +
      `<span class="sr-only">${label.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)}</span>`,
  });
}
