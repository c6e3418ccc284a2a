import { randomBytes } from 'node:crypto';
import { parseKeyring, seal, unseal, victimIdentityAad } from './victim-data-seal';

const k1 = randomBytes(32).toString('base64');
const k2 = randomBytes(32).toString('base64');
const AAD = victimIdentityAad('6f1c0b8e-0000-4000-8000-000000000001');

describe('victim data sealing', () => {
  const ring = parseKeyring(`k1:${k1}`, 'k1');

  it('round-trips, with a fresh IV every time and no plaintext in the output', () => {
    const a = seal(ring, 'Ion Popescu', AAD);
    const b = seal(ring, 'Ion Popescu', AAD);
    expect(a.keyId).toBe('k1');
    expect(a.data.equals(b.data)).toBe(false);
    expect(a.data.toString('latin1')).not.toContain('Popescu');
    expect(unseal(ring, a, AAD)).toBe('Ion Popescu');
  });

  it('refuses another AAD, altered data and an unknown key', () => {
    const sealed = seal(ring, 'Ion Popescu', AAD);
    expect(() => unseal(ring, sealed, victimIdentityAad('another-handoff'))).toThrow();
    const altered = Buffer.from(sealed.data);
    altered[altered.length - 1] ^= 1;
    expect(() => unseal(ring, { ...sealed, data: altered }, AAD)).toThrow();
    expect(() => unseal(ring, { ...sealed, keyId: 'k9' }, AAD)).toThrow('not configured');
  });

  it('rotates: new data under the active key, old data still readable', () => {
    const old = seal(ring, 'before rotation', AAD);
    const rotated = parseKeyring(`k1:${k1}, k2:${k2}`, 'k2');
    const fresh = seal(rotated, 'after rotation', AAD);
    expect(fresh.keyId).toBe('k2');
    expect(unseal(rotated, old, AAD)).toBe('before rotation');
    expect(unseal(rotated, fresh, AAD)).toBe('after rotation');
  });

  it.each([
    ['k1:short', 'k1', 'is not'],
    [`k1:${k1},k1:${k2}`, 'k1', 'twice'],
    [`k1:${k1}`, 'k2', 'not in the ring'],
    [`bad id:${k1}`, 'bad id', 'is not'],
  ])('rejects keyring %s (active %s)', (spec, active, message) => {
    expect(() => parseKeyring(spec, active)).toThrow(message);
  });
});
