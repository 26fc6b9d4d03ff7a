import type { PhotoImage } from "@/lib/places/schema";

/** A place's photos, for recognising the entrance; lazy, so they never hold up the rest of the page. */
export function PhotoStrip({ photos, alt }: { photos: PhotoImage[]; alt: (n: number) => string }) {
  return (
    <ul className="grid grid-cols-2 gap-2 md:grid-cols-3">
      {photos.map((p, i) => (
        <li key={p.src}>
          {/* eslint-disable-next-line @next/next/no-img-element -- attributes come from getImageProps on the server (photo-image.ts): next/image's optimisation without its client component */}
          <img src={p.src} srcSet={p.srcSet} sizes={p.sizes} width={p.width} height={p.height} alt={alt(i + 1)} loading="lazy" decoding="async" className="aspect-[4/3] w-full rounded-md bg-stone-200 object-cover" />
        </li>
      ))}
    </ul>
  );
}
