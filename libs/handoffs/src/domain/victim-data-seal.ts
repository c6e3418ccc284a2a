// The AES-256-GCM sealing lives in the kernel, shared with the sealing of second-factor secrets.
export { parseKeyring, seal, unseal } from '@app/kernel';
export type { Keyring, Sealed } from '@app/kernel';

/** The AAD of a handoff's identifying data. */
export const victimIdentityAad = (handoffId: string) => `handoff:${handoffId}:victim-identity`;
