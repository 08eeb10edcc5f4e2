import { useTranslations } from "next-intl";
import { ChartSkeleton } from "@/components/states/states";

export default function Loading() {
  const t = useTranslations("overview");
  return (
    <>
      <div className="skeleton skeleton-heading" />
      <ChartSkeleton label={t("loadingPage")} />
    </>
  );
}
