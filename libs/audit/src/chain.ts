import { KeyObject, createHash, createPrivateKey, createPublicKey, sign, verify } from 'node:crypto';

/**
 * The hash chain of the audit trail, as pure functions shared by the sealer and the
 * verifier: whatever one computes, the other must recompute bit for bit.
 */

/** The previous hash of the first link. */
export const GENESIS_HASH: Buffer = Buffer.alloc(32);

/** An audit event exactly as it is read back for hashing (see SEALABLE_EVENT_COLUMNS). */
export interface SealableEvent {
  readonly id: string;
  /** Microseconds since the epoch: the full precision of timestamptz, free of time-zone formatting. */
  readonly occurredAtMicros: string;
  readonly actorUserId: string | null;
  readonly actorAgencyId: string | null;
  readonly actorState: string | null;
  readonly action: string;
  readonly targetType: string | null;
  readonly targetId: string | null;
  readonly outcome: string;
  readonly requestId: string | null;
  readonly purpose: string | null;
  readonly recipients: readonly string[] | null;
  readonly details: unknown;
}

/**
 * Select list (table alias `e`) that reads an audit_event row in the form the hash is
 * computed over. Sealer and verifier both read through it, so their input is identical.
 */
export const SEALABLE_EVENT_COLUMNS = `
  e.id::text AS id,
  (extract(epoch from e.occurred_at) * 1000000)::bigint::text AS occurred_at_micros,
  e.actor_user_id, e.actor_agency_id, e.actor_state, e.action, e.target_type, e.target_id,
  e.outcome, e.request_id, e.purpose, e.recipients, e.details`;

/** The columns of an audit_event row that a caller gives (the rest are the id and the time). */
export interface AuditEventColumns {
  actor_user_id: string | null;
  actor_agency_id: string | null;
  actor_state: string | null;
  action: string;
  target_type: string | null;
  target_id: string | null;
  outcome: string;
  request_id: string | null;
  purpose: string | null;
  recipients: string[] | null;
  details: unknown;
}

export interface SealableEventRow extends AuditEventColumns {
  id: string;
  occurred_at_micros: string;
}

export function toSealableEvent(row: SealableEventRow): SealableEvent {
  return {
    id: row.id,
    occurredAtMicros: row.occurred_at_micros,
    actorUserId: row.actor_user_id,
    actorAgencyId: row.actor_agency_id,
    actorState: row.actor_state,
    action: row.action,
    targetType: row.target_type,
    targetId: row.target_id,
    outcome: row.outcome,
    requestId: row.request_id,
    purpose: row.purpose,
    recipients: row.recipients,
    details: row.details,
  };
}

// Bumped if the serialisation ever changes, so old and new links can never be confused.
const CANONICAL_FORMAT = 'audit-event/1';

/** One fixed-order JSON array per event; object keys in `details` are sorted so storage order never matters. */
export function canonicalEvent(event: SealableEvent): string {
  return JSON.stringify([
    CANONICAL_FORMAT,
    event.id,
    event.occurredAtMicros,
    event.actorUserId,
    event.actorAgencyId,
    event.actorState,
    event.action,
    event.targetType,
    event.targetId,
    event.outcome,
    event.requestId,
    event.purpose,
    event.recipients,
    sortKeys(event.details),
  ]);
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([key, inner]) => [key, sortKeys(inner)]),
    );
  }
  return value;
}

/** SHA-256(prevHash || canonical). */
export function linkHash(prevHash: Buffer, canonical: string): Buffer {
  return createHash('sha256').update(prevHash).update(canonical, 'utf8').digest();
}

export interface SigningKeys {
  readonly privateKey: KeyObject;
  readonly publicKeyPem: string;
}

// PKCS#8 DER header of an Ed25519 private key; the 32-byte seed follows it.
const ED25519_PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

/** The checkpoint signing key pair derived from AUDIT_SIGNING_SEED (64 hex characters). */
export function signingKeysFromSeed(seedHex: string): SigningKeys {
  if (!/^[0-9a-f]{64}$/i.test(seedHex)) {
    throw new Error('an Ed25519 seed is 32 bytes given as 64 hex characters');
  }
  const privateKey = createPrivateKey({
    key: Buffer.concat([ED25519_PKCS8_PREFIX, Buffer.from(seedHex, 'hex')]),
    format: 'der',
    type: 'pkcs8',
  });
  const publicKeyPem = createPublicKey(privateKey).export({ format: 'pem', type: 'spki' }).toString();
  return { privateKey, publicKeyPem };
}

export function checkpointMessage(position: number, headHash: Buffer): string {
  return `${position}:${headHash.toString('hex')}`;
}

export function signCheckpoint(privateKey: KeyObject, position: number, headHash: Buffer): Buffer {
  return sign(null, Buffer.from(checkpointMessage(position, headHash), 'utf8'), privateKey);
}

/** False for a wrong signature and for a malformed key or signature alike: either way the checkpoint proves nothing. */
export function verifyCheckpoint(publicKeyPem: string, position: number, headHash: Buffer, signature: Buffer): boolean {
  try {
    return verify(null, Buffer.from(checkpointMessage(position, headHash), 'utf8'), publicKeyPem, signature);
  } catch {
    return false;
  }
}
