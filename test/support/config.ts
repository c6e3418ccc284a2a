import { AppConfig, parseConfig } from '@app/config';

/** The configuration of this test run (database and queue prefix set by global-setup), with overrides. */
export function testConfig(overrides: Record<string, string> = {}): AppConfig {
  return parseConfig({ ...process.env, ...overrides });
}
