import { Secret, TOTP } from 'otpauth';
import { toDataURL } from 'qrcode';

/** RFC 6238 with what every authenticator app reads: SHA-1, 6 digits, 30 seconds. */
const PERIOD = 30;
const ISSUER = 'Cross-border coordination';

function totpOf(secretBase32: string, account: string): TOTP {
  return new TOTP({ issuer: ISSUER, label: account, algorithm: 'SHA1', digits: 6, period: PERIOD, secret: Secret.fromBase32(secretBase32) });
}

/** A fresh 160-bit secret (RFC 4226's recommended length), in base32 as apps take it. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

export interface TotpEnrolment {
  readonly otpauthUri: string;
  readonly secret: string;
  readonly qrCode: string;
}

export async function totpEnrolment(secretBase32: string, account: string): Promise<TotpEnrolment> {
  const otpauthUri = totpOf(secretBase32, account).toString();
  return { otpauthUri, secret: secretBase32, qrCode: await toDataURL(otpauthUri, { errorCorrectionLevel: 'M' }) };
}

/**
 * The time step a code is good for at `now` (one step of clock drift either way), or null.
 * Whether that step was already used is the caller's to check.
 */
export function matchingStep(secretBase32: string, code: string, now: Date): number | null {
  const totp = totpOf(secretBase32, 'check');
  const delta = totp.validate({ token: code, timestamp: now.getTime(), window: 1 });
  return delta === null ? null : totp.counter({ timestamp: now.getTime() }) + delta;
}

/** The code of `now` (tests and the demo). */
export function totpCode(secretBase32: string, now: Date): string {
  return totpOf(secretBase32, 'code').generate({ timestamp: now.getTime() });
}
