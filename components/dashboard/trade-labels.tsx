"use client";

// The words the trade pages (overview, country, reporter gap, data) share, in
// the page's language: reporter, country and flow names, how a figure's source
// is put, and the "no figure" messages. English gives the same text the pages
// gave before they were translated.
import { useLocale, useTranslations } from "next-intl";
import { Fragment, useMemo } from "react";
import { type Locale } from "@/lib/core/i18n/routing";
import type { Flow } from "@/lib/core/reference/codes";
import type { MissingWords } from "@/lib/trade/chart-missing";
import { derivationKey, parseSourceLabel, type DescribeSource } from "@/lib/trade/chart-series";

/** A flow's name inside a sentence: English lower-cases it all (as the pages always have), Russian only its first letter. */
export function inlineFlow(label: string, locale: string): string {
  return locale === "en" ? label.toLowerCase() : label.charAt(0).toLocaleLowerCase(locale) + label.slice(1);
}

export function useTradeLabels() {
  const locale = useLocale() as Locale;
  const ref = useTranslations("reference");
  const t = useTranslations("overview");
  const tc = useTranslations("country");
  return useMemo(() => {
    const reporter = (code: string) =>
      ref.has(`reporterShort.${code}` as "reporterShort.CHN") ? ref(`reporterShort.${code}` as "reporterShort.CHN") : code;
    const reporterFull = (code: string) => (ref.has(`reporters.${code}` as "reporters.CHN") ? ref(`reporters.${code}` as "reporters.CHN") : code);
    const country = (iso3: string) => (ref.has(`countries.${iso3}` as "countries.KAZ") ? ref(`countries.${iso3}` as "countries.KAZ") : iso3);
    const inCase = (form: "genitive" | "dative" | "instrumental", iso3: string) =>
      tc.has(`${form}.${iso3}` as "genitive.KAZ") ? tc(`${form}.${iso3}` as "genitive.KAZ") : country(iso3);
    const flow = (f: Flow) => ref(`flows.${f}`);
    const derivation = (text: string) => {
      const key = derivationKey(text);
      return key ? t(`derivations.${key}`) : text;
    };
    /** describeSource in the page's language: the publisher as named, the derivation translated. */
    const describe: DescribeSource = (row, sources) => {
      const source = sources.get(row.sourceId);
      const name = source ? source.publisher : row.sourceId;
      return row.derivation ? t("sourceLabel.computed", { publisher: name, derivation: derivation(row.derivation) }) : name;
    };
    /** A selection total's source label (series.ts writes it in English) in the page's language. */
    const relabel = (label: string) => {
      if (locale === "en") return label;
      const parsed = parseSourceLabel(label);
      const names = parsed.parts
        .map((p) => (p.derivation ? t("sourceLabel.computed", { publisher: p.publisher, derivation: derivation(p.derivation) }) : p.publisher))
        .join("; ");
      if (parsed.basis === "sum") return t("sourceLabel.sum", { count: String(parsed.count), names });
      if (parsed.basis === "published") return t("sourceLabel.published", { names });
      return names;
    };
    const missingWords: MissingWords = {
      reporter: reporterFull,
      country: (iso3) => inCase("dative", iso3),
      what: (f) => t("missing.what", { flow: inlineFlow(flow(f), locale) }),
      range: (from, to) => t("missing.range", { from, to }),
      notInData: (v) => t("missing.notInData", v),
      outOfRange: (v) => t("missing.outOfRange", v),
    };
    return {
      locale,
      reporter,
      reporterFull,
      country,
      genitive: (iso3: string) => inCase("genitive", iso3),
      dative: (iso3: string) => inCase("dative", iso3),
      instrumental: (iso3: string) => inCase("instrumental", iso3),
      flow,
      flowInline: (f: Flow) => inlineFlow(flow(f), locale),
      derivation,
      describe,
      relabel,
      missingWords,
    };
  }, [locale, ref, t, tc]);
}

/**
 * A source label (describeSource, or a selection total's label) with the
 * frame in the page's language and the publishers' names, which are English
 * in their original, marked lang="en".
 */
export function SourceText({ label }: { label: string }) {
  const t = useTranslations("overview");
  const { derivation } = useTradeLabels();
  const parsed = parseSourceLabel(label);
  const names = parsed.parts.map((p, i) => (
    <Fragment key={i}>
      {i > 0 && "; "}
      <span lang="en">{p.publisher}</span>
      {p.derivation && <> ({t("derivationNote", { derivation: derivation(p.derivation) })})</>}
    </Fragment>
  ));
  if (parsed.basis === "sum") return <>{t.rich("sourceLabel.sumRich", { count: String(parsed.count), names: () => names })}</>;
  if (parsed.basis === "published") return <>{t.rich("sourceLabel.publishedRich", { names: () => names })}</>;
  return <>{names}</>;
}
