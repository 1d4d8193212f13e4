import { getTranslations } from "next-intl/server";
import { StatusMessage } from "@/components/status-message";

export default async function Forbidden() {
  const t = await getTranslations("Forbidden");
  return <StatusMessage code="403" title={t("title")} text={t("text")} back={t("back")} />;
}
