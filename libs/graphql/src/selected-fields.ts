import { BREAK, FieldNode, GraphQLResolveInfo, OperationDefinitionNode, visit } from 'graphql';
import { parseResolveInfo, ResolveTree } from 'graphql-parse-resolve-info';

const childrenOf = (tree: ResolveTree): ResolveTree[] => Object.values(tree.fieldsByTypeName).flatMap((fields) => Object.values(fields));

/**
 * Selections already worked out, by the field they were asked on. Apollo keeps a parsed
 * document for every request of the same query text, so its nodes stand for that query;
 * kept weakly, an entry goes when Apollo's cache lets the document go.
 */
const selectionByField = new WeakMap<FieldNode, ReadonlySet<string>>();
/** Whether an operation (with its fragments) uses @skip or @include anywhere. */
const conditionalByOperation = new WeakMap<OperationDefinitionNode, boolean>();

/**
 * The fields a query selects on the nodes of a connection (`edges { node { … } }`), by field
 * name, with fragments, aliases and @skip/@include applied: a list reads only those columns.
 */
export function selectedNodeFields(info: GraphQLResolveInfo): ReadonlySet<string> {
  // @skip and @include may depend on variables, so only a selection without them is the same every time.
  if (info.fieldNodes.length !== 1 || isConditional(info)) return parseSelection(info);
  const [field] = info.fieldNodes;
  let names = selectionByField.get(field);
  if (!names) {
    names = parseSelection(info);
    selectionByField.set(field, names);
  }
  return names;
}

function parseSelection(info: GraphQLResolveInfo): ReadonlySet<string> {
  const names = new Set<string>();
  const tree = parseResolveInfo(info) as ResolveTree | null;
  if (!tree) return names;
  for (const edges of childrenOf(tree).filter((field) => field.name === 'edges')) {
    for (const node of childrenOf(edges).filter((field) => field.name === 'node')) {
      for (const field of childrenOf(node)) names.add(field.name);
    }
  }
  return names;
}

function isConditional(info: GraphQLResolveInfo): boolean {
  let conditional = conditionalByOperation.get(info.operation);
  if (conditional === undefined) {
    conditional = [info.operation, ...Object.values(info.fragments)].some((definition) => {
      let found = false;
      visit(definition, {
        Directive(directive) {
          if (directive.name.value !== 'skip' && directive.name.value !== 'include') return undefined;
          found = true;
          return BREAK;
        },
      });
      return found;
    });
    conditionalByOperation.set(info.operation, conditional);
  }
  return conditional;
}
