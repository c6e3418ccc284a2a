import { envFileText, freshDemoSecrets } from './demo-secrets';
import { parseConfig } from './config.schema';

describe('demo secrets', () => {
  it('are valid for the configuration, none a published default, and new every time', () => {
    const secrets = freshDemoSecrets();
    const config = parseConfig({ NODE_ENV: 'production', ...secrets });
    expect(config.defaultSecrets).toEqual([]);
    expect(freshDemoSecrets().JWT_SECRET).not.toBe(secrets.JWT_SECRET);
  });

  it('are written as a .env file that Node reads back', () => {
    const text = envFileText(freshDemoSecrets(() => Buffer.alloc(32, 7)));
    expect(text).toContain(`JWT_SECRET=${'07'.repeat(32)}\n`);
    expect(text).toContain(`VICTIM_DATA_KEYS=k1:${Buffer.alloc(32, 7).toString('base64')}\n`);
    const parsed = Object.fromEntries(
      text.split('\n').filter((line) => line && !line.startsWith('#')).map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
    );
    expect(parseConfig({ NODE_ENV: 'production', ...parsed }).isProduction).toBe(true);
  });
});
