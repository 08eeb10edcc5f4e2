import { useTranslations } from "next-intl";
import { ChartSkeleton } from "@/components/states/states";

export default function Loading() {
  const t = useTranslations("claims");
  return <ChartSkeleton label={t("loading")} />;
}
