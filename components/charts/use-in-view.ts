"use client";

import { useEffect, useRef, useState, type RefObject } from "react";

/**
 * True once the element has come within `rootMargin` of the viewport, and from
 * then on: what is drawn stays drawn. Charts below the fold cost nothing
 * (no Recharts download, no rendering) until a reader scrolls towards them.
 */
export function useInView<T extends Element>(rootMargin = "200px 0px"): [RefObject<T | null>, boolean] {
  const ref = useRef<T>(null);
  const [seen, setSeen] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element || seen) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          setSeen(true);
          observer.disconnect();
        }
      },
      { rootMargin },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [seen, rootMargin]);
  return [ref, seen];
}
