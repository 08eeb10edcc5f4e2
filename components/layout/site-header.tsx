import { useTranslations } from "next-intl";
import { Link } from "@/lib/core/i18n/navigation";
import { LanguageSwitch } from "./language-switch";

const NAV = [
  { href: "/", key: "overview" },
  { href: "/countries/KAZ", key: "countries" },
  { href: "/mirror", key: "mirror" },
  { href: "/data", key: "data" },
  { href: "/check", key: "check" },
  { href: "/claims", key: "claims" },
  { href: "/projects", key: "projects" },
] as const;

export function SiteHeader() {
  const t = useTranslations("common");
  return (
    <header className="site-header">
      <Link href="/" className="brand">
        Caravan <span className="brand-sub">{t("brandSub")}</span>
      </Link>
      <nav aria-label={t("nav.label")}>
        <ul>
          {NAV.map((item) => (
            <li key={item.href}>
              <Link href={item.href}>{t(`nav.${item.key}`)}</Link>
            </li>
          ))}
        </ul>
      </nav>
      <LanguageSwitch />
    </header>
  );
}
