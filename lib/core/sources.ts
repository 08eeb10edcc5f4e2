// What a source is, as the API and the pages show it. Browser-safe: the
// registry file is read in source-registry.ts.
import { z } from "zod";

/**
 * What a source is: an official or research dataset, a page that publishes
 * the figure itself (press), or a third-party copy of such a page (lowest
 * trust: ranked below every original in prisma/data/sources.csv).
 */
export const SOURCE_KINDS = ["dataset", "press", "copy"] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** A source as the API shows it beside every figure and record. */
export const sourceRefSchema = z.object({
  id: z.string(),
  publisher: z.string(),
  title: z.string(),
  url: z.string().describe("The page or dataset the figure was taken from"),
  licence: z.string(),
  methodNote: z.string().nullable().describe("How the source measures or what was done to its figures"),
  priority: z.number().int().describe("Lower is preferred when one reporter has several figures for the same period and flow"),
  // optional as well as nullable: project sources are read without it, and
  // hand-made SourceRefs (tests, fixtures) need not spell it out
  kind: z
    .enum(SOURCE_KINDS)
    .nullable()
    .optional()
    .describe('dataset, press (the page itself) or copy (a third-party copy of an article: say "copy of …"); null or absent when not stated'),
});
export type SourceRef = z.infer<typeof sourceRefSchema>;

/** A stored kind as the API's type: the database keeps it as text; anything else reads as not stated. */
export function asSourceKind(value: string | null | undefined): SourceKind | null {
  return SOURCE_KINDS.find((k) => k === value) ?? null;
}
