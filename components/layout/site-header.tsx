import { useTranslations } from "next-intl";
import { Link } from "@/components/layout/link";
import { LanguageSwitch } from "./language-switch";
import { SiteNav } from "./site-nav";

const NAV = [
  { href: "/", section: "/", key: "overview" },
  { href: "/countries/KAZ", section: "/countries", key: "countries" },
  { href: "/mirror", section: "/mirror", key: "mirror" },
  { href: "/data", section: "/data", key: "data" },
  { href: "/check", section: "/check", key: "check" },
  { href: "/claims", section: "/claims", key: "claims" },
  { href: "/projects", section: "/projects", key: "projects" },
] as const;

/**
 * The brand, the sections and the language. On a phone: the brand and the
 * language in one row, the sections in one sideways-scrolling row below it;
 * on a wide screen all three in one row.
 */
export function SiteHeader() {
  const t = useTranslations("common");
  return (
    <header className="site-header">
      <Link href="/" className="brand">
        Caravan <span className="brand-sub">{t("brandSub")}</span>
      </Link>
      <SiteNav label={t("nav.label")} items={NAV.map((item) => ({ href: item.href, section: item.section, label: t(`nav.${item.key}`) }))} />
      <LanguageSwitch />
    </header>
  );
}
