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

/** POSTs JSON and reads the JSON answer; an error answer becomes an ApiClientError with the error contract's body. */
export async function postApi<T>(path: string, body: unknown, signal?: AbortSignal): Promise<T> {
  const response = await fetch(path, {
    method: "POST",
    signal,
    headers: { Accept: "application/json", "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  if (!response.ok) {
    const errorBody = (await response.json().catch(() => null)) as ErrorBody | null;
    throw new ApiClientError(response.status, errorBody);
  }
  return (await response.json()) as T;
}
