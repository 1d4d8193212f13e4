// Makes sure the portal has an AUTH_SECRET before it starts. A newcomer gets
// one generated into .env.local; production without one is an error.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import nextEnv from "@next/env";

export function ensureAuthSecret() {
  const userNodeEnv = process.env.NODE_ENV;
  nextEnv.loadEnvConfig(process.cwd());
  if (process.env.AUTH_SECRET) return;
  if (userNodeEnv === "production" && process.env.DATABASE_URL) {
    console.error("[portal] AUTH_SECRET is not set. In production (NODE_ENV=production with DATABASE_URL) set it yourself, e.g. `openssl rand -base64 32`.");
    process.exit(1);
  }
  const secret = randomBytes(32).toString("base64url");
  const file = ".env.local";
  const before = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";
  fs.writeFileSync(file, `${before}${before && !before.endsWith("\n") ? "\n" : ""}AUTH_SECRET=${secret}\n`);
  process.env.AUTH_SECRET = secret;
  console.log("[portal] No AUTH_SECRET was set: generated one and saved it in .env.local (git-ignored).");
}

if (import.meta.url === `file://${process.argv[1]}`) ensureAuthSecret();
