import { randomInt } from 'node:crypto';

// No 0/O or 1/I, so a code read out over the phone is not misheard.
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A pseudonym such as V-DE-7F3K9Q: the referring State and six random characters. */
export function newVictimCode(stateCode: string): string {
  let tail = '';
  for (let i = 0; i < 6; i++) tail += ALPHABET[randomInt(ALPHABET.length)];
  return `V-${stateCode}-${tail}`;
}
