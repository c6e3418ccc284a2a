import { exposureProblem, parseConfig } from './config.schema';

/** Secrets of one's own, as production requires. */
const secrets = {
  JWT_SECRET: 'x'.repeat(40),
  AUDIT_SIGNING_SEED: 'ab'.repeat(32),
  VICTIM_DATA_KEYS: `k1:${Buffer.alloc(32, 1).toString('base64')}`,
  VICTIM_DATA_ACTIVE_KEY: 'k1',
  BLIND_INDEX_KEY: 'b'.repeat(40),
};

describe('parseConfig', () => {
  it('works out of the box for local development', () => {
    const config = parseConfig({});
    expect(config.PORT).toBe(3000);
    expect(config.DATABASE_URL).toContain('127.0.0.1:5432');
    expect(config.JWT_SECRET.length).toBeGreaterThanOrEqual(32);
    expect(config.isProduction).toBe(false);
    expect(config.IDEMPOTENCY_KEY_TTL_HOURS).toBe(24);
  });

  it('names a malformed variable and what it expects', () => {
    expect(() => parseConfig({ PORT: 'eighty' })).toThrow(/^Configuration error: PORT is invalid: expected/);
    expect(() => parseConfig({ REDIS_URL: 'localhost:6379' })).toThrow(
      'Configuration error: REDIS_URL is invalid: expected a redis:// URL',
    );
  });

  it('refuses to start in production without any one of its secrets, naming it', () => {
    const secrets: Record<string, string> = {
      JWT_SECRET: 'x'.repeat(40),
      AUDIT_SIGNING_SEED: 'ab'.repeat(32),
      VICTIM_DATA_KEYS: `k1:${Buffer.alloc(32, 1).toString('base64')}`,
      VICTIM_DATA_ACTIVE_KEY: 'k1',
      BLIND_INDEX_KEY: 'b'.repeat(40),
    };
    for (const name of Object.keys(secrets)) {
      const { [name]: _omitted, ...others } = secrets;
      expect(() => parseConfig({ NODE_ENV: 'production', ...others })).toThrow(
        new RegExp(`^Configuration error: ${name} is missing: .*required in production`),
      );
    }
    expect(parseConfig({ NODE_ENV: 'production', ...secrets }).isProduction).toBe(true);
  });

  it('keeps mail off without an SMTP server, and checks the mail settings', () => {
    const config = parseConfig({});
    expect(config.SMTP_URL).toBe('');
    expect(config.CONSOLE_URL).toBe('http://127.0.0.1:3000');
    expect(parseConfig({ SMTP_URL: 'smtps://user:secret@mail.example:465', CONSOLE_URL: 'https://cbc.example/' })).toMatchObject({
      SMTP_URL: 'smtps://user:secret@mail.example:465',
      CONSOLE_URL: 'https://cbc.example',
    });
    expect(() => parseConfig({ SMTP_URL: 'mail.example:25' })).toThrow(/SMTP_URL is invalid: expected an smtp:\/\/ or smtps:\/\/ URL/);
    expect(() => parseConfig({ CONSOLE_URL: 'cbc.example' })).toThrow(/CONSOLE_URL is invalid/);
    expect(() => parseConfig({ MAIL_DIGEST_HOUR_UTC: '24' })).toThrow(/MAIL_DIGEST_HOUR_UTC is invalid/);
  });

  it('bounds how many domain events a worker applies at once', () => {
    expect(parseConfig({}).EVENTS_AT_ONCE).toBe(10);
    expect(() => parseConfig({ EVENTS_AT_ONCE: '0' })).toThrow(/EVENTS_AT_ONCE is invalid/);
  });

  it('bounds the idempotency key lifetime', () => {
    expect(parseConfig({ IDEMPOTENCY_KEY_TTL_HOURS: '48' }).IDEMPOTENCY_KEY_TTL_HOURS).toBe(48);
    expect(() => parseConfig({ IDEMPOTENCY_KEY_TTL_HOURS: '0' })).toThrow(/IDEMPOTENCY_KEY_TTL_HOURS is invalid/);
  });

  it('requires a second factor of every role in production and of none elsewhere, unless told which', () => {
    expect(parseConfig({}).SECOND_FACTOR_REQUIRED_ROLES).toBe('');
    expect(parseConfig({ NODE_ENV: 'production', ...secrets }).SECOND_FACTOR_REQUIRED_ROLES).toBe('*');
    expect(parseConfig({ NODE_ENV: 'production', ...secrets, SECOND_FACTOR_REQUIRED_ROLES: '' }).SECOND_FACTOR_REQUIRED_ROLES).toBe('');
    expect(parseConfig({ SECOND_FACTOR_REQUIRED_ROLES: 'AGENCY_ADMIN, VICTIM_COORDINATOR' }).SECOND_FACTOR_REQUIRED_ROLES).toBe(
      'AGENCY_ADMIN,VICTIM_COORDINATOR',
    );
    expect(() => parseConfig({ SECOND_FACTOR_REQUIRED_ROLES: 'AGENCY_ADMIN,JANITOR' })).toThrow(
      'Configuration error: SECOND_FACTOR_REQUIRED_ROLES is invalid: expected role names separated by commas, * or nothing',
    );
    expect(() => parseConfig({ SESSION_CHECK_CACHE_SECONDS: '301' })).toThrow(/SESSION_CHECK_CACHE_SECONDS is invalid/);
  });

  it('lets webhooks reach loopback outside production only, unless told which hosts', () => {
    expect(parseConfig({}).WEBHOOK_ALLOWED_HOSTS).toBe('localhost,127.0.0.1,::1');
    expect(parseConfig({ NODE_ENV: 'production', ...secrets }).WEBHOOK_ALLOWED_HOSTS).toBe('');
    expect(parseConfig({ WEBHOOK_ALLOWED_HOSTS: 'receiver.internal, 10.20.0.0/16' }).WEBHOOK_ALLOWED_HOSTS).toBe('receiver.internal,10.20.0.0/16');
    expect(() => parseConfig({ WEBHOOK_ALLOWED_HOSTS: 'http://receiver.internal/' })).toThrow(/WEBHOOK_ALLOWED_HOSTS is invalid/);
    expect(() => parseConfig({ WEBHOOK_RETRY_BASE_MS: '5000', WEBHOOK_RETRY_MAX_MS: '1000' })).toThrow(
      'Configuration error: WEBHOOK_RETRY_BASE_MS is invalid: expected at most WEBHOOK_RETRY_MAX_MS (1000)',
    );
  });

  it('refuses a short JWT secret', () => {
    expect(() => parseConfig({ JWT_SECRET: 'short' })).toThrow(/JWT_SECRET is invalid: expected at least 32/);
  });

  it('keeps upload slots below the connection pool, naming the setting', () => {
    expect(parseConfig({}).MLA_UPLOADS_AT_ONCE).toBeLessThan(parseConfig({}).DATABASE_POOL_SIZE);
    expect(parseConfig({ DATABASE_POOL_SIZE: '20', MLA_UPLOADS_AT_ONCE: '19' }).MLA_UPLOADS_AT_ONCE).toBe(19);
    expect(() => parseConfig({ DATABASE_POOL_SIZE: '4', MLA_UPLOADS_AT_ONCE: '4' })).toThrow(
      /^Configuration error: MLA_UPLOADS_AT_ONCE is invalid: expected fewer than DATABASE_POOL_SIZE \(4\)/,
    );
  });

  it('gives slow clients limits by default, and refuses limits that contradict each other', () => {
    const defaults = parseConfig({});
    expect(defaults).toMatchObject({ HTTP_HEADERS_TIMEOUT_SECONDS: 10, HTTP_REQUEST_TIMEOUT_SECONDS: 30, HTTP_IDLE_TIMEOUT_SECONDS: 60 });
    // The largest document at the minimum rate fits in the deadline.
    expect(defaults.MLA_DOCUMENT_MAX_BYTES / defaults.MLA_UPLOAD_MIN_BYTES_PER_SECOND).toBeLessThanOrEqual(defaults.MLA_UPLOAD_DEADLINE_SECONDS);
    expect(() => parseConfig({ MLA_DOCUMENT_MAX_BYTES: '1000000', MLA_UPLOAD_MIN_BYTES_PER_SECOND: '1000', MLA_UPLOAD_DEADLINE_SECONDS: '999' })).toThrow(
      /^Configuration error: MLA_UPLOAD_DEADLINE_SECONDS is invalid: expected at least 1000,/,
    );
    expect(() => parseConfig({ HTTP_HEADERS_TIMEOUT_SECONDS: '20', HTTP_REQUEST_TIMEOUT_SECONDS: '10' })).toThrow(
      /^Configuration error: HTTP_HEADERS_TIMEOUT_SECONDS is invalid: expected at most HTTP_REQUEST_TIMEOUT_SECONDS \(10\)/,
    );
    expect(() => parseConfig({ MLA_UPLOAD_IDLE_SECONDS: '60' })).toThrow(/^Configuration error: HTTP_IDLE_TIMEOUT_SECONDS is invalid: expected more than MLA_UPLOAD_IDLE_SECONDS \(60\)/);
    expect(() => parseConfig({ HTTP_REQUEST_TIMEOUT_SECONDS: '0' })).toThrow(/HTTP_REQUEST_TIMEOUT_SECONDS is invalid/);
  });
});

describe('a process reachable beyond this machine', () => {
  it('listens on loopback by default, where the development secrets may serve', () => {
    const config = parseConfig({});
    expect(config.HOST).toBe('127.0.0.1');
    expect(config.defaultSecrets).toEqual(['JWT_SECRET', 'AUDIT_SIGNING_SEED', 'VICTIM_DATA_KEYS', 'VICTIM_DATA_ACTIVE_KEY', 'BLIND_INDEX_KEY']);
    expect(exposureProblem(config)).toBeNull();
    expect(exposureProblem(parseConfig({ HOST: '::1' }))).toBeNull();
  });

  it('refuses another address while any published default secret is in use, naming them', () => {
    expect(exposureProblem(parseConfig({ HOST: '0.0.0.0' }))).toMatch(/HOST 0\.0\.0\.0 .* JWT_SECRET, AUDIT_SIGNING_SEED/);
    const { BLIND_INDEX_KEY: _default, ...allButOne } = secrets;
    expect(exposureProblem(parseConfig({ HOST: '0.0.0.0', ...allButOne }))).toMatch(/and BLIND_INDEX_KEY still hold/);
    expect(exposureProblem(parseConfig({ HOST: '0.0.0.0', ...secrets }))).toBeNull();
  });

  it('counts a default given explicitly as a default, and refuses it in production', () => {
    const config = parseConfig({ HOST: '0.0.0.0', ...secrets, JWT_SECRET: 'dev-only-jwt-secret-change-me-0123456789abcdef' });
    expect(config.defaultSecrets).toEqual(['JWT_SECRET']);
    expect(() => parseConfig({ NODE_ENV: 'production', ...secrets, JWT_SECRET: 'dev-only-jwt-secret-change-me-0123456789abcdef' })).toThrow(
      /JWT_SECRET is the published development default/,
    );
  });
});
