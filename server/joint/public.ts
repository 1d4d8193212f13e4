import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { organisations, type Organisation } from "@/db/schema";

/**
 * An article's signers as text ("embassy,ulduz": its own first, then its co-signers), for a select of
 * `articles`; read back by `signersFrom`. Names written out, as in server/agenda/shown-version.ts.
 */
export function signersList(): SQL<string> {
  return sql<string>`("articles"."organisation"::text || coalesce((select ',' || string_agg(c.organisation::text, ',') from article_cosigners c where c.article_id = "articles"."id"), ''))`;
}

/**
 * The articles one of these organisations signs: its own, and those it
 * co-signs. Either side is read on its index (articles by organisation,
 * co-signers by organisation: few rows, joint statements being rare).
 */
export function signedBy(...signers: Organisation[]): SQL {
  const list = sql.join(signers.map((organisation) => sql`${organisation}::organisation`), sql`, `);
  return sql`("articles"."organisation" in (${list}) or "articles"."id" = any(array(select c.article_id from article_cosigners c where c.organisation in (${list}))))`;
}

/** The organisation that speaks first, then the co-signers in the portal's order. */
export function signersFrom(text: string): Organisation[] {
  const [own, ...rest] = text.split(",");
  return [own as Organisation, ...organisations.filter((o) => o !== own && rest.includes(o))];
}
