// The typeface every chart image and link preview is drawn in: DejaVu Sans
// (Latin, Cyrillic, Greek), shipped in lib/share/fonts/ with its licence so a
// fresh clone renders without a network or system fonts. Server-only: the
// files are read from the working directory, as the seed reads prisma/data/.
import "server-only";
import fs from "node:fs";
import path from "node:path";

export const FONT_FAMILY = "DejaVu Sans";
/** What the SVG asks for: DejaVu where the viewer has it, then the closest common face (Verdana shares its metrics' origin). */
export const SVG_FONT_STACK = "'DejaVu Sans', Verdana, 'Segoe UI', Arial, sans-serif";

export const FONT_FILES = {
  regular: path.resolve("lib/share/fonts/DejaVuSans.ttf"),
  bold: path.resolve("lib/share/fonts/DejaVuSans-Bold.ttf"),
} as const;

export type FontWeight = keyof typeof FONT_FILES;

const cache = new Map<FontWeight, Buffer>();

/** The font file's bytes, read once per process. */
export function fontData(weight: FontWeight): Buffer {
  let data = cache.get(weight);
  if (!data) {
    data = fs.readFileSync(/*turbopackIgnore: true*/ FONT_FILES[weight]);
    cache.set(weight, data);
  }
  return data;
}
