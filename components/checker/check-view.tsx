"use client";

import { useMutation } from "@tanstack/react-query";
import dynamic from "next/dynamic";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { ErrorState } from "@/components/states/states";
import type { ExtractedAssertion } from "@/lib/checker/extraction-schema";
import type { CheckResponse, JudgeResponse } from "@/lib/checker/schemas";
import { postApi } from "@/lib/core/http/api-client";
import { useRouter } from "@/lib/core/i18n/navigation";
import { AnnotatedText } from "./annotated-text";
import { scriptLang } from "./labels";
import { VerdictChip } from "./verdict-chip";

// The evidence panel (its chart, its reading editor and their code) is fetched once there is a claim to show.
const ClaimEvidence = dynamic(() => import("./claim-evidence").then((m) => m.ClaimEvidence), { ssr: false });

type SavedCheck = { data: { id: string } };

/** Text from a dropped file: HTML loses its markup (scripts and styles with it); .txt and .md are read as they are. */
async function readDroppedFile(file: File): Promise<string> {
  const raw = await file.text();
  if (!/\.html?$/i.test(file.name) && file.type !== "text/html") return raw;
  const doc = new DOMParser().parseFromString(raw, "text/html");
  doc.querySelectorAll("script, style, noscript, template").forEach((el) => el.remove());
  doc.querySelectorAll("p, div, li, h1, h2, h3, h4, br, tr").forEach((el) => el.append("\n"));
  return (doc.body.textContent ?? "").replace(/\n{3,}/g, "\n\n").trim();
}

/** File names and extensions are not words to translate. */
const ext = (chunks: React.ReactNode) => <span translate="no">{chunks}</span>;

export interface CheckInput {
  text: string;
  date: string;
  language: "" | "en" | "ru" | "zh";
}

/**
 * /check: paste or drop a text, optionally give its date; every numeric trade
 * claim is marked in the text with a verdict per reporter. A mark opens its
 * evidence; a wrong reading can be corrected and judged again; a check can be
 * saved under a permalink.
 */
export function CheckView({
  initial,
  initialResult,
  maxTextBytes,
}: {
  initial?: CheckInput;
  initialResult?: CheckResponse;
  /** MAX_TEXT_BYTES of lib/checker/schemas.ts, handed down by the server page so the browser needs no zod to know it */
  maxTextBytes: number;
}) {
  const t = useTranslations("checker");
  const locale = useLocale();
  const router = useRouter();
  const [input, setInput] = useState<CheckInput>(initial ?? { text: "", date: "", language: "" });
  const [result, setResult] = useState<CheckResponse | null>(initialResult ?? null);
  const [checkedInput, setCheckedInput] = useState<CheckInput | null>(initialResult && initial ? initial : null);
  const [selected, setSelected] = useState<number | null>(null);
  const [corrections, setCorrections] = useState<Map<number, ExtractedAssertion>>(
    () => new Map((initialResult?.data ?? []).filter((c) => c.corrected).map((c) => [c.index, c.assertion])),
  );
  /** the result's heading: it takes the focus once a check is done, so the answer is what the reader (and a screen reader) gets next */
  const summaryRef = useRef<HTMLHeadingElement>(null);
  /** how many checks this page has run: each one brings its result into view once it is drawn */
  const [checks, setChecks] = useState(0);
  useEffect(() => {
    if (checks === 0) return;
    summaryRef.current?.focus({ preventScroll: true });
    summaryRef.current?.scrollIntoView({ block: "start" });
  }, [checks]);
  /** the name of a dropped file that is not text */
  const [fileError, setFileError] = useState<string | null>(null);

  const request = (i: CheckInput) => ({ text: i.text, ...(i.date ? { date: i.date } : {}), ...(i.language ? { language: i.language } : {}) });
  const check = useMutation({
    // the verdicts' explanations in the page's language (English is the API's default)
    mutationFn: (i: CheckInput) => postApi<CheckResponse>("/api/v1/check", { ...request(i), ...(locale === "en" ? {} : { locale }) }),
    onSuccess: (body, i) => {
      setResult(body);
      setCheckedInput(i);
      setCorrections(new Map());
      setSelected(body.data.length ? 0 : null);
      setChecks((n) => n + 1);
    },
  });
  const judge = useMutation({
    mutationFn: ({ assertion }: { index: number; assertion: ExtractedAssertion }) =>
      postApi<JudgeResponse>("/api/v1/check/judge", { assertion, ...(locale === "en" ? {} : { locale }) }),
    onSuccess: (body, { index }) => {
      setCorrections((m) => new Map(m).set(index, body.data.assertion));
      setResult((r) => {
        if (!r) return r;
        const known = new Set(r.sources.map((s) => s.id));
        return {
          ...r,
          sources: [...r.sources, ...body.sources.filter((s) => !known.has(s.id))],
          data: r.data.map((c) => (c.index === index ? { ...c, assertion: body.data.assertion, verdicts: body.data.verdicts, corrected: true } : c)),
        };
      });
    },
  });
  const save = useMutation({
    mutationFn: () =>
      postApi<SavedCheck>("/api/v1/checks", {
        ...request(checkedInput!),
        corrections: [...corrections].map(([index, assertion]) => ({ index, assertion })),
      }),
    onSuccess: (body) => router.push(`/check/${body.data.id}`),
  });

  /** Selects a claim; on a narrow screen, where the evidence stands between the list of claims and the text, brings it into view. */
  const showEvidence = (index: number) => {
    setSelected(index);
    requestAnimationFrame(() => {
      if (window.matchMedia("(max-width: 999px)").matches) document.getElementById("claim-evidence")?.scrollIntoView({ block: "start" });
    });
  };
  const bytes = new TextEncoder().encode(input.text).length;
  const tooLong = bytes > maxTextBytes;
  const stale = result !== null && checkedInput !== null && checkedInput.text !== input.text;
  const claim = result?.data.find((c) => c.index === selected) ?? null;
  // the checked text's language when the reader gave it; otherwise each quote is marked by its letters
  const textLang = checkedInput?.language || undefined;

  return (
    <div className="check-view">
      <form
        className="panel check-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (input.text.trim() && !tooLong) check.mutate(input);
        }}
        onDragOver={(event) => event.preventDefault()}
        onDrop={async (event) => {
          event.preventDefault();
          const file = event.dataTransfer.files[0];
          if (!file) return;
          if (!/\.(txt|md|html?)$/i.test(file.name)) return setFileError(file.name);
          setFileError(null);
          const text = await readDroppedFile(file);
          setInput((i) => ({ ...i, text }));
        }}
      >
        <label className="field-label" htmlFor="check-text">
          {t.rich("form.textLabel", { ext })}
        </label>
        <textarea
          id="check-text"
          data-headline
          className="check-textarea"
          value={input.text}
          rows={10}
          placeholder={t("form.placeholder")}
          onChange={(e) => setInput((i) => ({ ...i, text: e.target.value }))}
          aria-invalid={tooLong || undefined}
          aria-describedby="check-text-size"
          lang={input.language || scriptLang(input.text)}
        />
        <p id="check-text-size" className={`small ${tooLong ? "error-text" : "muted"}`}>
          {t("form.size", { used: String(Math.ceil(bytes / 1024)), max: String(maxTextBytes / 1024) })}
          {tooLong ? t("form.tooLong") : ""}
        </p>
        <div className="editor-row">
          <label>
            <span className="field-label">{t("form.date")}</span>
            <input className="text-input" type="date" value={input.date} onChange={(e) => setInput((i) => ({ ...i, date: e.target.value }))} />
          </label>
          <label>
            <span className="field-label">{t("form.language")}</span>
            <select
              className="text-input"
              value={input.language}
              onChange={(e) => setInput((i) => ({ ...i, language: e.target.value as CheckInput["language"] }))}
            >
              <option value="">{t("form.languages.detect")}</option>
              <option value="en">{t("form.languages.en")}</option>
              <option value="ru">{t("form.languages.ru")}</option>
              <option value="zh">{t("form.languages.zh")}</option>
            </select>
          </label>
          <label className="file-label">
            <span className="field-label">{t("form.file")}</span>
            <input
              type="file"
              accept=".txt,.md,.html,.htm,text/plain,text/markdown,text/html"
              onChange={async (e) => {
                const file = e.target.files?.[0];
                if (!file) return;
                const text = await readDroppedFile(file);
                setInput((i) => ({ ...i, text }));
              }}
            />
          </label>
        </div>
        {fileError && <p className="error-text small">{t.rich("form.fileError", { name: fileError, ext })}</p>}
        <button className="button" type="submit" disabled={check.isPending || !input.text.trim() || tooLong}>
          {check.isPending ? t("form.submitting") : t("form.submit")}
        </button>
      </form>

      {check.error && <ErrorState error={check.error} />}

      {result && checkedInput && (
        <section aria-label={t("result.label")} className="check-result">
          <div className="check-summary">
            <h2 ref={summaryRef} tabIndex={-1} className="check-summary-heading">
              {result.data.length === 0 ? t("result.none") : t("result.found", { count: result.data.length })}
            </h2>
            {result.meta.saved?.dataChanged && (
              <p className="notice" role="status">
                {t("result.dataChanged", {
                  first: String(result.meta.saved.firstDataVersion),
                  current: String(result.meta.dataVersion),
                  changed: String(result.meta.saved.changedVerdicts),
                })}
              </p>
            )}
            {stale && <p className="notice">{t("result.stale")}</p>}
            <div className="check-actions">
              {!result.meta.saved && (
                <button className="button secondary" type="button" onClick={() => save.mutate()} disabled={save.isPending}>
                  {save.isPending ? t("result.saving") : t("result.save")}
                </button>
              )}
              {result.meta.saved && (
                <>
                  <a className="button secondary" href={`/api/v1/checks/${result.meta.saved.id}?format=csv`} download>
                    {t("result.csv")}
                  </a>
                  <a
                    className="button secondary"
                    href={`/api/v1/checks/${result.meta.saved.id}`}
                    download={`caravan-check-${result.meta.saved.id}.json`}
                  >
                    {t("result.json")}
                  </a>
                </>
              )}
            </div>
            {save.error && <ErrorState error={save.error} />}
          </div>
          {/* a phone reads the list of claims, then the evidence of the chosen one, then the long text; a wide screen has
              the list and the text on the left and the evidence beside them (sticky) */}
          <div className="check-layout">
            <ol className="claim-list" aria-label={t("result.claimList")}>
              {result.data.map((c) => (
                <li key={c.index}>
                  <button type="button" className="link-button" onClick={() => showEvidence(c.index)} aria-pressed={selected === c.index}>
                    {t.rich("result.quote", { text: c.text, q: (chunks) => <span lang={textLang || scriptLang(c.text)}>{chunks}</span> })}
                  </button>{" "}
                  {c.verdicts.map((v) => (
                    <VerdictChip key={v.reporter} verdict={v} />
                  ))}
                </li>
              ))}
            </ol>
            <aside className="check-evidence-column" aria-label={t("result.evidence")}>
              {claim && (
                <ClaimEvidence
                  claim={claim}
                  sources={result.sources}
                  language={textLang}
                  busy={judge.isPending}
                  onJudge={(assertion) => judge.mutate({ index: claim.index, assertion })}
                />
              )}
              {judge.error && <ErrorState error={judge.error} />}
            </aside>
            <div className="check-text">
              <AnnotatedText text={checkedInput.text} claims={result.data} selected={selected} onSelect={showEvidence} language={textLang} />
            </div>
          </div>
        </section>
      )}
    </div>
  );
}
