import type { ReactNode } from "react";

// The document (<html lang>, header, footer) is drawn by app/[locale]/layout.tsx,
// which knows the page's language; this root only passes through.
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
