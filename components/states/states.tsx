import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import { ApiClientError } from "@/lib/core/http/api-client";

export function ChartSkeleton({ label }: { label?: string }) {
  const t = useTranslations("ui.states");
  return <div className="skeleton chart-box" role="status" aria-label={label ?? t("loadingChart")} />;
}

export function EmptyState({ children }: { children: ReactNode }) {
  return (
    <div className="state" role="status">
      {children}
    </div>
  );
}

/** What went wrong, in words: the server's or browser's own message stays in its language (English), marked as such. */
export function ErrorState({ error }: { error: unknown }) {
  const t = useTranslations("ui.states");
  const unavailable = error instanceof ApiClientError ? error.isUnavailable : false;
  let text: ReactNode;
  if (unavailable) text = t("unavailable");
  else if (error instanceof ApiClientError && error.body?.error.message === undefined)
    text = t("loadFailed", { detail: t("serverAnswered", { status: error.status }) });
  else if (error instanceof Error) text = t.rich("loadFailedWith", { message: error.message, detail: (chunks) => <span lang="en">{chunks}</span> });
  else text = t("loadFailed", { detail: t("unknownError") });
  return (
    <div className="state error" role="alert">
      {text}
    </div>
  );
}
