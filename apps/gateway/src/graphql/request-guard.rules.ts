import {
  ASTNode,
  DocumentNode,
  getNamedType,
  GraphQLInputType,
  GraphQLSchema,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  OperationDefinitionNode,
  typeFromAST,
  TypeInfo,
  valueFromASTUntyped,
  visit,
  visitWithTypeInfo,
  OperationTypeNode,
} from 'graphql';
import { FieldProblem, isUuid, textProblem } from '@app/kernel';

/**
 * How deep a request's variables may nest. The deepest input type is a few levels deep;
 * anything far beyond is an attack on recursive code (coercion, hashing, logging).
 */
export const MAX_INPUT_DEPTH = 32;

/**
 * Problems of input values (variables, or literal arguments read as values), naming each
 * field by its path (`input.title`, `ids[2]`). Walked with a stack, not recursion, so no
 * nesting can overflow it; nesting deeper than `maxDepth` is one problem and ends the walk.
 */
export function inputProblems(values: Record<string, unknown>, maxDepth = MAX_INPUT_DEPTH): FieldProblem[] {
  const problems: FieldProblem[] = [];
  // Children are pushed in reverse, so problems come in the order the client wrote the fields.
  const pending = Object.entries(values)
    .map(([name, value]) => ({ value, path: name, depth: 1 }))
    .reverse();
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { value, path, depth } = next;
    if (typeof value === 'string') {
      const problem = textProblem(value);
      if (problem) problems.push({ field: path, problem });
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth >= maxDepth) return [{ field: path, problem: `is nested deeper than ${maxDepth} levels` }];
    const children = Array.isArray(value)
      ? value.map((item, index) => ({ value: item as unknown, path: `${path}[${index}]`, depth: depth + 1 }))
      : Object.entries(value).map(([key, item]) => ({ value: item as unknown, path: `${path}.${key}`, depth: depth + 1 }));
    // One by one: spreading a list of a few hundred thousand items into push() overflows the stack.
    for (let i = children.length - 1; i >= 0; i--) pending.push(children[i]);
  }
  return problems;
}

/** The operation's literal arguments (in its fragments too) as values by argument name, for inputProblems. */
export function literalArguments(document: DocumentNode): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  visit(document, {
    Argument(node) {
      // Later arguments of the same name are told apart by a suffix: each is checked.
      let name = node.name.value;
      for (let n = 2; name in values; n++) name = `${node.name.value}#${n}`;
      values[name] = valueFromASTUntyped(node.value);
    },
  });
  return values;
}

/**
 * Why an operation cannot be run, in graphql-js's words, or null: an unknown `operationName`,
 * several operations without one, an operation type the schema has no root type for, or a
 * subscription, which is served over WebSocket only. graphql-js would find the first two only
 * on execution.
 */
export const SUBSCRIPTIONS_OVER_WEBSOCKET = 'Subscriptions are served over WebSocket (the graphql-transport-ws protocol) at the same path, not over HTTP.';

export function operationProblem(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  operation: OperationDefinitionNode | undefined,
): string | null {
  if (!operation) {
    if (operationName) return `Unknown operation named "${operationName}".`;
    const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION).length;
    return operations > 1 ? 'Must provide operation name if query contains multiple operations.' : 'Must provide an operation.';
  }
  if (operation.operation === OperationTypeNode.SUBSCRIPTION) return SUBSCRIPTIONS_OVER_WEBSOCKET;
  if (!schema.getRootType(operation.operation)) return `This API does not support ${operation.operation} operations.`;
  return null;
}

/** Every object this API names by an ID has a UUID key: anything else cannot name one. */
const ID_PROBLEM = 'is not an ID this API gave out (a UUID)';
const isIdType = (type: GraphQLInputType | null | undefined) => !!type && getNamedType(type).name === 'ID';

/**
 * ID inputs that are no UUID, in variables (walked along their declared types) and literal
 * arguments: refused before a use case passes them to SQL, where PostgreSQL would fail on them.
 */
export function idProblems(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): FieldProblem[] {
  return [...variableIdProblems(schema, operation, variables), ...literalIdProblems(schema, document)];
}

const idProblem = (value: unknown, path: string): FieldProblem[] =>
  (typeof value === 'string' && !isUuid(value)) || typeof value === 'number' ? [{ field: path, problem: ID_PROBLEM }] : [];

/** ID variables that are no UUID, walked along their declared types. */
export function variableIdProblems(schema: GraphQLSchema, operation: OperationDefinitionNode, variables: Record<string, unknown>): FieldProblem[] {
  const problems: FieldProblem[] = [];
  // Follows the type, not the value, so it is as deep as the schema's input types at most.
  const walk = (type: GraphQLInputType, value: unknown, path: string): void => {
    if (value === null || value === undefined) return;
    if (isNonNullType(type)) return walk(type.ofType, value, path);
    if (isListType(type)) {
      if (Array.isArray(value)) value.forEach((item, index) => walk(type.ofType, item, `${path}[${index}]`));
      else walk(type.ofType, value, path);
      return;
    }
    if (isInputObjectType(type)) {
      if (typeof value !== 'object') return;
      const fields = value as Record<string, unknown>;
      for (const field of Object.values(type.getFields())) walk(field.type, fields[field.name], `${path}.${field.name}`);
      return;
    }
    if (isIdType(type)) problems.push(...idProblem(value, path));
  };
  for (const definition of operation.variableDefinitions ?? []) {
    const type = typeFromAST(schema, definition.type) as GraphQLInputType | undefined;
    const name = definition.variable.name.value;
    if (type) walk(type, variables[name], name);
  }
  return problems;
}

/** ID literal arguments that are no UUID: a property of the document alone. */
export function literalIdProblems(schema: GraphQLSchema, document: DocumentNode): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const typeInfo = new TypeInfo(schema);
  const literal = (value: string | number, ancestors: readonly (ASTNode | readonly ASTNode[])[]) => {
    if (!isIdType(typeInfo.getInputType())) return;
    const names = ancestors.flatMap((a) => ('kind' in a && (a.kind === Kind.ARGUMENT || a.kind === Kind.OBJECT_FIELD) ? [a.name.value] : []));
    problems.push(...idProblem(value, names.join('.')));
  };
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      StringValue: (node, _key, parent, _path, ancestors) => literal(node.value, [...ancestors, parent ?? []]),
      IntValue: (node, _key, parent, _path, ancestors) => literal(Number(node.value), [...ancestors, parent ?? []]),
    }),
  );
  return problems;
}
