// Text widths in the shipped typeface, so that the chart images wrap titles
// and lay out legends where the PNG (drawn in that same face) puts them. Reads
// only the two tables a width needs (cmap: character → glyph; hmtx: glyph →
// advance); no shaping or kerning, which moves a line by a pixel or two.
import "server-only";
import { fontData, type FontWeight } from "./fonts";

interface Metrics {
  unitsPerEm: number;
  advances: number[];
  glyphOf: (codePoint: number) => number;
}

function tables(font: Buffer): Map<string, number> {
  const count = font.readUInt16BE(4);
  const out = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    const record = 12 + i * 16;
    out.set(font.toString("latin1", record, record + 4), font.readUInt32BE(record + 8));
  }
  return out;
}

/** cmap format 12 (full Unicode) where the font has it, else format 4 (the BMP). */
function characterMap(font: Buffer, cmap: number): (codePoint: number) => number {
  const subtables = font.readUInt16BE(cmap + 2);
  let format4: number | null = null;
  for (let i = 0; i < subtables; i++) {
    const record = cmap + 4 + i * 8;
    const platform = font.readUInt16BE(record);
    const encoding = font.readUInt16BE(record + 2);
    const offset = cmap + font.readUInt32BE(record + 4);
    const format = font.readUInt16BE(offset);
    if (platform === 3 && encoding === 10 && format === 12) {
      const groups = font.readUInt32BE(offset + 12);
      return (codePoint) => {
        let lo = 0;
        let hi = groups - 1;
        while (lo <= hi) {
          const mid = (lo + hi) >> 1;
          const group = offset + 16 + mid * 12;
          const start = font.readUInt32BE(group);
          const end = font.readUInt32BE(group + 4);
          if (codePoint < start) hi = mid - 1;
          else if (codePoint > end) lo = mid + 1;
          else return font.readUInt32BE(group + 8) + codePoint - start;
        }
        return 0;
      };
    }
    if (platform === 3 && encoding === 1 && format === 4) format4 = offset;
  }
  if (format4 === null) return () => 0;
  const table = format4;
  const segments = font.readUInt16BE(table + 6) / 2;
  const ends = table + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  return (codePoint) => {
    if (codePoint > 0xffff) return 0;
    for (let i = 0; i < segments; i++) {
      if (codePoint > font.readUInt16BE(ends + i * 2)) continue;
      const start = font.readUInt16BE(starts + i * 2);
      if (codePoint < start) return 0;
      const delta = font.readInt16BE(deltas + i * 2);
      const rangeOffset = font.readUInt16BE(rangeOffsets + i * 2);
      if (rangeOffset === 0) return (codePoint + delta) & 0xffff;
      const glyph = font.readUInt16BE(rangeOffsets + i * 2 + rangeOffset + (codePoint - start) * 2);
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
}

function readMetrics(font: Buffer): Metrics {
  const offsets = tables(font);
  const head = offsets.get("head")!;
  const hhea = offsets.get("hhea")!;
  const hmtx = offsets.get("hmtx")!;
  const maxp = offsets.get("maxp")!;
  const glyphs = font.readUInt16BE(maxp + 4);
  const longMetrics = font.readUInt16BE(hhea + 34);
  const advances: number[] = [];
  for (let i = 0; i < glyphs; i++) advances.push(font.readUInt16BE(hmtx + Math.min(i, longMetrics - 1) * 4));
  return { unitsPerEm: font.readUInt16BE(head + 18), advances, glyphOf: characterMap(font, offsets.get("cmap")!) };
}

const metrics = new Map<FontWeight, Metrics>();

function metricsOf(weight: FontWeight): Metrics {
  let m = metrics.get(weight);
  if (!m) {
    m = readMetrics(fontData(weight));
    metrics.set(weight, m);
  }
  return m;
}

/** The width of one line of text in pixels at this size, in the shipped face. */
export function textWidth(text: string, size: number, weight: FontWeight = "regular"): number {
  const m = metricsOf(weight);
  let units = 0;
  for (const char of text) {
    const glyph = m.glyphOf(char.codePointAt(0)!);
    units += m.advances[glyph] ?? m.advances[0] ?? m.unitsPerEm / 2;
  }
  return (units / m.unitsPerEm) * size;
}

/** Whether the shipped face has a glyph for this character (CJK, for one, it has not). */
export function hasGlyph(char: string, weight: FontWeight = "regular"): boolean {
  return metricsOf(weight).glyphOf(char.codePointAt(0)!) !== 0;
}

/**
 * Greedy word wrap into at most `maxLines` lines of at most `width` pixels;
 * the last line ends in "…" when text is left over. A word longer than a line
 * (a URL) is cut where it overflows.
 */
export function wrapText(text: string, width: number, size: number, maxLines: number, weight: FontWeight = "regular"): string[] {
  const fits = (line: string) => textWidth(line, size, weight) <= width;
  const lines: string[] = [];
  let line = "";
  const words = text.split(/\s+/).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    let word = words[i]!;
    const candidate = line ? `${line} ${word}` : word;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line) {
      lines.push(line);
      line = "";
      if (lines.length === maxLines) return ellipsize(lines, [word, ...words.slice(i + 1)].join(" "), width, size, weight);
    }
    while (!fits(word)) {
      let cut = word.length - 1;
      while (cut > 1 && !fits(word.slice(0, cut))) cut--;
      lines.push(word.slice(0, cut));
      word = word.slice(cut);
      if (lines.length === maxLines) return ellipsize(lines, word, width, size, weight);
    }
    line = word;
  }
  if (line) lines.push(line);
  return lines;
}

function ellipsize(lines: string[], rest: string, width: number, size: number, weight: FontWeight): string[] {
  if (!rest) return lines;
  let last = lines[lines.length - 1]!;
  while (last && textWidth(`${last}…`, size, weight) > width) last = last.slice(0, -1).trimEnd();
  lines[lines.length - 1] = `${last}…`;
  return lines;
}
