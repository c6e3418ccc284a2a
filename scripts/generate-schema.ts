import { writeFileSync } from 'node:fs';
import { printGatewaySchema, SCHEMA_FILE } from '../apps/gateway/src/schema';

/** Writes apps/gateway/schema.graphql from the resolvers' code (run by `npm run build`). */
printGatewaySchema()
  .then((schema) => {
    writeFileSync(SCHEMA_FILE, schema);
    process.stdout.write('schema written to apps/gateway/schema.graphql\n');
  })
  .catch((error: Error) => {
    process.stderr.write(`schema generation failed: ${error.message}\n`);
    process.exit(1);
  });
