import { getTranslations } from "next-intl/server";
import { Link } from "@/components/layout/link";

export default async function NotFound() {
  const t = await getTranslations("common.notFound");
  return (
    <>
      <h1>{t("title")}</h1>
      <p>
        {t.rich("text", {
          overview: (chunks) => <Link href="/">{chunks}</Link>,
          country: (chunks) => <Link href="/countries">{chunks}</Link>,
        })}
      </p>
    </>
  );
}
