import { existsSync, writeFileSync } from 'node:fs';
import { envFileText, freshDemoSecrets } from '@app/config';

/**
 * First start of the demo: writes this machine's own random secrets to `.env` (git-ignored,
 * readable by its owner only), so no demo runs on the secrets published in the source.
 * An existing `.env` is kept as it is.
 */
const ENV_FILE = '.env';
if (existsSync(ENV_FILE)) {
  process.stdout.write(`${ENV_FILE} exists: its settings are kept\n`);
} else {
  writeFileSync(ENV_FILE, envFileText(freshDemoSecrets()), { mode: 0o600 });
  process.stdout.write(`${ENV_FILE} written with fresh random secrets for this machine\n`);
}
