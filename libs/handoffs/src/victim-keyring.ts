import { Provider } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@app/config';
import { parseKeyring } from './domain/victim-data-seal';

export const VICTIM_KEYRING = Symbol('VictimKeyring');

/** The keyring from configuration; a ring without its active key stops the process at start. */
export const victimKeyringProvider: Provider = {
  provide: VICTIM_KEYRING,
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig) => parseKeyring(config.VICTIM_DATA_KEYS, config.VICTIM_DATA_ACTIVE_KEY),
};
