import { IdentifierType } from './case.enums';
import { normaliseIdentifier } from './identifier-normalisation';

const T = IdentifierType;

describe('normaliseIdentifier', () => {
  it.each([
    [T.PHONE, '+373 69 123 456', '+37369123456'],
    [T.PHONE, '+49 (30) 1234-5678', '+493012345678'],
    [T.IBAN, 'md24 ag00 0225 1000 1310 4168', 'MD24AG000225100013104168'],
    [T.IBAN, 'DE89 3704 0044 0532 0130 00', 'DE89370400440532013000'],
    [T.BANK_ACCOUNT, '1234-5678 90', '1234567890'],
    [T.PASSPORT, 'c01x 00t47', 'C01X00T47'],
    [T.NATIONAL_ID, '2 900101 123456', '2900101123456'],
    [T.VEHICLE, 'b-ab 1234', 'BAB1234'],
    [T.COMPANY_REGISTRATION, 'HRB 12345 B', 'HRB12345B'],
    [T.EMAIL, '  Recruiter@Example.COM ', 'recruiter@example.com'],
    [T.CRYPTO_WALLET, '0xAbCdEf0123456789abcdef0123456789ABCDEF01', '0xabcdef0123456789abcdef0123456789abcdef01'],
    [T.CRYPTO_WALLET, 'BC1QAR0SRRR7XFKVY5L643LYDNW9RE59GTZZWF5MDQ', 'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq'],
    [T.CRYPTO_WALLET, '1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2', '1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2'],
  ])('%s %j → %j', (type, raw, expected) => {
    expect(normaliseIdentifier(type, raw)).toEqual({ ok: true, value: expected });
  });

  it.each([
    [T.PHONE, '069 123 456', 'international format'],
    [T.PHONE, '+373 1', 'international format'],
    [T.PHONE, '+49 123', 'not a valid phone number'],
    [T.IBAN, 'MD24AG000225100013104169', 'checksum'],
    [T.IBAN, 'not an iban', 'checksum'],
    [T.BANK_ACCOUNT, '12', '4 to 34'],
    [T.PASSPORT, 'AB#123456', 'only letters and digits'],
    [T.EMAIL, 'not-an-address', 'e-mail'],
    [T.CRYPTO_WALLET, '0xZZ', 'crypto wallet'],
  ])('%s %j is refused (%s)', (type, raw, why) => {
    const result = normaliseIdentifier(type, raw);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.problem).toContain(why);
  });
});
