import { createHash, createPublicKey } from 'node:crypto';
import {
  GENESIS_HASH,
  SealableEvent,
  canonicalEvent,
  checkpointMessage,
  linkHash,
  signCheckpoint,
  signingKeysFromSeed,
  verifyCheckpoint,
} from './chain';

const SEED = '9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60';
const OTHER_SEED = 'ab'.repeat(32);

const event: SealableEvent = {
  id: '42',
  occurredAtMicros: '1764000000123456',
  actorUserId: '0b9c0a52-6c43-4d0e-9a58-0d6f4d1b8b01',
  actorAgencyId: '5a2f7f0e-1d43-4a2b-8c3f-6e3c1f1d2e02',
  actorState: 'DE',
  action: 'case.read',
  targetType: 'Case',
  targetId: 'c-1',
  outcome: 'SUCCESS',
  requestId: 'req-1',
  purpose: 'investigation',
  recipients: ['MD central authority'],
  details: { b: 1, a: 'x' },
};

describe('canonicalEvent', () => {
  it('lists the fields in a fixed order behind a format tag', () => {
    expect(canonicalEvent(event)).toBe(
      '["audit-event/1","42","1764000000123456","0b9c0a52-6c43-4d0e-9a58-0d6f4d1b8b01",' +
        '"5a2f7f0e-1d43-4a2b-8c3f-6e3c1f1d2e02","DE","case.read","Case","c-1","SUCCESS","req-1",' +
        '"investigation",["MD central authority"],{"a":"x","b":1}]',
    );
  });

  it('does not depend on the key order of details', () => {
    expect(canonicalEvent({ ...event, details: { a: 'x', b: 1 } })).toBe(canonicalEvent(event));
  });

  it('tells a missing value from an empty one', () => {
    expect(canonicalEvent({ ...event, recipients: null })).not.toBe(canonicalEvent({ ...event, recipients: [] }));
    expect(canonicalEvent({ ...event, purpose: null })).not.toBe(canonicalEvent({ ...event, purpose: '' }));
  });
});

describe('linkHash', () => {
  it('is SHA-256 of the previous hash followed by the canonical text', () => {
    expect(GENESIS_HASH).toEqual(Buffer.alloc(32));
    expect(linkHash(GENESIS_HASH, 'abc').toString('hex')).toBe(
      // sha256(32 zero bytes || "abc")
      createHash('sha256').update(Buffer.concat([Buffer.alloc(32), Buffer.from('abc')])).digest('hex'),
    );
  });

  it('is deterministic', () => {
    const canonical = canonicalEvent(event);
    expect(linkHash(GENESIS_HASH, canonical).equals(linkHash(GENESIS_HASH, canonical))).toBe(true);
    expect(linkHash(GENESIS_HASH, canonical)).toHaveLength(32);
  });

  it('changes when any field or the previous hash changes', () => {
    const original = linkHash(GENESIS_HASH, canonicalEvent(event)).toString('hex');
    const variants: Partial<SealableEvent>[] = [
      { id: '43' },
      { occurredAtMicros: '1764000000123457' },
      { actorUserId: null },
      { actorState: 'MD' },
      { action: 'case.update' },
      { targetId: 'c-2' },
      { outcome: 'DENIED' },
      { requestId: 'req-2' },
      { purpose: 'curiosity' },
      { recipients: ['someone else'] },
      { details: { b: 2, a: 'x' } },
    ];
    const hashes = variants.map((change) => linkHash(GENESIS_HASH, canonicalEvent({ ...event, ...change })).toString('hex'));
    expect(new Set([original, ...hashes]).size).toBe(variants.length + 1);
    expect(linkHash(Buffer.alloc(32, 1), canonicalEvent(event)).toString('hex')).not.toBe(original);
  });
});

describe('checkpoint signatures', () => {
  const keys = signingKeysFromSeed(SEED);
  const head = linkHash(GENESIS_HASH, canonicalEvent(event));

  it('derives the RFC 8032 test key from its seed', () => {
    // RFC 8032 section 7.1, test 1: this seed has public key d75a9801...
    const raw = createPublicKey(keys.publicKeyPem).export({ format: 'der', type: 'spki' });
    expect(raw.subarray(-32).toString('hex')).toBe('d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a');
  });

  it('signs position:headHashHex and verifies it', () => {
    expect(checkpointMessage(7, head)).toBe(`7:${head.toString('hex')}`);
    const signature = signCheckpoint(keys.privateKey, 7, head);
    expect(signature).toHaveLength(64);
    expect(verifyCheckpoint(keys.publicKeyPem, 7, head, signature)).toBe(true);
  });

  it('rejects a changed position or head, another key and garbage', () => {
    const signature = signCheckpoint(keys.privateKey, 7, head);
    expect(verifyCheckpoint(keys.publicKeyPem, 8, head, signature)).toBe(false);
    expect(verifyCheckpoint(keys.publicKeyPem, 7, GENESIS_HASH, signature)).toBe(false);
    const forger = signingKeysFromSeed(OTHER_SEED);
    expect(verifyCheckpoint(keys.publicKeyPem, 7, head, signCheckpoint(forger.privateKey, 7, head))).toBe(false);
    expect(verifyCheckpoint(keys.publicKeyPem, 7, head, Buffer.alloc(64))).toBe(false);
    expect(verifyCheckpoint('not a key', 7, head, signature)).toBe(false);
  });

  it('refuses a seed that is not 32 bytes of hex', () => {
    expect(() => signingKeysFromSeed('abcd')).toThrow(/64 hex characters/);
    expect(() => signingKeysFromSeed('zz'.repeat(32))).toThrow(/64 hex characters/);
  });
});
