import { ArgumentNode, DocumentNode, Kind, OperationDefinitionNode, valueFromASTUntyped, visit } from 'graphql';

/** Arguments the cost limit multiplies a selection's cost by (graphql-armor's). */
const PAGE_SIZE_ARGUMENTS = new Set(['first', 'last']);

/** Whether any page size in the document is given by a variable: only then is there anything to inline. */
export function hasPageSizeVariables(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Argument(node) {
      if (PAGE_SIZE_ARGUMENTS.has(node.name.value) && node.value.kind === Kind.VARIABLE) found = true;
    },
  });
  return found;
}

/**
 * The document with every page size given by a variable (or its default) written in as the
 * literal it stands for, or null when there is none: the cost limit reads literals only, so
 * `first: $n` would otherwise count as `first: 1`.
 */
export function withPageSizesInlined(
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): DocumentNode | null {
  const defaults = new Map(
    (operation.variableDefinitions ?? []).map((d) => [d.variable.name.value, d.defaultValue ? valueFromASTUntyped(d.defaultValue) : undefined]),
  );
  let inlined = false;
  const result = visit(document, {
    Argument(node): ArgumentNode | undefined {
      if (!PAGE_SIZE_ARGUMENTS.has(node.name.value) || node.value.kind !== Kind.VARIABLE) return undefined;
      const name = node.value.name.value;
      const value = name in variables ? variables[name] : defaults.get(name);
      if (typeof value !== 'number' || !Number.isInteger(value)) return undefined;
      inlined = true;
      return { ...node, value: { kind: Kind.INT, value: String(value) } };
    },
  });
  return inlined ? result : null;
}
