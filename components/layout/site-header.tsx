import Link from "next/link";

const NAV = [
  { href: "/", label: "Overview" },
  { href: "/countries/KAZ", label: "Countries" },
  { href: "/mirror", label: "Reporter gap" },
  { href: "/data", label: "Data" },
  { href: "/check", label: "Check a text" },
  { href: "/claims", label: "Claims" },
  { href: "/projects", label: "Projects" },
];

export function SiteHeader() {
  return (
    <header className="site-header">
      <Link href="/" className="brand">
        Caravan <span className="brand-sub">China–Central Asia trade, checked</span>
      </Link>
      <nav aria-label="Main">
        <ul>
          {NAV.map((item) => (
            <li key={item.href}>
              <Link href={item.href}>{item.label}</Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
