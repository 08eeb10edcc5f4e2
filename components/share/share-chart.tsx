"use client";

// "Download · embed · cite" under a chart: a button that loads the actions
// panel (components/share/chart-actions.tsx) when pressed, so its code — and
// the zod schemas its URL builders share with the server — cost a page
// nothing until a reader asks for them.
import { useTranslations } from "next-intl";
import dynamic from "next/dynamic";
import { useState } from "react";
import type { ChartActionsProps } from "./chart-actions";

const ChartActions = dynamic(() => import("./chart-actions").then((m) => m.ChartActions), {
  ssr: false,
  loading: () => <Loading />,
});

function Loading() {
  const t = useTranslations("share.ui");
  return <p className="small muted">{t("loading")}</p>;
}

export function ShareChart(props: ChartActionsProps) {
  const t = useTranslations("share.ui");
  const [open, setOpen] = useState(false);
  if (open) return <ChartActions {...props} />;
  return (
    <p className="small">
      <button type="button" className="button secondary" onClick={() => setOpen(true)} data-testid="share-chart">
        {t("shareButton")}
      </button>
    </p>
  );
}
