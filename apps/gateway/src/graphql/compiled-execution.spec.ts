import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { execute, GraphQLFieldResolver, GraphQLObjectType, GraphQLSchema, GraphQLString, isObjectType, parse } from 'graphql';
import { GATEWAY_RESOLVERS } from '../resolvers';
import { withoutPropertyReaders } from './compiled-execution';

/** Resolvers named as Nest names its property reader, to stand in for the ones it builds. */
function named(resolve: GraphQLFieldResolver<Record<string, unknown>, unknown>): GraphQLFieldResolver<Record<string, unknown>, unknown> {
  Object.defineProperty(resolve, 'name', { value: 'rootFieldResolver' });
  return resolve;
}

function handMadeSchema(): GraphQLSchema {
  const item = new GraphQLObjectType<Record<string, unknown>>({
    name: 'Item',
    fields: {
      plain: { type: GraphQLString, resolve: named((root) => root.plain) },
      withDefault: { type: GraphQLString, resolve: named((root) => root.withDefault ?? 'default') },
      computed: { type: GraphQLString, resolve: (root) => `computed from ${String(root.plain)}` },
      reader: { type: GraphQLString, resolve: (root) => root.reader },
    },
  });
  return new GraphQLSchema({
    query: new GraphQLObjectType({ name: 'Query', fields: { item: { type: item, resolve: () => ({ plain: 'p', reader: 'r' }) } } }),
  });
}

const readersLeft = (schema: GraphQLSchema) =>
  Object.values(schema.getTypeMap())
    .filter(isObjectType)
    .flatMap((type) => Object.values(type.getFields()).filter((field) => field.resolve?.name === 'rootFieldResolver'));

describe('withoutPropertyReaders', () => {
  it("removes only Nest's readers that read the property and nothing else; the answers stay the same", async () => {
    const schema = handMadeSchema();
    const query = parse('{ item { plain withDefault computed reader } }');
    const before = await execute({ schema, document: query });
    withoutPropertyReaders(schema);
    const fields = (schema.getType('Item') as GraphQLObjectType).getFields();
    expect(fields.plain.resolve).toBeUndefined();
    expect(fields.withDefault.resolve).toBeDefined();
    expect(fields.computed.resolve).toBeDefined();
    expect(fields.reader.resolve).toBeDefined();
    expect(await execute({ schema, document: query })).toEqual(before);
    expect(before.data).toEqual({ item: { plain: 'p', withDefault: 'default', computed: 'computed from p', reader: 'r' } });
  });

  it("leaves none of Nest's property readers in the gateway's schema", async () => {
    const app = await NestFactory.createApplicationContext(GraphQLSchemaBuilderModule, { logger: false });
    try {
      await app.init();
      const schema = await app.get(GraphQLSchemaFactory).create([...GATEWAY_RESOLVERS]);
      // Nest still builds them: were it to stop, this test would say the removal has no object any more.
      expect(readersLeft(schema).length).toBeGreaterThan(100);
      withoutPropertyReaders(schema);
      expect(readersLeft(schema)).toEqual([]);
      expect((schema.getType('MlaRequest') as GraphQLObjectType).getFields().reference.resolve).toBeUndefined();
    } finally {
      await app.close();
    }
  });
});
