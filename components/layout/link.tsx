"use client";

import { useState, type ComponentProps } from "react";
import { Link as LocaleLink } from "@/lib/core/i18n/navigation";

type LinkProps = ComponentProps<typeof LocaleLink>;

/**
 * The site's Link: locale-aware, and it prefetches its page when a reader reaches for it (the
 * pointer enters, it takes focus, a finger touches it) rather than as soon as it is on screen.
 * Next's default prefetches every link in view as the page loads: 18 requests on /countries, each
 * fetched and decoded on the main thread while a phone is still busy hydrating the page (Lighthouse
 * counts that time as blocking). Caravan's pages are dynamic, so a prefetch brings their shell and the
 * click the rest; both come from Caravan's response cache in a few milliseconds. The pattern is Next's own ("hover-triggered
 * prefetch", docs/app/guides/prefetching); an explicit `prefetch` prop still wins.
 */
export function Link({ prefetch, onPointerEnter, onFocus, onTouchStart, ...props }: LinkProps) {
  const [reachedFor, setReachedFor] = useState(false);
  return (
    <LocaleLink
      {...props}
      prefetch={prefetch !== undefined ? prefetch : reachedFor ? null : false}
      onPointerEnter={(event) => {
        setReachedFor(true);
        onPointerEnter?.(event);
      }}
      onFocus={(event) => {
        setReachedFor(true);
        onFocus?.(event);
      }}
      onTouchStart={(event) => {
        setReachedFor(true);
        onTouchStart?.(event);
      }}
    />
  );
}
