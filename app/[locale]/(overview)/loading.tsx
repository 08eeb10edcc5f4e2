import { useTranslations } from "next-intl";
import { ChartSkeleton } from "@/components/states/states";

export default function Loading() {
  const t = useTranslations("overview");
  return (
    <>
      <div className="skeleton" style={{ height: "2rem", width: "60%", marginBottom: "1rem" }} />
      <ChartSkeleton label={t("loadingPage")} />
    </>
  );
}
