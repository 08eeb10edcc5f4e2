// The origin the reader reached Caravan at, in a server component: the same
// rule as the share routes (lib/share/origin.ts), from Next's request headers.
import "server-only";
import { headers } from "next/headers";
import { requestOrigin as originOf } from "@/lib/share/origin";

export async function requestOrigin(): Promise<string> {
  const h = await headers();
  // no URL of its own here: without a Host header, a local http address
  return originOf(h, new URL("http://localhost"));
}
