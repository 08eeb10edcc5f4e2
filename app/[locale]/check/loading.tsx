import { useTranslations } from "next-intl";

export default function Loading() {
  const t = useTranslations("checker.page");
  return <div className="skeleton" style={{ height: "16rem" }} role="status" aria-label={t("loading")} />;
}
