// Names and codes an import file (or a text) may use for countries and
// flows, resolved to the model's codes.
import { matchEnum } from "./enum-value";
import { CENTRAL_ASIA, COUNTRIES, FLOW_NAMES_TO_CHINAS_SIDE, FLOWS, REGION_CODE, type Flow } from "./codes";

/** UN M49 numeric codes, as UN Comtrade's reporterCode / partnerCode columns give them. */
const M49: Record<string, string> = { "156": "CHN", "398": "KAZ", "417": "KGZ", "762": "TJK", "795": "TKM", "860": "UZB" };

const NAME_TO_ISO3: Record<string, string> = {
  ...Object.fromEntries(COUNTRIES.map((c) => [c.name.toLowerCase(), c.iso3])),
  "central asia (5)": REGION_CODE,
  "central asia": REGION_CODE,
  "kyrgyz republic": "KGZ",
  "china, people's republic of": "CHN",
  "people's republic of china": "CHN",
};

/** ISO3 code, English name or M49 number of China, a Central Asian country or CA5; null if none. */
export function resolveCountry(raw: string): string | null {
  const text = raw.trim();
  const upper = text.toUpperCase();
  if (COUNTRIES.some((c) => c.iso3 === upper)) return upper;
  return M49[text.replace(/^0+/, "")] ?? NAME_TO_ISO3[text.toLowerCase()] ?? null;
}

export function isCentralAsian(iso3: string): iso3 is (typeof CENTRAL_ASIA)[number] {
  return (CENTRAL_ASIA as readonly string[]).includes(iso3);
}

export function resolveFlow(raw: string, allowTidyNames: boolean): Flow | null {
  const flow = matchEnum(FLOWS, raw);
  if (flow) return flow;
  // the tidy file's names; "partner_…" flows are turned to China's side
  return allowTidyNames ? (FLOW_NAMES_TO_CHINAS_SIDE[raw.trim().toLowerCase()] ?? null) : null;
}
