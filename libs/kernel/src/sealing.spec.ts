import { randomBytes } from 'node:crypto';
import { deriveKeyring, parseKeyring, seal, unseal } from './sealing';

describe('derived keyrings', () => {
  const ring = parseKeyring(`k1:${randomBytes(32).toString('base64')},k2:${randomBytes(32).toString('base64')}`, 'k2');

  it('seal under sub-keys of their own: the base ring and another purpose open nothing', () => {
    const totp = deriveKeyring(ring, 'second-factor-secret');
    const sealed = seal(totp, 'JBSWY3DPEHPK3PXP', 'user:1:totp-secret');
    expect(sealed.keyId).toBe('k2');
    expect(unseal(deriveKeyring(ring, 'second-factor-secret'), sealed, 'user:1:totp-secret')).toBe('JBSWY3DPEHPK3PXP');
    expect(() => unseal(ring, sealed, 'user:1:totp-secret')).toThrow();
    expect(() => unseal(deriveKeyring(ring, 'another-purpose'), sealed, 'user:1:totp-secret')).toThrow();
    for (const id of ['k1', 'k2']) expect(totp.keys.get(id)!.equals(ring.keys.get(id)!)).toBe(false);
  });

  it('rotate with the ring: data sealed under an older key stays readable', () => {
    const before = deriveKeyring({ ...ring, activeKeyId: 'k1' }, 'second-factor-secret');
    const sealed = seal(before, 'secret', 'aad');
    expect(unseal(deriveKeyring(ring, 'second-factor-secret'), sealed, 'aad')).toBe('secret');
  });
});
