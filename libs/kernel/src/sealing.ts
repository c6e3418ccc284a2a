import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/**
 * AES-256-GCM sealing of data at rest (a victim's identifying data, second-factor secrets).
 * The key id travels beside the ciphertext so keys can rotate (old rows stay readable while
 * new ones use the active key); the AAD binds a ciphertext to its row and purpose, so it
 * cannot be copied to another row.
 */
export interface Keyring {
  readonly activeKeyId: string;
  readonly keys: ReadonlyMap<string, Buffer>;
}

export interface Sealed {
  readonly keyId: string;
  /** IV (12 bytes) ‖ auth tag (16 bytes) ‖ ciphertext. */
  readonly data: Buffer;
}

const IV_BYTES = 12;
const TAG_BYTES = 16;
const KEY_BYTES = 32;

/** Parses `k1:<base64 of 32 bytes>,k2:...`; the active key must be in the ring. */
export function parseKeyring(spec: string, activeKeyId: string): Keyring {
  const keys = new Map<string, Buffer>();
  for (const entry of spec.split(',').map((e) => e.trim()).filter(Boolean)) {
    const [id, material] = entry.split(':');
    const key = Buffer.from(material ?? '', 'base64');
    if (!/^[A-Za-z0-9_-]{1,32}$/.test(id ?? '') || key.length !== KEY_BYTES) {
      throw new Error(`victim data keyring: entry "${id ?? ''}" is not <id>:<base64 of ${KEY_BYTES} bytes>`);
    }
    if (keys.has(id)) throw new Error(`victim data keyring: key id ${id} appears twice`);
    keys.set(id, key);
  }
  if (!keys.has(activeKeyId)) throw new Error(`victim data keyring: active key ${activeKeyId} is not in the ring`);
  return { activeKeyId, keys };
}

export function seal(ring: Keyring, plaintext: string, aad: string): Sealed {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', keyOf(ring, ring.activeKeyId), iv);
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return { keyId: ring.activeKeyId, data: Buffer.concat([iv, cipher.getAuthTag(), body]) };
}

/** Throws when the data was altered, moved to another AAD, or sealed under an unknown key. */
export function unseal(ring: Keyring, sealed: Sealed, aad: string): string {
  const iv = sealed.data.subarray(0, IV_BYTES);
  const tag = sealed.data.subarray(IV_BYTES, IV_BYTES + TAG_BYTES);
  const decipher = createDecipheriv('aes-256-gcm', keyOf(ring, sealed.keyId), iv);
  decipher.setAAD(Buffer.from(aad, 'utf8'));
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(sealed.data.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
}

/**
 * The same ring with every key replaced by an HKDF-SHA-256 sub-key for `purpose`: another
 * kind of data sealed under keys of its own (a leak of one kind's keys opens nothing else),
 * rotated together with the ring, with no further secret to configure.
 */
export function deriveKeyring(ring: Keyring, purpose: string): Keyring {
  const keys = new Map<string, Buffer>();
  for (const [id, key] of ring.keys) keys.set(id, Buffer.from(hkdfSync('sha256', key, Buffer.alloc(0), purpose, KEY_BYTES)));
  return { activeKeyId: ring.activeKeyId, keys };
}

function keyOf(ring: Keyring, keyId: string): Buffer {
  const key = ring.keys.get(keyId);
  if (!key) throw new Error(`victim data key ${keyId} is not configured`);
  return key;
}
