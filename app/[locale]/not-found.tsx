import { getTranslations } from "next-intl/server";
import { StatusMessage } from "@/components/status-message";

export default async function NotFound() {
  const t = await getTranslations("NotFound");
  return <StatusMessage code="404" title={t("title")} text={t("text")} back={t("back")} />;
}
