import { hash, verify } from "@node-rs/argon2";

// OWASP's argon2id settings: 19 MiB, 2 passes, 1 lane. (2 is Algorithm.Argon2id,
// a const enum that isolated modules cannot read.)
const options = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Verified against when an email has no account, so that timing does not tell.
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword("not-a-real-password-at-all");
  return dummyHash;
}
