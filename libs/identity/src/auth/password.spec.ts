import * as argon2 from 'argon2';
import { DECOY_HASH } from './password';

describe('the decoy hash', () => {
  it("has hashPassword's parameters, so verifying it costs what verifying a user's password does", () => {
    // hashPassword takes argon2's defaults (argon2id), which needsRehash compares with.
    expect(argon2.needsRehash(DECOY_HASH)).toBe(false);
    expect(DECOY_HASH.startsWith('$argon2id$')).toBe(true);
  });
});
