import { getTranslations } from "next-intl/server";
import { FilterForm } from "@/components/filters/filter-form";

type Props = {
  action: string;
  actors: { id: string; name: string }[];
  kinds: { value: string; label: string }[];
  selected: { actor?: string; kind?: string };
};

/** Who did what: the filters live in the address, so a filtered view can be bookmarked. */
export async function AuditFilterForm({ action, actors, kinds, selected }: Props) {
  const t = await getTranslations("AdminAudit");
  return (
    <FilterForm
      action={action}
      submit={t("filter")}
      reset={selected.actor || selected.kind ? { href: action, label: t("showAll") } : undefined}
      choices={[
        { name: "actor", id: "audit-actor", label: t("actor"), value: selected.actor, options: [{ value: "", label: t("allActors") }, ...actors.map((a) => ({ value: a.id, label: a.name }))] },
        { name: "kind", id: "audit-kind", label: t("kind"), value: selected.kind, options: [{ value: "", label: t("allKinds") }, ...kinds] },
      ]}
    />
  );
}
