import "server-only";
import QRCode from "qrcode";
import { placePath } from "../feeds/present";

/** The place's public page (Chinese, the poster's language) as an absolute URL. */
export function posterTarget(origin: string, placeId: string): string {
  return `${origin}${placePath(placeId, "zh-CN")}`;
}

/** A QR code as inline SVG, rendered on the server: the printed page needs no script or network. */
export function qrSvg(text: string): Promise<string> {
  return QRCode.toString(text, { type: "svg", errorCorrectionLevel: "M", margin: 4, color: { dark: "#000000", light: "#ffffff" } });
}
