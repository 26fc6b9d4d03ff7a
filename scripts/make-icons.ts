/**
 * Renders the install icons in public/icons from their SVG sources with sharp. Run by hand after
 * changing an SVG (`npx tsx scripts/make-icons.ts`); the PNGs are committed so that neither the build
 * nor a phone needs to rasterize anything. The maskable icon keeps its heart inside the central 80 %
 * "safe zone", because launchers crop it to a circle or a squircle.
 */
import path from "node:path";
import sharp from "sharp";

const dir = path.join(process.cwd(), "public/icons");
const jobs: [source: string, size: number, out: string][] = [
  ["icon.svg", 192, "icon-192.png"],
  ["icon.svg", 512, "icon-512.png"],
  ["maskable.svg", 512, "maskable-512.png"],
  ["icon.svg", 180, "apple-touch-icon.png"],
];

for (const [source, size, out] of jobs) {
  await sharp(path.join(dir, source), { density: 300 }).resize(size, size).png({ compressionLevel: 9, palette: true }).toFile(path.join(dir, out));
  console.log(`public/icons/${out}`);
}
