// The browser's faster locale resolution for ICU messages (lib/core/i18n/message-locale.ts)
// must give exactly what intl-messageformat's own gives, and must reach the copy use-intl formats with.
import { IntlMessageFormat } from "intl-messageformat";
import { createTranslator } from "use-intl";
import { afterEach, describe, expect, it, vi } from "vitest";
import { LOCALES } from "@/lib/core/i18n/routing";
import { installMessageLocaleResolver, resolveMessageLocale } from "@/lib/core/i18n/message-locale";

const libraryResolveLocale = IntlMessageFormat.resolveLocale;

afterEach(() => {
  IntlMessageFormat.resolveLocale = libraryResolveLocale;
});

describe("resolveMessageLocale", () => {
  const inputs: (string | string[])[] = [...LOCALES, ...LOCALES.map((l) => [l]), ["ru", "en"], "de", "zh-Hans-CN", ["xx-unknown"]];
  it.each(inputs.map((input) => [JSON.stringify(input), input] as const))("answers %s as the library does", (_, input) => {
    expect(resolveMessageLocale(input)?.toString()).toBe(libraryResolveLocale(input)?.toString());
  });

  it("answers Caravan's languages without asking Intl which locales it supports", () => {
    const supportedLocalesOf = vi.spyOn(Intl.NumberFormat, "supportedLocalesOf");
    try {
      for (const locale of LOCALES) resolveMessageLocale(locale);
      expect(supportedLocalesOf).not.toHaveBeenCalled();
      resolveMessageLocale("de");
      expect(supportedLocalesOf).toHaveBeenCalled();
    } finally {
      supportedLocalesOf.mockRestore();
    }
  });
});

describe("installMessageLocaleResolver", () => {
  it("replaces the resolver of the intl-messageformat that use-intl formats with", () => {
    installMessageLocaleResolver();
    expect(IntlMessageFormat.resolveLocale).toBe(resolveMessageLocale);
    // a spy in its place must be called when use-intl compiles a message: the same module, not a second copy
    const spy = vi.fn(resolveMessageLocale);
    IntlMessageFormat.resolveLocale = spy;
    const t = createTranslator({ locale: "ru", messages: { files: "{n, plural, one {# файл} few {# файла} other {# файлов}}" } });
    expect(t("files", { n: 3 })).toBe("3 файла");
    expect(spy).toHaveBeenCalledWith("ru");
  });
});
