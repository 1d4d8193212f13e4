/**
 * The revision an edit form was opened at, from its hidden `revision` field;
 * null when missing or malformed (the save is then refused as stale: without
 * it, nothing says the editor saw the latest text).
 */
export function readRevision(formData: FormData): number | null {
  const value = formData.get("revision");
  if (typeof value !== "string" || !/^\d{1,10}$/.test(value)) return null;
  const revision = Number(value);
  return revision <= 2_147_483_647 ? revision : null;
}
