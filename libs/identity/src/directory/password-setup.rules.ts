import { hashRefreshToken, newRefreshToken } from '../auth/sign-in.rules';

/**
 * The one-time link a new user chooses a password with, free of framework code. Its token is
 * random and high-entropy like a refresh token, so it is made and hashed (SHA-256) the same way.
 */
export const newSetupToken = newRefreshToken;
export const hashSetupToken = hashRefreshToken;

export type SetupLinkVerdict = 'usable' | 'used' | 'expired';

/** A link is good once, until it expires. */
export function judgeSetupLink(link: { usedAt: Date | null; expiresAt: Date }, now: Date): SetupLinkVerdict {
  if (link.usedAt) return 'used';
  return link.expiresAt.getTime() > now.getTime() ? 'usable' : 'expired';
}

export function setupLinkExpiry(now: Date, hours: number): Date {
  return new Date(now.getTime() + hours * 3_600_000);
}
