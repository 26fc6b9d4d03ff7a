import "server-only";
import QRCode from "qrcode";
import { placePath } from "../present";

const HOST = /^[A-Za-z0-9.-]+(:\d{1,5})?$/;

/**
 * The site's origin as the visitor reached it (behind a proxy: X-Forwarded-Host/-Proto), so that
 * a printed code opens the same site the poster was printed from.
 */
export function requestOrigin(h: Headers): string {
  const host = (h.get("x-forwarded-host") ?? h.get("host") ?? "").split(",")[0]!.trim();
  const proto = (h.get("x-forwarded-proto") ?? "").split(",")[0]!.trim();
  if (!HOST.test(host)) return "http://localhost";
  return `${proto === "https" ? "https" : "http"}://${host}`;
}

/** The place's public page (Chinese, the poster's language) as an absolute URL. */
export function posterTarget(origin: string, placeId: string): string {
  return `${origin}${placePath(placeId, "zh-CN")}`;
}

/** A QR code as inline SVG, rendered on the server: the printed page needs no script or network. */
export function qrSvg(text: string): Promise<string> {
  return QRCode.toString(text, { type: "svg", errorCorrectionLevel: "M", margin: 4, color: { dark: "#000000", light: "#ffffff" } });
}
