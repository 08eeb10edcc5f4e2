// A page's link preview (Open Graph image, 1200×630): what part of Caravan,
// the page's headline, its headline figures by reporter in the site's
// colours, a small copy of the page's chart and a line on how to read it.
// Drawn by Next's ImageResponse (Satori, then Resvg) with the shipped
// DejaVu fonts, so Cyrillic names draw and nothing is fetched.
import "server-only";
import { ImageResponse } from "next/og";
import { renderMiniChartSvg } from "@/lib/share/chart-svg";
import type { Preview } from "@/lib/share/chart-previews";
import { fontData, FONT_FAMILY } from "@/lib/share/fonts";
import { textWidth } from "@/lib/share/font-metrics";
import { CHART_PALETTE } from "./chart-palette";

export const PREVIEW_SIZE = { width: 1200, height: 630 } as const;
export const PREVIEW_CONTENT_TYPE = "image/png";

const INK = "#1d232b";
const MUTED = "#5b6572";
const ACCENT = "#a4452c";

const arrayBuffer = (data: Buffer): ArrayBuffer => data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer;

function svgDataUri(svg: string): string {
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
}

const VALUE_SIZE = 46;
/**
 * The figures' size: 46px, unless a value is wider than any English one
 * (Russian "+17,2 млрд $" against "+$17.2bn"), then smaller, so that two
 * figures still share a row beside the chart.
 */
function valueSize(values: string[]): number {
  const widest = Math.max(0, ...values.map((v) => textWidth(v, VALUE_SIZE, "bold")));
  return widest <= 300 ? VALUE_SIZE : Math.max(30, Math.floor((VALUE_SIZE * 230) / widest));
}

export function previewImage(preview: Preview): ImageResponse {
  const chartWidth = 460;
  const chartHeight = 300;
  const chart = preview.chart ? renderMiniChartSvg(preview.chart, CHART_PALETTE, chartWidth, chartHeight) : null;
  const figureSize = valueSize(preview.figures.map((f) => f.value));
  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        background: "#ffffff",
        color: INK,
        fontFamily: FONT_FAMILY,
        padding: "48px 56px",
        borderTop: `12px solid ${ACCENT}`,
      }}
    >
      <div style={{ display: "flex", flexShrink: 0, fontSize: 24, color: ACCENT, fontWeight: 700 }}>{preview.eyebrow}</div>
      {/* never squeezed under the figures when a longer (Russian) headline takes more lines */}
      <div style={{ display: "flex", flexShrink: 0, fontSize: 52, fontWeight: 700, lineHeight: 1.15, marginTop: 12 }}>{preview.title}</div>
      <div style={{ display: "flex", flexDirection: "row", flexGrow: 1, marginTop: 28 }}>
        <div style={{ display: "flex", flexDirection: "column", flexGrow: 1, flexBasis: 0 }}>
          <div style={{ display: "flex", flexDirection: "row", flexWrap: "wrap" }}>
            {preview.figures.map((f) => {
              const color = f.tone ? CHART_PALETTE(f.tone) : INK;
              return (
                <div
                  key={f.label}
                  style={{
                    display: "flex",
                    flexDirection: "column",
                    marginRight: 36,
                    marginBottom: 18,
                    paddingLeft: 14,
                    borderLeft: `6px solid ${color}`,
                  }}
                >
                  <div style={{ display: "flex", fontSize: figureSize, fontWeight: 700, color }}>{f.value}</div>
                  <div style={{ display: "flex", fontSize: 22, color: MUTED }}>{f.label}</div>
                  {f.detail ? <div style={{ display: "flex", fontSize: 18, color: MUTED }}>{f.detail}</div> : null}
                </div>
              );
            })}
          </div>
          {preview.lines.map((l) => (
            <div key={l.text} style={{ display: "flex", fontSize: 24, lineHeight: 1.3, marginTop: 8, color: l.tone ? CHART_PALETTE(l.tone) : INK }}>
              {l.text.length > 150 ? `${l.text.slice(0, 149)}…` : l.text}
            </div>
          ))}
        </div>
        {chart ? (
          // eslint-disable-next-line @next/next/no-img-element -- Satori draws <img>, not next/image
          <img src={svgDataUri(chart)} width={chartWidth} height={chartHeight} alt="" style={{ marginLeft: 24 }} />
        ) : null}
      </div>
      <div style={{ display: "flex", fontSize: 20, color: MUTED, marginTop: 12 }}>{preview.footer}</div>
    </div>,
    {
      ...PREVIEW_SIZE,
      // the figures change with the data: revalidate, rather than ImageResponse's default of a year, immutable
      headers: { "cache-control": "public, max-age=0, must-revalidate" },
      fonts: [
        { name: FONT_FAMILY, data: arrayBuffer(fontData("regular")), weight: 400, style: "normal" },
        { name: FONT_FAMILY, data: arrayBuffer(fontData("bold")), weight: 700, style: "normal" },
      ],
    },
  );
}
