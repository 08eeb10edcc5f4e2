// The OpenAPI document, assembled from the fragments each slice writes from
// the same zod schemas its handlers parse with (zod 4's own JSON Schema
// output): no hand-written copy to drift. tests/api/contract.test.ts holds
// every route's real answers to it; scripts/check/openapi-lint.ts lints it.
import { checkerOpenApi } from "../checker/openapi";
import { claimsOpenApi } from "../claims/openapi";
import {
  coreOpenApi,
  SHARED_COMPONENTS,
  type OpenApiComponents,
  type OpenApiFragment,
  type OpenApiPaths,
  type OpenApiTag,
} from "../core/http/openapi";
import { FORMATS, LIST_SEPARATOR } from "../core/http/query-params";
import { importOpenApi } from "../import/openapi";
import { projectsOpenApi } from "../projects/openapi";
import { shareOpenApi } from "../share/openapi";
import { tradeOpenApi } from "../trade/openapi";

export interface OpenApiDocument {
  openapi: "3.1.0";
  info: {
    title: string;
    version: string;
    description: string;
    license: { name: string; url: string };
  };
  servers: { url: string; description: string }[];
  tags: OpenApiTag[];
  paths: OpenApiPaths;
  components: OpenApiComponents;
}

/** In the order the document lists them: the data first, then reference, uploads and the service routes. */
const FRAGMENTS: OpenApiFragment[] = [tradeOpenApi, projectsOpenApi, claimsOpenApi, checkerOpenApi, shareOpenApi, coreOpenApi, importOpenApi];

export function buildOpenApiDocument(): OpenApiDocument {
  const paths: OpenApiPaths = {};
  const components: Required<OpenApiComponents> = {
    responses: { ...SHARED_COMPONENTS.responses },
    headers: { ...SHARED_COMPONENTS.headers },
    securitySchemes: { ...SHARED_COMPONENTS.securitySchemes },
  };
  for (const fragment of FRAGMENTS) {
    // Two slices claiming one path (or one component name) is a mistake to see, not to overwrite silently.
    for (const [path, item] of Object.entries(fragment.paths)) {
      if (paths[path]) throw new Error(`OpenAPI: ${path} is described twice`);
      paths[path] = item;
    }
    for (const kind of ["responses", "headers", "securitySchemes"] as const) {
      for (const [name, component] of Object.entries(fragment.components?.[kind] ?? {})) {
        if (components[kind][name]) throw new Error(`OpenAPI: components.${kind}.${name} is declared twice`);
        (components[kind] as Record<string, unknown>)[name] = component;
      }
    }
  }
  // A copy: the fragments are module constants, and a caller that edits its document must not edit the next one.
  return structuredClone({
    openapi: "3.1.0",
    info: {
      title: "Caravan API",
      version: "1.0.0",
      description: [
        "China–Central Asia trade, as each side reports it, with the source of every figure.",
        `Reads answer ${FORMATS.join(" or ")}; several values in one parameter are joined by "${LIST_SEPARATOR}".`,
        "Every read sends an ETag; revalidate with If-None-Match. Reads answer HEAD too (headers, no body).",
        'Errors are always `{ "error": { "code", "message", "param"? } }`; an unknown route under /api is a 404 in that shape.',
      ].join(" "),
      // Caravan republishes figures under each source's own terms; /api/v1/sources lists every source with its licence.
      license: { name: "Each figure under its source's licence (see /api/v1/sources)", url: "/api/v1/sources" },
    },
    // Relative: the document describes whichever instance serves it.
    servers: [{ url: "/", description: "This Caravan instance" }],
    tags: FRAGMENTS.flatMap((fragment) => fragment.tags),
    paths,
    components,
  } satisfies OpenApiDocument);
}
