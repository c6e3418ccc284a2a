import * as argon2 from 'argon2';

/** argon2id with the library's defaults (RFC 9106 second recommended option). */
export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

export function verifyPassword(hash: string, password: string): Promise<boolean> {
  return argon2.verify(hash, password);
}

/**
 * Verified against when the e-mail is unknown or the account locked or disabled, so those
 * answers take as long as a wrong password. Written out (hashPassword's hash of random bytes
 * nobody kept) rather than made at the first use, which would make that one answer slower;
 * password.spec.ts keeps its parameters those of hashPassword.
 */
export const DECOY_HASH = '$argon2id$v=19$m=65536,p=4,t=3$SZxbCBeFu3dnAZdbMLGYpw$1lXQ6MUcYQX/7xESjrEZH4Sv0iWjkZsGCh7FZdLUVeg';

export async function verifyDecoy(password: string): Promise<void> {
  await argon2.verify(DECOY_HASH, password);
}
