import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// The audit log is append-only: no code of the portal updates or deletes its rows.
// (The database itself sets actor_id to null when an account is deleted; that is the schema's rule.)
const root = path.resolve(import.meta.dirname, "../..");
const sourceDirs = ["app", "actions", "components", "db", "lib", "server", "scripts", "i18n"];
const forbidden = [
  /\.(update|delete)\(\s*(schema\.)?auditLog\b/,
  /\b(update|delete\s+from|truncate(\s+table)?)\s+"?audit_log"?/i,
];

function sources(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "migrations" || entry.name === "node_modules" ? [] : sources(full);
    return /\.(ts|tsx|mjs|js|sql)$/.test(entry.name) ? [full] : [];
  });
}

describe("audit log", () => {
  it("is never updated nor deleted by the portal's code", () => {
    const files = sourceDirs.flatMap((dir) => sources(path.join(root, dir)));
    expect(files.length).toBeGreaterThan(20);
    const offenders = files.flatMap((file) => {
      const text = fs.readFileSync(file, "utf8");
      return forbidden.filter((pattern) => pattern.test(text)).map((pattern) => `${path.relative(root, file)} matches ${pattern}`);
    });
    expect(offenders).toEqual([]);
  });

  it("the check would see an update if one were written", () => {
    expect(forbidden.some((pattern) => pattern.test("await tx.update(auditLog).set({ action: 'x' })"))).toBe(true);
    expect(forbidden.some((pattern) => pattern.test("await db.execute(sql`delete from audit_log where id = ${id}`)"))).toBe(true);
  });
});
