import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { join } from 'node:path';

/** The committed schema file (npm scripts and Jest run from the repository root). */
export const SCHEMA_FILE = join(process.cwd(), 'apps', 'gateway', 'schema.graphql');

export function printSortedSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
