// Makes sure the portal has its secrets before it starts. A newcomer gets them
// generated into .env.local; production without them is an error.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import nextEnv from "@next/env";

const secrets = [
  // Signs the session cookies.
  { name: "AUTH_SECRET", make: () => randomBytes(32).toString("base64url"), hint: "openssl rand -base64 32" },
  // Encrypts the arguments bound to server actions; every instance needs the same key (AES-256, base64).
  { name: "NEXT_SERVER_ACTIONS_ENCRYPTION_KEY", make: () => randomBytes(32).toString("base64"), hint: "openssl rand -base64 32" },
];

export function ensureSecrets() {
  const userNodeEnv = process.env.NODE_ENV;
  nextEnv.loadEnvConfig(process.cwd());
  for (const { name, make, hint } of secrets) {
    if (process.env[name]) continue;
    if (userNodeEnv === "production" && process.env.DATABASE_URL) {
      console.error(`[portal] ${name} is not set. In production (NODE_ENV=production with DATABASE_URL) set it yourself, the same on every instance, e.g. \`${hint}\`.`);
      process.exit(1);
    }
    const value = make();
    const file = ".env.local";
    const before = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";
    fs.writeFileSync(file, `${before}${before && !before.endsWith("\n") ? "\n" : ""}${name}=${value}\n`);
    process.env[name] = value;
    console.log(`[portal] No ${name} was set: generated one and saved it in .env.local (git-ignored).`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) ensureSecrets();
