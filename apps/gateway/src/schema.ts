import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { join } from 'node:path';
import { GRAPHQL_SCALARS } from '@app/graphql';
import { GATEWAY_RESOLVERS } from './resolvers';

/** The committed schema file (npm scripts and Jest run from the repository root). */
export const SCHEMA_FILE = join(process.cwd(), 'apps', 'gateway', 'schema.graphql');

export function printSortedSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}

/** The gateway's schema from the resolvers' code, without a database or HTTP server. */
export async function printGatewaySchema(): Promise<string> {
  const app = await NestFactory.createApplicationContext(GraphQLSchemaBuilderModule, { logger: false });
  try {
    await app.init();
    return printSortedSchema(await app.get(GraphQLSchemaFactory).create([...GATEWAY_RESOLVERS], GRAPHQL_SCALARS));
  } finally {
    await app.close();
  }
}
