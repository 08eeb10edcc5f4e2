// Next's proxy (was middleware): maps /ru/… to the Russian pages and every
// other page address to English, without a redirect. API routes, Next's files
// and files with an extension (icons, images) never pass through it.
import createMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { DEFAULT_LOCALE, routing } from "@/lib/core/i18n/routing";

const localeRouting = createMiddleware(routing);

export default function proxy(request: NextRequest) {
  // Next names the English preview images /en/…/opengraph-image in og:image;
  // served as they are, not redirected to the unprefixed address, because
  // link-preview crawlers do not all follow redirects.
  const { pathname } = request.nextUrl;
  if (pathname.startsWith(`/${DEFAULT_LOCALE}/`) && pathname.endsWith("/opengraph-image")) return NextResponse.next();
  return localeRouting(request);
}

export const config = {
  matcher: "/((?!api|_next|.*\\..*).*)",
};
