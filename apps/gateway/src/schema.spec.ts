import { readFileSync, writeFileSync } from 'node:fs';
import { printGatewaySchema, SCHEMA_FILE } from './schema';

/**
 * The committed schema is the contract clients build against: this fails when the code's
 * schema drifts from it. `UPDATE_SCHEMA=1 npx jest apps/gateway/src/schema.spec.ts`
 * (or `npm run build`) rewrites the file.
 */
describe('committed GraphQL schema', () => {
  it('matches the schema the resolvers define', async () => {
    const schema = await printGatewaySchema();
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(SCHEMA_FILE, schema);
    expect(schema).toBe(readFileSync(SCHEMA_FILE, 'utf8'));
  });
});
