import { securityHeaderOptions } from './security-headers';

describe('security header options', () => {
  it('send HSTS only in production, behind its TLS-terminating proxy', () => {
    expect(securityHeaderOptions({ isProduction: true }).strictTransportSecurity).toEqual({ maxAge: 31_536_000, includeSubDomains: true });
    expect(securityHeaderOptions({ isProduction: false }).strictTransportSecurity).toBe(false);
  });
});
