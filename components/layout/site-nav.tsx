"use client";

import { useEffect, useRef } from "react";
import { usePathname } from "@/lib/core/i18n/navigation";
import { Link } from "./link";

export interface NavItem {
  href: string;
  label: string;
  /** the paths this item stands for (the countries item: every country page) */
  section: string;
}

/**
 * The site's sections: one row that scrolls sideways on a phone (the page
 * itself never does), the current section marked and scrolled into the row.
 */
export function SiteNav({ label, items }: { label: string; items: NavItem[] }) {
  const pathname = usePathname();
  const listRef = useRef<HTMLUListElement>(null);
  const isCurrent = (item: NavItem) =>
    item.section === "/" ? pathname === "/" : pathname === item.section || pathname.startsWith(`${item.section}/`);

  useEffect(() => {
    const list = listRef.current;
    const current = list?.querySelector<HTMLElement>("[aria-current]");
    if (!list || !current || list.scrollWidth <= list.clientWidth) return;
    // only the row scrolls, never the page
    list.scrollLeft = Math.max(0, current.offsetLeft - list.clientWidth / 2 + current.offsetWidth / 2);
  }, [pathname]);

  return (
    <nav className="site-nav" aria-label={label}>
      <ul ref={listRef}>
        {items.map((item) => (
          <li key={item.href}>
            <Link href={item.href} aria-current={isCurrent(item) ? "page" : undefined}>
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
