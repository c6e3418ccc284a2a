import { createHmac } from 'node:crypto';
import { IdentifierType } from './case.enums';

/**
 * The keyed blind index of a normalised identifier: HMAC-SHA-256 of '<type>:<value>'. Equal
 * identifiers of equal type give equal indexes, but without the key nobody can test a guessed
 * value against the index. The bench generator computes the same in SQL with pgcrypto's
 * hmac(text, text, 'sha256'), so the format must not change without a re-index.
 */
export function blindIndex(key: string, type: IdentifierType, normalisedValue: string): Buffer {
  return createHmac('sha256', key).update(`${type}:${normalisedValue}`, 'utf8').digest();
}

/** The advisory-lock key of a blind index: matching and removal of one value take turns. */
export function blindIndexLockKey(index: Buffer): string {
  return index.readBigInt64BE(0).toString();
}
