import { expect, type APIRequestContext, type Page } from "@playwright/test";
import type { NearPlace } from "../../../lib/places/schema";

export const CITY = { latitude: 38.5137, longitude: 102.1879 };
/** No internet in tests: tile requests fail at once instead of hanging. */
export const TILES = /tile|autonavi|tianditu|openstreetmap/;

/** The sample place nearest the city centre (with the feed's own query string, e.g. "&facility=x"). */
export async function nearestPlace(request: APIRequestContext, extra = ""): Promise<NearPlace> {
  const res = await request.get(`/api/places/near?lat=${CITY.latitude}&lng=${CITY.longitude}&limit=1${extra}`);
  expect(res.ok()).toBe(true);
  return (await res.json()).places[0];
}

export async function mapCenter(page: Page) {
  const region = page.getByRole("region", { name: "驿站与友好场所地图" });
  return {
    lat: Number(await region.getAttribute("data-lat")),
    lng: Number(await region.getAttribute("data-lng")),
    zoom: Number(await region.getAttribute("data-zoom")),
  };
}

export const listed = (page: Page) => page.locator("[data-place-id]");

/** The marker or cluster closest to the middle of the map: edge ones may sit under the controls. */
export async function centralMarker(page: Page, selector: ".nx-cluster" | ".nx-marker") {
  const icons = page.locator(`.leaflet-marker-pane ${selector}`);
  await expect(icons.first()).toBeVisible();
  const map = (await page.locator(".leaflet-container").boundingBox())!;
  const centre = { x: map.x + map.width / 2, y: map.y + map.height / 2 };
  const index = await icons.evaluateAll((els, c) => {
    const d = els.map((e) => {
      const r = e.getBoundingClientRect();
      return Math.hypot(r.x + r.width / 2 - c.x, r.y + r.height / 2 - c.y);
    });
    return d.indexOf(Math.min(...d));
  }, centre);
  return icons.nth(index);
}

/** From the city view, taps the central cluster until several single places show (a lone highway station is not enough). */
export async function zoomIntoPlaces(page: Page) {
  const markers = page.locator(".leaflet-marker-pane .nx-marker");
  for (let i = 0; i < 8 && (await markers.count()) < 4; i++) {
    const before = (await mapCenter(page)).zoom;
    await (await centralMarker(page, ".nx-cluster")).click();
    await expect.poll(async () => (await mapCenter(page)).zoom).toBeGreaterThan(before);
    // Let the markers of the new view arrive (the feed answers after the debounced view report).
    await page.waitForLoadState("networkidle");
  }
  await expect(markers.first()).toBeVisible();
}
