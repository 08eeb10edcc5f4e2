// Partner, reporter and flow names a trade import file may use.
import { matchEnum } from "../core/reference/enum-value";
import { FLOW_NAMES_TO_CHINAS_SIDE, FLOWS, REPORTER_CODES, type PartnerCode, type ReporterCode } from "../core/reference/codes";
import { resolveCountry } from "../core/reference/resolve";
import { PARTNER_CODES } from "./schemas";
import { reporterOfPublishedFigure } from "./seed-files";

export function resolvePartner(raw: string): PartnerCode | null {
  const iso3 = resolveCountry(raw);
  return iso3 && (PARTNER_CODES as readonly string[]).includes(iso3) ? (iso3 as PartnerCode) : null;
}

/** A reporter code (CHN, KAZ, …, EDB, COW), or a free-text reporting side as the tidy file writes it. */
export function resolveReporter(raw: string, allowFreeText: boolean): ReporterCode | null {
  const code = matchEnum(REPORTER_CODES, raw);
  if (code) return code;
  if (!allowFreeText) return null;
  if (/^COW\b/i.test(raw.trim())) return "COW";
  return reporterOfPublishedFigure(raw.trim());
}

export const ACCEPTED = {
  partner: `${PARTNER_CODES.join(", ")} (or the country's English name)`,
  reporter: REPORTER_CODES.join(", "),
  flow: FLOWS.join(", "),
  tidyFlow: Object.keys(FLOW_NAMES_TO_CHINAS_SIDE).join(", "),
};
