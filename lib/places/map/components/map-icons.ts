import L from "leaflet";
import type { PlaceKind } from "@/lib/places/schema";
import { KIND_STYLE } from "@/lib/places/directory/components/kind-style";

// Only imported by the Leaflet chunk (map.tsx and its parts): Leaflet touches `window` on import.

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * A 44 px hit area (a thumb, not a mouse pointer) around a smaller coloured disc; the hidden
 * label is the marker's accessible name, since Leaflet gives the icon role="button".
 */
export function placeIcon(id: string, kind: PlaceKind, label: string, selected: boolean): L.DivIcon {
  const { color, glyph } = KIND_STYLE[kind];
  const size = selected ? 40 : 32;
  return L.divIcon({
    className: `nx-marker nx-place-${id}`,
    iconSize: [44, 44],
    iconAnchor: [22, 22],
    html:
      `<span aria-hidden="true" style="display:flex;align-items:center;justify-content:center;width:${size}px;height:${size}px;margin:${(44 - size) / 2}px;` +
      `border-radius:9999px;background:${color};border:3px solid ${selected ? "#111827" : "#fff"};box-shadow:0 1px 4px rgba(0,0,0,.5);font-size:${selected ? 20 : 16}px;line-height:1">${glyph}</span>` +
      `<span class="sr-only">${escapeHtml(label)}</span>`,
  });
}

export function clusterIcon(count: number, label: string): L.DivIcon {
  const size = count < 10 ? 40 : count < 100 ? 44 : 52;
  const hit = Math.max(44, size);
  return L.divIcon({
    className: "nx-cluster",
    iconSize: [hit, hit],
    iconAnchor: [hit / 2, hit / 2],
    html:
      `<span aria-hidden="true" style="display:flex;align-items:center;justify-content:center;width:${size}px;height:${size}px;margin:${(hit - size) / 2}px;` +
      `border-radius:9999px;background:#9a3412;color:#fff;border:3px solid #fff;box-shadow:0 0 0 3px rgba(154,52,18,.35),0 1px 4px rgba(0,0,0,.5);font-weight:700;font-size:15px">${count}</span>` +
      `<span class="sr-only">${escapeHtml(label)}</span>`,
  });
}

export function userIcon(label: string): L.DivIcon {
  return L.divIcon({
    className: "nx-user",
    iconSize: [28, 28],
    iconAnchor: [14, 14],
    html:
      `<span aria-hidden="true" style="display:block;width:22px;height:22px;margin:3px;border-radius:9999px;background:#2563eb;border:4px solid #fff;box-shadow:0 0 0 6px rgba(37,99,235,.3)"></span>` +
      `<span class="sr-only">${escapeHtml(label)}</span>`,
  });
}
