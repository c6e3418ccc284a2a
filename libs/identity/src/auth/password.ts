import * as argon2 from 'argon2';

/** argon2id with the library's defaults (RFC 9106 second recommended option). */
export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

export function verifyPassword(hash: string, password: string): Promise<boolean> {
  return argon2.verify(hash, password);
}

// Verified against when the e-mail is unknown, so a wrong e-mail costs as long as a wrong password.
let decoyHash: Promise<string> | undefined;
export async function verifyDecoy(password: string): Promise<void> {
  decoyHash ??= hashPassword('decoy-password-never-valid');
  await argon2.verify(await decoyHash, password);
}
