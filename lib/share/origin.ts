// The origin a reader reached Caravan at, for the absolute addresses the
// share routes print (an image's link to its full view, an embed's iframe).
// The Host header, not the address Next was started on (Caravan's server
// passes the reader's Host through and keys its response cache on it), and
// the scheme a proxy in front says it used. Browser-safe.

export function requestOrigin(headers: Headers, url: URL): string {
  const host = headers.get("host")?.trim() || url.host;
  const forwarded = headers.get("x-forwarded-proto")?.split(",")[0]?.trim();
  const scheme = forwarded === "https" || forwarded === "http" ? forwarded : url.protocol.replace(/:$/, "");
  return `${scheme}://${host}`;
}
