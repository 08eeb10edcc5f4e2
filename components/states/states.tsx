import type { ReactNode } from "react";
import { ApiClientError } from "@/lib/core/http/api-client";

export function ChartSkeleton({ label = "Loading chart…" }: { label?: string }) {
  return <div className="skeleton chart-box" role="status" aria-label={label} />;
}

export function EmptyState({ children }: { children: ReactNode }) {
  return (
    <div className="state" role="status">
      {children}
    </div>
  );
}

export function ErrorState({ error }: { error: unknown }) {
  const unavailable = error instanceof ApiClientError ? error.isUnavailable : false;
  return (
    <div className="state error" role="alert">
      {unavailable
        ? "Data temporarily unavailable: the database cannot be reached. The page will try again; nothing is lost."
        : `The figures could not be loaded: ${error instanceof Error ? error.message : "unknown error"}`}
    </div>
  );
}
