"use client";

import { useLocale, useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { Suspense } from "react";
import { usePathname } from "@/lib/core/i18n/navigation";
import { LOCALE_NAMES, LOCALES, localePath, type Locale } from "@/lib/core/i18n/routing";

/**
 * Links to this page in the other languages, with the same filters (the
 * query string): a reader who switches keeps the view they were looking at.
 * Plain links, not client navigation: the whole page changes language.
 */
function LanguageLinks({ search }: { search: string }) {
  const locale = useLocale();
  const pathname = usePathname();
  const t = useTranslations("common.language");
  return (
    <nav className="language-switch" aria-label={t("label")}>
      <ul>
        {LOCALES.map((other: Locale) => (
          <li key={other}>
            {other === locale ? (
              <span aria-current="true" lang={other}>
                {LOCALE_NAMES[other]}
              </span>
            ) : (
              <a
                href={`${localePath(other, pathname)}${search}`}
                hrefLang={other}
                lang={other}
                title={t("switchTo", { language: LOCALE_NAMES[other] })}
              >
                {LOCALE_NAMES[other]}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}

function WithSearch() {
  const params = useSearchParams().toString();
  return <LanguageLinks search={params ? `?${params}` : ""} />;
}

export function LanguageSwitch() {
  // useSearchParams suspends a server render; the links without the filters stand in until it resumes.
  return (
    <Suspense fallback={<LanguageLinks search="" />}>
      <WithSearch />
    </Suspense>
  );
}
