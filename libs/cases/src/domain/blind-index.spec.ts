import { blindIndex, blindIndexLockKey } from './blind-index';
import { IdentifierType } from './case.enums';

describe('blindIndex', () => {
  it('is HMAC-SHA-256 of "<type>:<value>" under the key', () => {
    // openssl: printf 'PHONE:+37369123456' | openssl dgst -sha256 -hmac key
    expect(blindIndex('key', IdentifierType.PHONE, '+37369123456').toString('hex')).toBe(
      '15d3056353776561794e7bcde6f1e76ba89864a206d74d62b5439f6fc6664f5a',
    );
  });

  it.each([
    ['another key', IdentifierType.PHONE, '+37369123456'],
    ['key', IdentifierType.BANK_ACCOUNT, '+37369123456'],
    ['key', IdentifierType.PHONE, '+37369123457'],
  ])('differs with key %j, type %s or value %s', (key, type, value) => {
    expect(blindIndex(key, type, value).equals(blindIndex('key', IdentifierType.PHONE, '+37369123456'))).toBe(false);
  });

  it('gives a stable 64-bit lock key', () => {
    const index = blindIndex('key', IdentifierType.EMAIL, 'a@b.example');
    expect(blindIndexLockKey(index)).toBe(index.readBigInt64BE(0).toString());
    expect(blindIndexLockKey(index)).toBe(blindIndexLockKey(Buffer.from(index)));
  });
});
