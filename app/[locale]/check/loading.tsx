import { useTranslations } from "next-intl";

export default function Loading() {
  const t = useTranslations("checker.page");
  return <div className="skeleton check-loading" role="status" aria-label={t("loading")} />;
}
