// Fetching the Caravan API from the browser. Browser-safe.
import type { ErrorBody } from "./errors";

export class ApiClientError extends Error {
  constructor(
    readonly status: number,
    readonly body: ErrorBody | null,
  ) {
    super(body?.error.message ?? `The server answered ${status}.`);
    this.name = "ApiClientError";
  }

  /** True when the data store is down and a retry later may work. */
  get isUnavailable(): boolean {
    return this.status === 503;
  }
}

export async function fetchApi<T>(path: string, signal?: AbortSignal): Promise<T> {
  const response = await fetch(path, { signal, headers: { Accept: "application/json" } });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as ErrorBody | null;
    throw new ApiClientError(response.status, body);
  }
  return (await response.json()) as T;
}
