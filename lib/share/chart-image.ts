// The chart routes' one file form: the view drawn as SVG, or that SVG as a
// PNG at twice the size for print. The pixel size is sent in X-Image-Size
// and stated in the OpenAPI document.
import "server-only";
import type { FileForm } from "../core/http/routes";
import { chartFileName, type ImageFormat } from "./chart-ref";
import { IMAGE_SIZE, PNG_SIZE } from "./schemas";
import type { ChartPalette } from "./chart-model";
import { svgToPng } from "./chart-png";
import { requestOrigin } from "./origin";
import { renderChartSvg } from "./chart-svg";
import type { ChartView } from "./chart-views";

export const IMAGE_SIZE_HEADER = "X-Image-Size";

export const IMAGE_MEDIA_TYPES: Record<ImageFormat, string> = { svg: "image/svg+xml", png: "image/png" };

export function chartImage<Filters>(format: ImageFormat, palette: ChartPalette): FileForm<Filters, ChartView> {
  return {
    render: async ({ url, request, body }) => {
      const view = await body();
      const svg = renderChartSvg(view.model, palette, { origin: requestOrigin(request.headers, url), locale: view.locale });
      const size = format === "png" ? PNG_SIZE : IMAGE_SIZE;
      return {
        body: format === "png" ? await svgToPng(svg) : svg,
        contentType: format === "png" ? IMAGE_MEDIA_TYPES.png : `${IMAGE_MEDIA_TYPES.svg}; charset=utf-8`,
        fileName: chartFileName(view.ref, format),
        headers: { [IMAGE_SIZE_HEADER]: `${size.width}x${size.height}` },
      };
    },
  };
}
