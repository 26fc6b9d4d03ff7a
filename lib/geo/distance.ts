/** A point in degrees (WGS-84 unless said otherwise). */
export type LatLng = { lat: number; lng: number };

/** The mean Earth radius (IUGG), in metres: the sphere every distance in the app is measured on. */
const EARTH_RADIUS_M = 6_371_008.8;

/** Great-circle distance in metres (haversine). */
export function distanceMeters(a: LatLng, b: LatLng): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * The same distance as a PostgreSQL expression, from the point in columns `latCol`/`lngCol` to the
 * point in `latParam`/`lngParam`. All four are SQL text pasted as given: pass column names and
 * placeholders, never values.
 */
export function haversineSql(latCol: string, lngCol: string, latParam: string, lngParam: string): string {
  return `2 * ${EARTH_RADIUS_M} * asin(least(1, sqrt(
        power(sin(radians(${latCol} - ${latParam}) / 2), 2)
        + cos(radians(${latParam})) * cos(radians(${latCol})) * power(sin(radians(${lngCol} - ${lngParam}) / 2), 2))))`;
}
