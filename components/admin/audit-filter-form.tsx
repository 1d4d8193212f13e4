import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

type Props = {
  actors: { id: string; name: string }[];
  kinds: { value: string; label: string }[];
  selected: { actor?: string; kind?: string };
};

/** A plain GET form: the filters live in the address, so a filtered view can be bookmarked. */
export async function AuditFilterForm({ actors, kinds, selected }: Props) {
  const t = await getTranslations("AdminAudit");
  const select = "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 shadow-sm";
  return (
    <form className="mt-6 flex flex-wrap items-end gap-3">
      <div className="min-w-56 flex-1 space-y-1">
        <label htmlFor="audit-actor" className="block font-medium">
          {t("actor")}
        </label>
        <select id="audit-actor" name="actor" defaultValue={selected.actor ?? ""} className={select}>
          <option value="">{t("allActors")}</option>
          {actors.map((actor) => (
            <option key={actor.id} value={actor.id}>
              {actor.name}
            </option>
          ))}
        </select>
      </div>
      <div className="min-w-56 flex-1 space-y-1">
        <label htmlFor="audit-kind" className="block font-medium">
          {t("kind")}
        </label>
        <select id="audit-kind" name="kind" defaultValue={selected.kind ?? ""} className={select}>
          <option value="">{t("allKinds")}</option>
          {kinds.map((kind) => (
            <option key={kind.value} value={kind.value}>
              {kind.label}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="rounded-md bg-azblue-600 px-4 py-2 font-semibold text-white hover:bg-azblue-700">
        {t("filter")}
      </button>
      {(selected.actor || selected.kind) && (
        <Link href="/admin/journal" className="px-2 py-2 font-medium text-azblue-700 underline underline-offset-2">
          {t("showAll")}
        </Link>
      )}
    </form>
  );
}
