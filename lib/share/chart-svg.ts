// A chart as a self-contained SVG for print and slides: the title, what is
// measured, the reporters named in a legend, the chart, the source line
// naming the original providers, and Caravan's address of the full view.
// Drawn from the same series as the pages' Recharts charts, with the same
// scales and curve (d3's linear scale and monotone-x curve, which Recharts
// uses), the same colours and the same marker for the article's claim.
// Text is measured in the shipped face (DejaVu Sans), which the PNG is drawn
// in too, so the layout holds in both.
import "server-only";
import { scaleBand, scaleLinear, scalePoint } from "d3-scale";
import { curveMonotoneX, line } from "d3-shape";
import { sourceKey } from "../core/chart-rows";
import { formatAxisBn, formatUsdBn } from "../core/format";
import type { Locale } from "../core/i18n/routing";
import { IMAGE_SIZE } from "./schemas";
import type { ChartModel, ChartPalette, ChartSeries } from "./chart-model";
import { SVG_FONT_STACK } from "./fonts";
import { hasGlyph, textWidth, wrapText } from "./font-metrics";
import { shareT } from "./i18n";

const INK = "#111827";
const MUTED = "#4b5563";
const GRID = "#e5e7eb";
const AXIS = "#6b7280";
const LINK = "#1d4ed8";
const MARGIN = 48;

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]!);
}

/** Text the shipped face can draw: characters it lacks (CJK in a publisher's name) are left out, with the brackets they leave empty. */
export function drawable(text: string): string {
  let out = "";
  for (const char of text) out += /\s/.test(char) || hasGlyph(char) ? char : "";
  return out
    .replace(/\(\s*\)|（\s*）/g, "")
    .replace(/\s{2,}/g, " ")
    .replace(/\s+([,.;:)])/g, "$1")
    .trim();
}

const round = (n: number) => Math.round(n * 10) / 10;

interface TextOptions {
  size: number;
  weight?: "regular" | "bold";
  fill?: string;
  anchor?: "start" | "middle" | "end";
}

function text(x: number, y: number, content: string, o: TextOptions): string {
  const attrs = [
    `x="${round(x)}"`,
    `y="${round(y)}"`,
    `font-size="${o.size}"`,
    o.weight === "bold" ? `font-weight="bold"` : "",
    `fill="${o.fill ?? INK}"`,
    o.anchor && o.anchor !== "start" ? `text-anchor="${o.anchor}"` : "",
  ].filter(Boolean);
  return `<text ${attrs.join(" ")}>${escapeXml(content)}</text>`;
}

function valueText(model: ChartModel, value: number, locale: Locale): string {
  return model.unit === "usd" ? formatUsdBn(value, 2, locale) : shareT(locale)("chart.records", { count: value, n: String(value) });
}

function tickText(model: ChartModel, value: number, locale: Locale): string {
  if (model.unit !== "usd") return String(value);
  // the site's axis format, with a minus that reads as one: −$5bn rather than $-5bn
  return value < 0 ? `−${formatAxisBn(-value, locale)}` : formatAxisBn(value, locale);
}

/** Legend items laid out in rows across the width; returns the markup and its height. */
function legend(
  series: ChartSeries[],
  type: ChartModel["type"],
  palette: ChartPalette,
  top: number,
  width: number,
  locale: Locale,
): { svg: string; height: number } {
  if (series.length === 0) return { svg: "", height: 0 };
  const size = 16;
  const rowHeight = 26;
  let x = MARGIN;
  let y = top + 18;
  const parts: string[] = [];
  for (const s of series) {
    const label = drawable(s.label);
    const itemWidth = 30 + textWidth(label, size) + 24;
    if (x > MARGIN && x + itemWidth > MARGIN + width) {
      x = MARGIN;
      y += rowHeight;
    }
    const color = palette(s.tone);
    parts.push(
      type === "line"
        ? `<line x1="${x}" y1="${y - 5}" x2="${x + 24}" y2="${y - 5}" stroke="${color}" stroke-width="3"${s.dashed ? ` stroke-dasharray="5 4"` : ""}/><circle cx="${x + 12}" cy="${y - 5}" r="3.5" fill="${color}"/>`
        : `<rect x="${x + 5}" y="${y - 12}" width="14" height="14" fill="${color}"/>`,
    );
    parts.push(text(x + 30, y, label, { size }));
    x += itemWidth;
  }
  return { svg: `<g aria-label="${escapeXml(shareT(locale)("chart.legend"))}">${parts.join("")}</g>`, height: y - top + 10 };
}

interface Plot {
  left: number;
  top: number;
  width: number;
  height: number;
}

function yScale(model: ChartModel, plot: Plot) {
  const values: number[] = [0];
  if (model.type === "bar" && model.stacked) {
    for (const row of model.rows) {
      let up = 0;
      let down = 0;
      for (const s of model.series) {
        const v = row[s.key];
        if (typeof v !== "number") continue;
        if (v >= 0) up += v;
        else down += v;
      }
      values.push(up, down);
    }
  } else {
    for (const row of model.rows) for (const s of model.series) if (typeof row[s.key] === "number") values.push(row[s.key] as number);
  }
  for (const m of model.markers) values.push(m.y);
  const scale = scaleLinear()
    .domain([Math.min(...values), Math.max(...values)])
    .range([plot.top + plot.height, plot.top])
    .nice(6);
  const ticks = scale.ticks(6).filter((t) => model.unit === "usd" || Number.isInteger(t));
  return { scale, ticks };
}

function axisWidth(model: ChartModel, ticks: number[], locale: Locale): number {
  return Math.max(...ticks.map((t) => textWidth(tickText(model, t, locale), 14)), 20) + 14;
}

/** The plot: grid, axes, series and markers; `bare` leaves out every text (the link previews draw their own). */
function plotChart(model: ChartModel, palette: ChartPalette, area: Plot, bare = false, locale: Locale = "en"): string {
  const out: string[] = [];
  const probe = yScale(model, area);
  const axis = bare ? 0 : axisWidth(model, probe.ticks, locale);
  const plot: Plot = bare ? area : { left: area.left + axis, top: area.top + 8, width: area.width - axis - 8, height: area.height - 8 - 34 };
  const { scale: y, ticks } = yScale(model, plot);
  const bottom = plot.top + plot.height;
  // grid and value axis
  for (const t of ticks) {
    const ty = y(t);
    out.push(`<line x1="${plot.left}" y1="${round(ty)}" x2="${plot.left + plot.width}" y2="${round(ty)}" stroke="${t === 0 ? "#9ca3af" : GRID}"/>`);
    if (!bare) out.push(text(plot.left - 8, ty + 5, tickText(model, t, locale), { size: 14, fill: AXIS, anchor: "end" }));
  }
  const labels = model.rows.map((row) => String(row[model.index]));
  const x =
    model.type === "line"
      ? scalePoint<string>()
          .domain(labels)
          .range([plot.left, plot.left + plot.width])
          .padding(0.4)
      : scaleBand<string>()
          .domain(labels)
          .range([plot.left, plot.left + plot.width])
          .paddingInner(0.2)
          .paddingOuter(0.1);
  const step = model.type === "line" ? (x as ReturnType<typeof scalePoint<string>>).step() : (x as ReturnType<typeof scaleBand<string>>).step();
  const band = model.type === "bar" ? (x as ReturnType<typeof scaleBand<string>>).bandwidth() : 0;
  const centre = (label: string) => (x(label) ?? 0) + band / 2;
  // category axis: every label that fits beside the last one drawn
  const widest = Math.max(...labels.map((l) => textWidth(drawable(l), 14)), 1);
  const every = Math.max(1, Math.ceil((widest + 12) / Math.max(step, 1)));
  labels.forEach((label, i) => {
    if (!bare && i % every === 0) {
      out.push(text(centre(label), bottom + 22, drawable(label), { size: 14, fill: AXIS, anchor: "middle" }));
    }
  });
  out.push(`<line x1="${plot.left}" y1="${bottom}" x2="${plot.left + plot.width}" y2="${bottom}" stroke="${AXIS}"/>`);

  if (model.type === "line") {
    for (const s of model.series) {
      const color = palette(s.tone);
      const points = model.rows.map((row) => ({ label: String(row[model.index]), value: row[s.key], source: row[sourceKey(s.key)] }));
      const path = line<(typeof points)[number]>()
        .defined((p) => typeof p.value === "number")
        .x((p) => centre(p.label))
        .y((p) => y(p.value as number))
        .curve(curveMonotoneX)(points);
      if (path) {
        out.push(
          `<path d="${path}" fill="none" stroke="${color}" stroke-width="2.5"${s.dashed ? ` stroke-dasharray="6 5"` : ""} stroke-linejoin="round" stroke-linecap="round"/>`,
        );
      }
      for (const p of points) {
        if (typeof p.value !== "number") continue;
        const hint = `${drawable(s.label)}, ${p.label}: ${valueText(model, p.value, locale)}${typeof p.source === "string" ? ` (${drawable(p.source)})` : ""}`;
        out.push(
          `<circle cx="${round(centre(p.label))}" cy="${round(y(p.value))}" r="3.5" fill="${color}"><title>${escapeXml(hint)}</title></circle>`,
        );
      }
    }
  } else {
    const groups = model.stacked ? 1 : Math.max(1, model.series.length);
    const inner = band / groups;
    for (const row of model.rows) {
      const label = String(row[model.index]);
      let up = 0;
      let down = 0;
      model.series.forEach((s, i) => {
        const value = row[s.key];
        if (typeof value !== "number" || value === 0) return;
        let from: number;
        let to: number;
        if (model.stacked) {
          from = value >= 0 ? up : down;
          to = from + value;
          if (value >= 0) up = to;
          else down = to;
        } else {
          from = 0;
          to = value;
        }
        const bx = (x(label) ?? 0) + (model.stacked ? 0 : i * inner);
        const top = Math.min(y(from), y(to));
        const h = Math.max(1, Math.abs(y(from) - y(to)));
        const width = Math.max(1, (model.stacked ? band : inner) - (groups > 1 ? 2 : 0));
        const source = row[sourceKey(s.key)];
        const hint = `${drawable(s.label)}, ${label}: ${valueText(model, value, locale)}${typeof source === "string" ? ` (${drawable(source)})` : ""}`;
        out.push(
          `<rect x="${round(bx)}" y="${round(top)}" width="${round(width)}" height="${round(h)}" fill="${palette(s.tone)}"><title>${escapeXml(hint)}</title></rect>`,
        );
      });
    }
  }

  for (const m of model.markers) {
    const my = y(m.y);
    if (m.x === undefined) {
      out.push(
        `<line x1="${plot.left}" y1="${round(my)}" x2="${plot.left + plot.width}" y2="${round(my)}" stroke="#111" stroke-width="1.5" stroke-dasharray="6 4"/>`,
      );
      if (!bare) out.push(text(plot.left + 8, my - 7, drawable(m.label), { size: 14, weight: "bold", fill: "#111" }));
    } else {
      const mx = centre(String(m.x));
      if (!labels.includes(String(m.x))) continue;
      out.push(`<circle cx="${round(mx)}" cy="${round(my)}" r="7" fill="#fff" stroke="#111" stroke-width="2"/>`);
      if (!bare) out.push(text(mx - 12, my + 5, drawable(m.label), { size: 14, weight: "bold", fill: "#111", anchor: "end" }));
    }
  }
  return `<g aria-label="${escapeXml(shareT(locale)("chart.plot"))}">${out.join("")}</g>`;
}

export interface SvgOptions {
  /** Caravan's origin, to print the full view's address: https://caravan.example */
  origin: string;
  width?: number;
  height?: number;
  /** the language of the image's own words (axis ticks, the empty note, labels for screen readers); English by default */
  locale?: Locale;
}

/** The chart as an SVG document (UTF-8 text). */
export function renderChartSvg(model: ChartModel, palette: ChartPalette, options: SvgOptions): string {
  const locale = options.locale ?? "en";
  const t = shareT(locale);
  const width = options.width ?? IMAGE_SIZE.width;
  const height = options.height ?? IMAGE_SIZE.height;
  const inner = width - 2 * MARGIN;
  const parts: string[] = [];
  let y = 24;
  const block = (content: string, size: number, lineHeight: number, maxLines: number, o: Omit<TextOptions, "size">) => {
    const lines = wrapText(drawable(content), inner, size, maxLines, o.weight ?? "regular");
    for (const l of lines) {
      y += lineHeight;
      parts.push(text(MARGIN, y, l, { size, ...o }));
    }
    return lines;
  };
  const titleLines = block(model.title, 30, 36, 2, { weight: "bold" });
  y += 4;
  block(model.subtitle, 17, 23, 2, { fill: MUTED });
  if (model.notes.length) {
    y += 4;
    block(model.notes.join("  ·  "), 16, 22, 3, { fill: INK });
  }
  y += 10;
  const key = legend(model.series, model.type, palette, y, inner, locale);
  parts.push(key.svg);
  y += key.height;

  const fullUrl = `${options.origin}${model.fullViewPath}`;
  const sourceLines = wrapText(drawable(model.sourceLine), inner, 15, 2);
  const footerHeight = sourceLines.length * 20 + 30;
  const footerTop = height - 20 - footerHeight;
  const plot: Plot = { left: MARGIN, top: y + 6, width: inner, height: footerTop - y - 18 };
  if (model.empty || model.rows.length === 0) {
    parts.push(
      text(width / 2, plot.top + plot.height / 2, drawable(model.empty ?? t("chart.emptySelection")), {
        size: 20,
        fill: MUTED,
        anchor: "middle",
      }),
    );
  } else {
    parts.push(plotChart(model, palette, plot, false, locale));
  }

  let fy = footerTop;
  for (const l of sourceLines) {
    fy += 20;
    parts.push(text(MARGIN, fy, l, { size: 15, fill: MUTED }));
  }
  fy += 26;
  const urlText = wrapText(fullUrl, inner - textWidth("Caravan · ", 15, "bold"), 15, 1)[0] ?? fullUrl;
  parts.push(
    `<a href="${escapeXml(fullUrl)}" target="_top">${text(MARGIN, fy, "Caravan", { size: 15, weight: "bold" })}${text(MARGIN + textWidth("Caravan ", 15, "bold"), fy, `· ${urlText}`, { size: 15, fill: LINK })}</a>`,
  );

  const title = titleLines.join(" ");
  const desc = `${drawable(model.subtitle)} ${drawable(model.sourceLine)} ${t("chart.fullView", { url: fullUrl })}`;
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="chart-title chart-desc" font-family="${escapeXml(SVG_FONT_STACK)}">`,
    `<title id="chart-title">${escapeXml(drawable(model.title) || title)}</title>`,
    `<desc id="chart-desc">${escapeXml(desc)}</desc>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    ...parts,
    `</svg>`,
    "",
  ].join("\n");
}

/** The chart alone, without any text, for a link preview that sets its own words beside it. */
export function renderMiniChartSvg(model: ChartModel, palette: ChartPalette, width: number, height: number): string {
  const body = model.rows.length && !model.empty ? plotChart(model, palette, { left: 6, top: 10, width: width - 12, height: height - 20 }, true) : "";
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${body}</svg>`;
}
