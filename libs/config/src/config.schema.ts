import { z } from 'zod';
import { ALL_ROLES } from '@app/kernel';
import { DEFAULT_GRAPHQL_MAX_COST } from './query-limits';

/**
 * Every setting the apps read, validated once at start. Local defaults work against
 * PostgreSQL and Redis on localhost; in production secrets must be given explicitly.
 */
const DEV_JWT_SECRET = 'dev-only-jwt-secret-change-me-0123456789abcdef';
// Ed25519 seed (32 bytes, hex) used to sign audit checkpoints on development machines only.
const DEV_AUDIT_SIGNING_SEED = '9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60';
// AES-256 keyring for victims' identifying data on development machines only.
const DEV_VICTIM_DATA_KEYS = 'dev1:ZGV2LW9ubHktdmljdGltLWRhdGEta2V5LTMyYnl0ZXM=';
// HMAC key of identifiers' blind indexes (hit/no-hit matching) on development machines only.
const DEV_BLIND_INDEX_KEY = 'dev-only-blind-index-key-change-me-0123456789';

const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

const ROLE_NAME = `(${ALL_ROLES.join('|')})`;

const baseSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  // The address gateway and worker listen on: loopback unless told otherwise.
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: int(1, 65535).default(3000),
  // Whose X-Forwarded-For is believed (the client address that sign-in throttling counts):
  // Fastify's trustProxy, as addresses or CIDRs separated by commas, or loopback.
  TRUST_PROXY: z
    .string()
    .regex(/^[0-9a-fA-F.:/,a-z]+$/, 'addresses or CIDRs separated by commas, or loopback')
    .default('loopback'),
  WORKER_PORT: int(1, 65535).default(3001),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'a postgres:// URL')
    .default('postgres://postgres@127.0.0.1:5432/coordination'),
  DATABASE_POOL_SIZE: int(1, 200).default(10),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'a redis:// URL')
    .default('redis://127.0.0.1:6379'),
  QUEUE_PREFIX: z
    .string()
    .regex(/^[a-z0-9_-]{1,32}$/, 'letters, digits, - or _ (at most 32)')
    .default('cbc'),
  JWT_SECRET: z.string().min(32, 'at least 32 characters').optional(),
  ACCESS_TOKEN_TTL_SECONDS: int(60, 3600).default(900),
  REFRESH_TOKEN_TTL_DAYS: int(1, 90).default(14),
  LOCKOUT_THRESHOLD: int(1, 100).default(5),
  LOCKOUT_MINUTES: int(1, 1440).default(15),
  // How long the one-time link a new user chooses a password with stays valid.
  SET_PASSWORD_LINK_HOURS: int(1, 720).default(72),
  // Sign-in throttling, shared by every gateway through Redis (see README).
  SIGN_IN_ATTEMPTS_PER_ADDRESS: int(1, 1_000_000).default(30),
  SIGN_IN_FAILURES_PER_ACCOUNT: int(1, 1_000_000).default(10),
  SIGN_IN_FAILURES_PER_MINUTE: int(1, 1_000_000).default(300),
  SIGN_IN_THROTTLE_MINUTES: int(1, 1440).default(15),
  // One argon2 verification already runs a thread per lane (four): one at a time keeps a small
  // machine's cores for the requests being served (bench sign-in-flood); raise it on larger ones.
  SIGN_IN_VERIFICATIONS_AT_ONCE: int(1, 64).default(1),
  SIGN_IN_VERIFICATIONS_QUEUED: int(0, 10_000).default(50),
  // Roles that sign in with a second factor (TOTP or a recovery code): role names separated by
  // commas, * for every role, empty for none. Unset: every role in production, none elsewhere.
  SECOND_FACTOR_REQUIRED_ROLES: z
    .string()
    .transform((value) => value.replace(/\s+/g, ''))
    .pipe(z.string().regex(new RegExp(`^(\\*|${ROLE_NAME}(,${ROLE_NAME})*)?$`), 'role names separated by commas, * or nothing'))
    .optional(),
  // How long a gateway trusts what it read of a session (ended? user disabled? roles?) before
  // reading it again; changes reach every gateway at once through Redis, this bounds a missed one.
  SESSION_CHECK_CACHE_SECONDS: int(0, 300).default(10),
  // The gateway's libuv threadpool (argon2 verifications) runs at this nice value (0: as the
  // event loop), so a flood of sign-ins leaves the CPU to the requests already being served.
  THREADPOOL_NICENESS: int(0, 19).default(19),
  AUDIT_SIGNING_SEED: z
    .string()
    .regex(/^[0-9a-f]{64}$/i, '64 hex characters (an Ed25519 seed)')
    .optional(),
  AUDIT_SEAL_INTERVAL_MS: int(50, 60_000).default(500),
  AUDIT_CHECKPOINT_INTERVAL_SECONDS: int(1, 86_400).default(60),
  OUTBOX_POLL_INTERVAL_MS: int(10, 60_000).default(50),
  OUTBOX_REDELIVER_AFTER_SECONDS: int(1, 86_400).default(120),
  EVENTS_AT_ONCE: int(1, 100).default(10),
  DEADLINE_SWEEP_INTERVAL_MS: int(100, 3_600_000).default(15_000),
  GRAPHQL_MAX_DEPTH: int(2, 50).default(10),
  // graphql-armor multiplies by 1.5 per level of nesting: a console page of some 40 fields four
  // levels deep costs about 10,000 (operations-cost.spec.ts keeps every console operation below this).
  GRAPHQL_MAX_COST: int(100, 1_000_000).default(DEFAULT_GRAPHQL_MAX_COST),
  GRAPHQL_MAX_ALIASES: int(1, 100).default(15),
  // How long a mutation's Idempotency-Key (and its stored response) is kept.
  IDEMPOTENCY_KEY_TTL_HOURS: int(1, 720).default(24),
  VICTIM_DATA_KEYS: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,32}:[A-Za-z0-9+/]{43}=(,[A-Za-z0-9_-]{1,32}:[A-Za-z0-9+/]{43}=)*$/, 'id:<base64 of 32 bytes>[,id:...]')
    .optional(),
  VICTIM_DATA_ACTIVE_KEY: z.string().regex(/^[A-Za-z0-9_-]{1,32}$/, 'a key id of VICTIM_DATA_KEYS').optional(),
  HANDOFF_REFLECTION_DAYS: int(30, 365).default(30),
  BLIND_INDEX_KEY: z.string().min(32, 'at least 32 characters').optional(),
  // MLA deadlines (days) for legal bases that fix none; the EIO Directive's are in libs/mla.
  MLA_ACK_DAYS: int(1, 365).default(10),
  MLA_DECISION_DAYS: int(1, 365).default(45),
  MLA_EXECUTION_DAYS: int(1, 730).default(120),
  MLA_URGENT_ACK_DAYS: int(1, 365).default(2),
  MLA_URGENT_DECISION_DAYS: int(1, 365).default(10),
  MLA_URGENT_EXECUTION_DAYS: int(1, 730).default(30),
  // MLA documents: largest upload, and the media types accepted (comma-separated).
  MLA_DOCUMENT_MAX_BYTES: int(1, 500 * 1024 * 1024).default(10 * 1024 * 1024),
  MLA_DOCUMENT_MEDIA_TYPES: z
    .string()
    .regex(/^[a-z0-9.+-]+\/[a-z0-9.+-]+(,[a-z0-9.+-]+\/[a-z0-9.+-]+)*$/, 'comma-separated media types, e.g. application/pdf,image/png')
    .default('application/pdf,image/jpeg,image/png,text/plain'),
  // An upload holds a database connection while its content streams in: at most this many
  // at once per gateway, each cut once its client has sent nothing for the idle limit.
  MLA_UPLOADS_AT_ONCE: int(1, 100).default(3),
  MLA_UPLOAD_IDLE_SECONDS: int(1, 3600).default(30),
  // A slot is also given back by an upload slower than this (bytes per second over the window,
  // counting only the time spent waiting for the client) or longer than the deadline, so a few
  // clients dripping bytes cannot hold every slot.
  MLA_UPLOAD_MIN_BYTES_PER_SECOND: int(1, 1024 * 1024 * 1024).default(16 * 1024),
  MLA_UPLOAD_RATE_WINDOW_SECONDS: int(1, 600).default(10),
  MLA_UPLOAD_DEADLINE_SECONDS: int(1, 86_400).default(900),
  // Slow clients on every route (Fastify and Node turn most of these off by default): headers
  // not complete, or a request (headers and body; uploads keep their own limits above) not
  // received within these answer 408; a connection silent this long is cut; an idle kept-alive
  // connection is closed (keep it above a load balancer's idle timeout).
  HTTP_HEADERS_TIMEOUT_SECONDS: int(1, 600).default(10),
  HTTP_REQUEST_TIMEOUT_SECONDS: int(1, 3600).default(30),
  HTTP_IDLE_TIMEOUT_SECONDS: int(1, 3600).default(60),
  HTTP_KEEP_ALIVE_TIMEOUT_SECONDS: int(1, 3600).default(72),
  // The web console: where its built files are (served at /), and after how long without
  // activity it ends a session (a warning shows a minute before, or halfway for shorter times).
  CONSOLE_DIR: z.string().min(1).default('dist/console'),
  CONSOLE_IDLE_LOCK_SECONDS: int(10, 86_400).default(1800),
  // Webhooks to national systems: hosts (names, addresses or CIDRs, comma-separated) an endpoint
  // may reach although they are loopback, private or link-local. Unset: none in production,
  // loopback elsewhere (tests, demo).
  WEBHOOK_ALLOWED_HOSTS: z
    .string()
    .transform((value) => value.replace(/\s+/g, ''))
    .pipe(z.string().regex(/^([0-9A-Za-z.:_-]+(\/\d{1,3})?(,[0-9A-Za-z.:_-]+(\/\d{1,3})?)*)?$/, 'host names, addresses or CIDRs separated by commas'))
    .optional(),
  // One attempt's time limit; attempts per delivery, retried after WEBHOOK_RETRY_BASE_MS doubled
  // each time (at most WEBHOOK_RETRY_MAX_MS); an endpoint is disabled after this many failed
  // attempts in a row; how often due deliveries are queued, and how many are sent at once.
  WEBHOOK_TIMEOUT_MS: int(100, 60_000).default(10_000),
  WEBHOOK_MAX_ATTEMPTS: int(1, 30).default(8),
  WEBHOOK_RETRY_BASE_MS: int(10, 3_600_000).default(30_000),
  WEBHOOK_RETRY_MAX_MS: int(10, 86_400_000).default(6 * 3_600_000),
  WEBHOOK_DISABLE_AFTER_FAILURES: int(1, 1000).default(20),
  WEBHOOK_POLL_INTERVAL_MS: int(10, 60_000).default(1000),
  WEBHOOK_DELIVERIES_AT_ONCE: int(1, 100).default(10),
  // Notifications by e-mail, sent by the worker: off while SMTP_URL is empty (smtp:// or
  // smtps://, with user:password@ if the server asks). CONSOLE_URL is what mails link to.
  SMTP_URL: z
    .string()
    .regex(/^(smtps?:\/\/\S+)?$/, 'an smtp:// or smtps:// URL, or nothing (mail off)')
    .default(''),
  MAIL_FROM: z.string().min(3).default('Cross-border coordination <no-reply@localhost>'),
  CONSOLE_URL: z
    .string()
    .regex(/^https?:\/\/[^\s/]+(\/\S*)?$/, 'an http:// or https:// URL')
    .transform((url) => url.replace(/\/+$/, ''))
    .default('http://127.0.0.1:3000'),
  // A mail the SMTP server refuses is tried this often, waiting MAIL_BACKOFF_MS, then twice that, and so on.
  MAIL_ATTEMPTS: int(1, 20).default(6),
  MAIL_BACKOFF_MS: int(100, 3_600_000).default(30_000),
  // How often new notifications are looked at for mails to send at once.
  MAIL_POLL_INTERVAL_MS: int(50, 600_000).default(5000),
  // The daily digest goes at this hour (UTC) and covers the 24 hours before.
  MAIL_DIGEST_HOUR_UTC: int(0, 23).default(6),
  DEMO_PASSWORD: z.string().min(12, 'at least 12 characters').default('correct-horse-demo-2026'),
});

type RawConfig = z.infer<typeof baseSchema>;

export interface AppConfig
  extends Omit<
    RawConfig,
    'JWT_SECRET' | 'AUDIT_SIGNING_SEED' | 'VICTIM_DATA_KEYS' | 'VICTIM_DATA_ACTIVE_KEY' | 'BLIND_INDEX_KEY' | 'SECOND_FACTOR_REQUIRED_ROLES' | 'WEBHOOK_ALLOWED_HOSTS'
  > {
  /** `*`, or role names separated by commas, or empty (none): the default resolved. */
  SECOND_FACTOR_REQUIRED_ROLES: string;
  /** Host names, addresses or CIDRs separated by commas (possibly none): the default resolved. */
  WEBHOOK_ALLOWED_HOSTS: string;
  JWT_SECRET: string;
  AUDIT_SIGNING_SEED: string;
  VICTIM_DATA_KEYS: string;
  VICTIM_DATA_ACTIVE_KEY: string;
  BLIND_INDEX_KEY: string;
  isProduction: boolean;
  /** The secrets left at their published development defaults. */
  defaultSecrets: SecretName[];
}

type SecretName = 'JWT_SECRET' | 'AUDIT_SIGNING_SEED' | 'VICTIM_DATA_KEYS' | 'VICTIM_DATA_ACTIVE_KEY' | 'BLIND_INDEX_KEY';

export class ConfigError extends Error {}

/** Parses the environment; throws a ConfigError whose message names the first bad variable. */
export function parseConfig(env: Record<string, string | undefined>): AppConfig {
  const result = baseSchema.safeParse(env);
  if (!result.success) {
    const issue = result.error.issues[0];
    const name = String(issue.path[0] ?? 'configuration');
    const shown = env[name] === undefined ? 'is missing' : 'is invalid';
    throw new ConfigError(`Configuration error: ${name} ${shown}: expected ${issue.message}`);
  }
  const raw = result.data;
  const related = relationProblem(raw);
  if (related) throw new ConfigError(`Configuration error: ${related}`);
  const isProduction = raw.NODE_ENV === 'production';
  const defaultSecrets: SecretName[] = [];
  const secret = (name: SecretName, devDefault: string, expected: string): string => {
    const value = raw[name];
    if (value !== undefined && value !== devDefault) return value;
    if (isProduction) {
      const what = value === undefined ? 'is missing' : 'is the published development default';
      throw new ConfigError(`Configuration error: ${name} ${what}: expected ${expected} (required in production)`);
    }
    defaultSecrets.push(name);
    return devDefault;
  };
  return {
    ...raw,
    JWT_SECRET: secret('JWT_SECRET', DEV_JWT_SECRET, 'at least 32 characters'),
    AUDIT_SIGNING_SEED: secret('AUDIT_SIGNING_SEED', DEV_AUDIT_SIGNING_SEED, '64 hex characters (an Ed25519 seed)'),
    VICTIM_DATA_KEYS: secret('VICTIM_DATA_KEYS', DEV_VICTIM_DATA_KEYS, 'id:<base64 of 32 bytes>[,id:...]'),
    // A key's id is no secret: any id given is taken as it is.
    VICTIM_DATA_ACTIVE_KEY: raw.VICTIM_DATA_ACTIVE_KEY ?? secret('VICTIM_DATA_ACTIVE_KEY', 'dev1', 'a key id of VICTIM_DATA_KEYS'),
    BLIND_INDEX_KEY: secret('BLIND_INDEX_KEY', DEV_BLIND_INDEX_KEY, 'at least 32 characters'),
    SECOND_FACTOR_REQUIRED_ROLES: raw.SECOND_FACTOR_REQUIRED_ROLES ?? (isProduction ? '*' : ''),
    WEBHOOK_ALLOWED_HOSTS: raw.WEBHOOK_ALLOWED_HOSTS ?? (isProduction ? '' : 'localhost,127.0.0.1,::1'),
    isProduction,
    defaultSecrets,
  };
}

/** Settings valid alone but not together: the first such problem, naming the setting and what it expects. */
function relationProblem(raw: RawConfig): string | null {
  if (raw.MLA_UPLOADS_AT_ONCE >= raw.DATABASE_POOL_SIZE) {
    return `MLA_UPLOADS_AT_ONCE is invalid: expected fewer than DATABASE_POOL_SIZE (${raw.DATABASE_POOL_SIZE}), so uploads never take every connection`;
  }
  // A client sending exactly the minimum rate must be able to finish the largest document.
  const slowestUpload = Math.ceil(raw.MLA_DOCUMENT_MAX_BYTES / raw.MLA_UPLOAD_MIN_BYTES_PER_SECOND);
  if (slowestUpload > raw.MLA_UPLOAD_DEADLINE_SECONDS) {
    return `MLA_UPLOAD_DEADLINE_SECONDS is invalid: expected at least ${slowestUpload}, the time MLA_DOCUMENT_MAX_BYTES takes at MLA_UPLOAD_MIN_BYTES_PER_SECOND`;
  }
  if (raw.HTTP_HEADERS_TIMEOUT_SECONDS > raw.HTTP_REQUEST_TIMEOUT_SECONDS) {
    return `HTTP_HEADERS_TIMEOUT_SECONDS is invalid: expected at most HTTP_REQUEST_TIMEOUT_SECONDS (${raw.HTTP_REQUEST_TIMEOUT_SECONDS})`;
  }
  // An upload's own idle limit answers 408 before the connection's is cut without an answer.
  if (raw.HTTP_IDLE_TIMEOUT_SECONDS <= raw.MLA_UPLOAD_IDLE_SECONDS) {
    return `HTTP_IDLE_TIMEOUT_SECONDS is invalid: expected more than MLA_UPLOAD_IDLE_SECONDS (${raw.MLA_UPLOAD_IDLE_SECONDS})`;
  }
  if (raw.WEBHOOK_RETRY_BASE_MS > raw.WEBHOOK_RETRY_MAX_MS) {
    return `WEBHOOK_RETRY_BASE_MS is invalid: expected at most WEBHOOK_RETRY_MAX_MS (${raw.WEBHOOK_RETRY_MAX_MS})`;
  }
  return null;
}

const LOOPBACK = /^(127(\.\d{1,3}){3}|::1|localhost)$/i;

/**
 * The published development secrets are safe only on a machine nobody else reaches: a
 * process listening beyond loopback with any of them refuses to start.
 */
export function exposureProblem(config: Pick<AppConfig, 'HOST' | 'defaultSecrets'>): string | null {
  if (LOOPBACK.test(config.HOST) || config.defaultSecrets.length === 0) return null;
  return (
    `Configuration error: HOST ${config.HOST} is not a loopback address, and ${config.defaultSecrets.join(', ')} ` +
    'still hold the published development defaults: set your own (npm run demo writes random ones to .env)'
  );
}

/**
 * Reads `.env` (if present) into the environment, validates it, and on failure prints
 * one line naming the variable and stops the process.
 */
export function loadConfigOrExit(): AppConfig {
  try {
    process.loadEnvFile('.env');
  } catch {
    // no .env file: the environment alone is used
  }
  try {
    const config = parseConfig(process.env);
    const exposure = exposureProblem(config);
    if (exposure) throw new ConfigError(exposure);
    return config;
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}
