import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { getDb } from "@/lib/core/db/client";
import { isSeriesReporter, REPORTER_CODES, type ReporterCode } from "@/lib/core/reference/codes";
import { findFreshness, type DataFreshness } from "@/lib/trade/freshness";

type Translate = Awaited<ReturnType<typeof getTranslations<"ui.freshness">>>;

/** A part-year label in words: "2025M1-11" (English keeps the label) / "январь–ноябрь 2025 г.". */
function periodLabel(period: string, t: Translate): string {
  const match = /^(\d{4})(?:H([12])|Q([1-4])|M(\d{1,2})-(\d{1,2}))$/.exec(period);
  if (!match) return period;
  const [, year = "", half, quarter, from = "", to = ""] = match;
  if (half) return t("half", { year, half });
  if (quarter) return t("quarter", { year, quarter });
  return t("months", { year, from: Number(from), to: Number(to) });
}

/** "China's customs to 2025 (and 2025M1-11)": the latest period of one reporter. */
function latestOf(entry: DataFreshness["latest"][number], t: Translate, tRef: (code: string) => string): string {
  const reporter = tRef(entry.reporter);
  const part = entry.partYear && (entry.fullYear === null || Number(entry.partYear.slice(0, 4)) > entry.fullYear) ? entry.partYear : null;
  if (entry.fullYear === null) return part ? t("noFullYearAndPart", { reporter, period: periodLabel(part, t) }) : t("noFullYear", { reporter });
  const year = String(entry.fullYear);
  return part ? t("toYearAndPart", { reporter, year, period: periodLabel(part, t) }) : t("toYear", { reporter, year });
}

/** How fresh the data is, on every page: the latest period per reporter and when the data was loaded. */
export async function DataFreshnessNote() {
  let freshness: DataFreshness;
  try {
    freshness = await findFreshness(getDb());
  } catch {
    // the page itself says when the database is unreachable; this line just stays away
    return null;
  }
  const [locale, t, tReference, format] = await Promise.all([
    getLocale(),
    getTranslations("ui.freshness"),
    getTranslations("reference"),
    getFormatter(),
  ]);
  const tRef = (code: string) => (REPORTER_CODES.includes(code as ReporterCode) ? tReference(`reporterShort.${code as ReporterCode}`) : code);
  const series = freshness.latest.filter((e) => isSeriesReporter(e.reporter));
  let loaded: string | null = null;
  let loadedDay: string | null = null;
  if (freshness.loadedAt) {
    const at = new Date(freshness.loadedAt);
    // English keeps its compact ISO-like stamp; other languages read the date in their own words
    loaded =
      locale === "en"
        ? at.toISOString().slice(0, 16).replace("T", " ") + " UTC"
        : `${format.dateTime(at, { day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "UTC" })} UTC`;
    loadedDay =
      locale === "en" ? at.toISOString().slice(0, 10) : format.dateTime(at, { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "UTC" });
  }
  const full = (
    <>
      <span>{t("data", { list: series.map((e) => latestOf(e, t, tRef)).join(" · ") })}</span>{" "}
      <span>{loaded ? t("loaded", { time: loaded }) : t("notLoaded")}</span>
    </>
  );
  // the short line: China's customs' latest full year (the series every page starts from) and the day of loading
  const year = (series.find((e) => e.reporter === "CHN") ?? series[0])?.fullYear ?? null;
  const day = loadedDay ?? "—";
  const short = year === null ? t("shortNone", { day }) : t("short", { year: String(year), day });
  return (
    // one short line on a phone, the details a click away; the whole note on a wide screen
    <div className="freshness small" data-testid="data-freshness">
      <p className="freshness-full">{full}</p>
      <details className="freshness-short">
        <summary>{short}</summary>
        <p>{full}</p>
      </details>
    </div>
  );
}
