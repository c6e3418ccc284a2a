/**
 * The access token lives in this module's memory only: never in any browser storage, gone
 * with the page. The refresh token is an HttpOnly cookie no script can read.
 */
let current: string | null = null;

export function accessToken(): string | null {
  return current;
}

export function setAccessToken(token: string | null): void {
  current = token;
}
