"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";

/**
 * A <details> whose content is rendered only once it is opened: a closed
 * table or list adds nothing to the page's HTML or to hydration. A panel
 * opened before the page hydrated is noticed on mount.
 */
export function Disclosure({ summary, className, children }: { summary: ReactNode; className?: string; children: ReactNode }) {
  const ref = useRef<HTMLDetailsElement>(null);
  const [opened, setOpened] = useState(false);
  useEffect(() => {
    const details = ref.current;
    if (details?.open) setOpened(true);
  }, []);
  return (
    <details ref={ref} className={className} onToggle={(event) => event.currentTarget.open && setOpened(true)}>
      <summary>{summary}</summary>
      {opened ? children : null}
    </details>
  );
}
