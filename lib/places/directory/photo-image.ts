import { getImageProps } from "next/image";
import type { PhotoImage } from "../schema";

/** Photos show two to a row on phones, three in the 42 rem column on wider screens. */
const SIZES = "(min-width: 768px) 14rem, 50vw";

/**
 * A place photo as responsive <img> attributes: Next's image optimizer resizes the stored original
 * (up to 2,048 px) to the width the screen needs and re-encodes it, so a rider on a weak network
 * loads ~20–40 kB rather than the original. Computed on the server, so the place page and the map's
 * sheet render a plain <img> and ship no image component.
 */
export function placePhotoImage(photo: { id: string; width: number; height: number }): PhotoImage {
  const { props } = getImageProps({ src: `/api/place-photos/${photo.id}`, width: photo.width, height: photo.height, alt: "", sizes: SIZES });
  return { src: props.src, srcSet: props.srcSet, sizes: props.sizes, width: photo.width, height: photo.height };
}
