import { hash, verify } from "@node-rs/argon2";

// OWASP's Argon2id minimum is m=19 MiB, t=2, p=1; we go a little above it.
const argon2idOptions = { algorithm: 2, memoryCost: 19_456, timeCost: 3, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, argon2idOptions);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Verifying against a real hash when the email is unknown keeps sign-in timing from revealing which emails exist.
let dummyHash: Promise<string> | undefined;
export async function verifyAgainstDummy(password: string): Promise<void> {
  dummyHash ??= hashPassword("tvaers-dummy-password-for-timing");
  await verifyPassword(await dummyHash, password);
}
