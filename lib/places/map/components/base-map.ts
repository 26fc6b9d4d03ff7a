import type { Env } from "@/lib/env";

export type TileLayerSpec = { url: string; subdomains: string; maxZoom: number };

/**
 * What the map draws underneath the places. Built on the server from the environment and passed
 * down as props, so a deployment can switch providers without rebuilding the client bundle.
 * `datum` is the datum of the tiles: Amap's are GCJ-02, so everything drawn on them is shifted.
 */
export type BaseMapConfig = {
  provider: Env["TILE_PROVIDER"];
  datum: "WGS84" | "GCJ02";
  layers: TileLayerSpec[];
};

function tiandituLayer(layer: "vec" | "cva", key: string): TileLayerSpec {
  return {
    url: `https://t{s}.tianditu.gov.cn/${layer}_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=${layer}&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=${encodeURIComponent(key)}`,
    subdomains: "01234567",
    maxZoom: 18,
  };
}

export function baseMapConfig(e: Pick<Env, "TILE_PROVIDER" | "TIANDITU_KEY">): BaseMapConfig {
  switch (e.TILE_PROVIDER) {
    case "tianditu":
      // Tianditu's key is a browser key (restricted by referrer), so it necessarily reaches the client.
      // Without one there is no base map at all: the map starts in its offline look.
      return {
        provider: "tianditu",
        datum: "WGS84",
        layers: e.TIANDITU_KEY ? [tiandituLayer("vec", e.TIANDITU_KEY), tiandituLayer("cva", e.TIANDITU_KEY)] : [],
      };
    case "amap":
      return {
        provider: "amap",
        datum: "GCJ02",
        layers: [{ url: "https://webrd0{s}.is.autonavi.com/appmaptile?lang=zh_cn&size=1&scale=1&style=8&x={x}&y={y}&z={z}", subdomains: "1234", maxZoom: 18 }],
      };
    default:
      return { provider: "osm", datum: "WGS84", layers: [{ url: "https://tile.openstreetmap.org/{z}/{x}/{y}.png", subdomains: "abc", maxZoom: 19 }] };
  }
}
