import { randomBytes } from 'node:crypto';

/** Fresh random secrets for one machine's demo, in the forms the configuration expects. */
export function freshDemoSecrets(random: (size: number) => Buffer = randomBytes): Record<string, string> {
  return {
    JWT_SECRET: random(32).toString('hex'),
    AUDIT_SIGNING_SEED: random(32).toString('hex'),
    BLIND_INDEX_KEY: random(32).toString('hex'),
    VICTIM_DATA_KEYS: `k1:${random(32).toString('base64')}`,
    VICTIM_DATA_ACTIVE_KEY: 'k1',
  };
}

/** The secrets as a `.env` file's lines, with a word on what they are. */
export function envFileText(secrets: Record<string, string>): string {
  const lines = Object.entries(secrets).map(([name, value]) => `${name}=${value}`);
  return ['# Written by `npm run demo` on first start: this machine\'s own secrets. Keep out of version control.', ...lines, ''].join('\n');
}
