import { z } from "zod";

// Every environment variable the portal reads, parsed once. The README lists them.
const schema = z.object({
  DATABASE_URL: z.string().url().optional(),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  PGLITE_DIR: z.string().min(1).default(".data/pglite"),
  AUTH_SECRET: z.string().min(16).optional(),
  DEMO_SEED: z.enum(["on", "off"]).default("on"),
  // Whether editors and admins must enrol a second factor before they reach the admin (server/roles.ts).
  STAFF_MFA: z.enum(["required", "optional"]),
  SITE_URL: z.string().url(),
  SMTP_URL: z.string().url().optional(),
  // The legal notice and the privacy page (French law: publisher, director of publication, host, a contact).
  SITE_PUBLISHER: z.string().min(1).default("Association Ulduz"),
  SITE_PUBLISHER_ADDRESS: z.string().min(1).optional(),
  SITE_PUBLICATION_DIRECTOR: z.string().min(1).optional(),
  SITE_HOST: z.string().min(1).optional(),
  SITE_CONTACT_EMAIL: z.string().email().default("contact@example.org"),
  // Bulk mail (articles, digests) queued per minute, across every instance.
  MAIL_RATE_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(60),
  MAIL_FROM: z.string().min(3).default("Azerbaïdjanais de France <no-reply@localhost>"),
  // nodemailer signs every mail with this key when all three are set (server/mail-delivery.ts).
  DKIM_DOMAIN: z.string().min(1).optional(),
  DKIM_SELECTOR: z.string().min(1).optional(),
  DKIM_PRIVATE_KEY: z.string().min(1).optional(),
  // How many reverse proxies in front of the portal append to X-Forwarded-For.
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  UPLOADS_DIR: z.string().min(1).default(".data/uploads"),
  // Page requests inside Next at once; the others wait their turn (server/http/render-queue.ts). 0: no limit.
  PORTAL_RENDER_CONCURRENCY: z.coerce.number().int().min(0).max(1000).default(4),
  // S3-compatible storage for uploads; without S3_BUCKET they go to UPLOADS_DIR.
  S3_ENDPOINT: z.string().url().optional(),
  S3_REGION: z.string().min(1).default("us-east-1"),
  S3_BUCKET: z.string().min(1).optional(),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  S3_PUBLIC_URL: z.string().url().optional(),
  S3_FORCE_PATH_STYLE: z.enum(["true", "false"]).default("false").transform((v) => v === "true"),
});

export type Env = z.infer<typeof schema>;

let parsed: Env | undefined;

export function env(): Env {
  parsed ??= schema.parse({
    DATABASE_URL: process.env.DATABASE_URL || undefined,
    DATABASE_POOL_MAX: process.env.DATABASE_POOL_MAX || undefined,
    PGLITE_DIR: process.env.PGLITE_DIR || undefined,
    AUTH_SECRET: process.env.AUTH_SECRET || undefined,
    DEMO_SEED: process.env.DEMO_SEED || undefined,
    // Required in production; `next dev` and the tests default to optional.
    STAFF_MFA: process.env.STAFF_MFA || (process.env.NODE_ENV === "production" ? "required" : "optional"),
    // Unset, the public address is the local server on the port it listens on (feeds, .ics and mail links then work).
    SITE_URL: process.env.SITE_URL || `http://localhost:${process.env.PORT || 3000}`,
    SMTP_URL: process.env.SMTP_URL || undefined,
    SITE_PUBLISHER: process.env.SITE_PUBLISHER || undefined,
    SITE_PUBLISHER_ADDRESS: process.env.SITE_PUBLISHER_ADDRESS || undefined,
    SITE_PUBLICATION_DIRECTOR: process.env.SITE_PUBLICATION_DIRECTOR || undefined,
    SITE_HOST: process.env.SITE_HOST || undefined,
    SITE_CONTACT_EMAIL: process.env.SITE_CONTACT_EMAIL || undefined,
    MAIL_FROM: process.env.MAIL_FROM || undefined,
    MAIL_RATE_PER_MINUTE: process.env.MAIL_RATE_PER_MINUTE || undefined,
    DKIM_DOMAIN: process.env.DKIM_DOMAIN || undefined,
    DKIM_SELECTOR: process.env.DKIM_SELECTOR || undefined,
    // A PEM key in one line of an env file has its line breaks written \n.
    DKIM_PRIVATE_KEY: process.env.DKIM_PRIVATE_KEY?.replace(/\\n/g, "\n") || undefined,
    TRUSTED_PROXY_HOPS: process.env.TRUSTED_PROXY_HOPS || undefined,
    UPLOADS_DIR: process.env.UPLOADS_DIR || undefined,
    PORTAL_RENDER_CONCURRENCY: process.env.PORTAL_RENDER_CONCURRENCY || undefined,
    S3_ENDPOINT: process.env.S3_ENDPOINT || undefined,
    S3_REGION: process.env.S3_REGION || undefined,
    S3_BUCKET: process.env.S3_BUCKET || undefined,
    S3_ACCESS_KEY_ID: process.env.S3_ACCESS_KEY_ID || undefined,
    S3_SECRET_ACCESS_KEY: process.env.S3_SECRET_ACCESS_KEY || undefined,
    S3_PUBLIC_URL: process.env.S3_PUBLIC_URL || undefined,
    S3_FORCE_PATH_STYLE: process.env.S3_FORCE_PATH_STYLE || undefined,
  });
  return parsed;
}
