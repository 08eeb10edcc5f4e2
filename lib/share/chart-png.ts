// The chart image's PNG: the very SVG of chart-svg.ts, rasterised by resvg at
// twice its size for print, with the shipped fonts only (no system fonts, so
// every machine draws the same pixels, Cyrillic included).
import "server-only";
import type * as Resvg from "@resvg/resvg-js";
import { FONT_FAMILY, FONT_FILES } from "./fonts";
import { PNG_SCALE } from "./schemas";

type ResvgModule = typeof Resvg;
let resvg: Promise<ResvgModule> | undefined;

// A native addon (napi), loaded by Node at run time rather than bundled:
// Next's bundler cannot place a .node file in a server chunk, and the
// package is not on its list of server externals.
function loadResvg(): Promise<ResvgModule> {
  resvg ??= import(/* turbopackIgnore: true */ /* webpackIgnore: true */ "@resvg/resvg-js").then(
    (module) => ("default" in module ? module.default : module) as ResvgModule,
  );
  return resvg;
}

/** The SVG as a PNG, `scale` times its size (2× by default). */
export async function svgToPng(svg: string, scale = PNG_SCALE): Promise<Uint8Array<ArrayBuffer>> {
  const { Resvg } = await loadResvg();
  const renderer = new Resvg(svg, {
    fitTo: { mode: "zoom", value: scale },
    background: "#ffffff",
    font: {
      loadSystemFonts: false,
      fontFiles: [FONT_FILES.regular, FONT_FILES.bold],
      defaultFontFamily: FONT_FAMILY,
      sansSerifFamily: FONT_FAMILY,
    },
  });
  return new Uint8Array(renderer.render().asPng());
}
