import type { MetadataRoute } from "next";
import zh from "@/messages/offline/zh-CN.json";

/**
 * The web app manifest at /manifest.webmanifest, which makes the site installable ("添加到主屏幕").
 * One manifest for both languages: Chinese is the riders' language, and start_url "/" lets the
 * locale routing send an English reader on to /en.
 */
export default function manifest(): MetadataRoute.Manifest {
  return {
    id: "/",
    name: zh.manifest.name,
    short_name: zh.manifest.shortName,
    description: zh.manifest.description,
    lang: "zh-CN",
    start_url: "/",
    scope: "/",
    display: "standalone",
    orientation: "portrait",
    background_color: "#fafaf9",
    theme_color: "#9a3412",
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}
