import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { writeFileSync } from 'node:fs';
import { GATEWAY_RESOLVERS } from '../apps/gateway/src/resolvers';
import { printSortedSchema, SCHEMA_FILE } from './schema-file';

/** Writes the GraphQL schema from the resolvers' code, without a database (run by `npm run build`). */
async function main(): Promise<void> {
  const app = await NestFactory.createApplicationContext(GraphQLSchemaBuilderModule, { logger: false });
  await app.init();
  const schema = await app.get(GraphQLSchemaFactory).create([...GATEWAY_RESOLVERS]);
  writeFileSync(SCHEMA_FILE, printSortedSchema(schema));
  await app.close();
  process.stdout.write(`schema written to apps/gateway/schema.graphql\n`);
}

void main();
