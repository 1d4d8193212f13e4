import { getTranslations } from "next-intl/server";
import type { Role } from "@/db/schema";
import { Link } from "@/i18n/navigation";
import type { StaticPathname } from "@/i18n/routing";
import type messages from "@/messages/fr.json";
import { adminRoles, editorRoles } from "@/server/roles";

// Each admin section adds itself here, with the roles that may open it.
type SectionLabel = Exclude<keyof (typeof messages)["AdminNav"], "label">;

const sections: { href: StaticPathname; label: SectionLabel; roles: readonly Role[] }[] = [
  { href: "/admin", label: "home", roles: editorRoles },
  { href: "/admin/utilisateurs", label: "users", roles: adminRoles },
  { href: "/admin/journal", label: "audit", roles: adminRoles },
  { href: "/admin/courrier", label: "outbox", roles: adminRoles },
  { href: "/admin/idees", label: "ideas", roles: editorRoles },
  { href: "/admin/commentaires", label: "comments", roles: editorRoles },
  { href: "/admin/actualites", label: "news", roles: editorRoles },
  { href: "/admin/traductions", label: "translations", roles: editorRoles },
  { href: "/admin/agenda", label: "agenda", roles: editorRoles },
];

/** Shows the sections the caller's role opens; each page still checks the role itself. */
export async function AdminNav({ role }: { role: Role }) {
  const t = await getTranslations("AdminNav");
  return (
    <nav aria-label={t("label")} className="mb-6 border-b border-slate-200 pb-3">
      <ul className="flex flex-wrap gap-2">
        {sections
          .filter((section) => section.roles.includes(role))
          .map((section) => (
            <li key={section.href}>
              <Link href={section.href} className="rounded px-3 py-1.5 text-sm font-medium text-azblue-700 hover:bg-azblue-50">
                {t(section.label)}
              </Link>
            </li>
          ))}
      </ul>
    </nav>
  );
}
