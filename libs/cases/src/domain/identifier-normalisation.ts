import { parsePhoneNumberWithError } from 'libphonenumber-js/max';
import { electronicFormatIBAN, isValidIBAN } from 'ibantools';
import { isEmail } from 'class-validator';
import { IdentifierType } from './case.enums';

/** A normalised value, or why the input is not a valid identifier of its type. */
export type Normalised = { readonly ok: true; readonly value: string } | { readonly ok: false; readonly problem: string };

const ok = (value: string): Normalised => ({ ok: true, value });
const invalid = (problem: string): Normalised => ({ ok: false, problem });

/** Upper case without spaces, hyphens, dots or slashes: how documents and registers are compared. */
const compact = (raw: string) => raw.toUpperCase().replace(/[\s./-]+/g, '');

/** Alphanumeric codes (passports, IDs, plates, accounts, registrations) within a length range. */
function code(raw: string, min: number, max: number, what: string): Normalised {
  const value = compact(raw);
  if (!/^[A-Z0-9]+$/.test(value)) return invalid(`is not a valid ${what}: only letters and digits are allowed`);
  if (value.length < min || value.length > max) {
    return invalid(`is not a valid ${what}: must have ${min} to ${max} letters and digits`);
  }
  return ok(value);
}

function phone(raw: string): Normalised {
  try {
    const parsed = parsePhoneNumberWithError(raw.trim());
    return parsed.isValid() ? ok(parsed.number) : invalid('is not a valid phone number for its country');
  } catch {
    return invalid('is not a phone number in international format (+ and country code)');
  }
}

function iban(raw: string): Normalised {
  const value = electronicFormatIBAN(raw) ?? '';
  return isValidIBAN(value) ? ok(value) : invalid('is not a valid IBAN (country, length or checksum is wrong)');
}

function email(raw: string): Normalised {
  const value = raw.trim().toLowerCase();
  return isEmail(value) ? ok(value) : invalid('is not a valid e-mail address');
}

/**
 * Crypto addresses: hex (Ethereum-style) and bech32 addresses are case-insensitive and
 * compared in lower case; base58 addresses (Bitcoin legacy, Tron, ...) are case-sensitive.
 */
function cryptoWallet(raw: string): Normalised {
  const value = raw.trim();
  if (/^0x[0-9a-f]{40}$/i.test(value)) return ok(value.toLowerCase());
  if (/^(bc1|tb1|ltc1)[02-9ac-hj-np-z]{8,87}$/i.test(value)) return ok(value.toLowerCase());
  if (/^[1-9A-HJ-NP-Za-km-z]{25,62}$/.test(value)) return ok(value);
  return invalid('is not a crypto wallet address (hex 0x…, bech32 or base58)');
}

const NORMALISERS: Record<IdentifierType, (raw: string) => Normalised> = {
  [IdentifierType.PHONE]: phone,
  [IdentifierType.IBAN]: iban,
  [IdentifierType.BANK_ACCOUNT]: (raw) => code(raw, 4, 34, 'bank account number'),
  [IdentifierType.PASSPORT]: (raw) => code(raw, 5, 20, 'passport number'),
  [IdentifierType.NATIONAL_ID]: (raw) => code(raw, 4, 24, 'national ID number'),
  [IdentifierType.VEHICLE]: (raw) => code(raw, 2, 17, 'vehicle registration or VIN'),
  [IdentifierType.COMPANY_REGISTRATION]: (raw) => code(raw, 2, 40, 'company registration number'),
  [IdentifierType.EMAIL]: email,
  [IdentifierType.CRYPTO_WALLET]: cryptoWallet,
};

/** Brings a value into the one form in which equal identifiers compare equal (E.164, IBAN electronic format, ...). */
export function normaliseIdentifier(type: IdentifierType, raw: string): Normalised {
  return NORMALISERS[type](raw);
}
