import type { GraphQLResolveInfo } from 'graphql';
import { parseResolveInfo, ResolveTree } from 'graphql-parse-resolve-info';

const childrenOf = (tree: ResolveTree): ResolveTree[] => Object.values(tree.fieldsByTypeName).flatMap((fields) => Object.values(fields));

/**
 * The fields a query selects on the nodes of a connection (`edges { node { … } }`), by field
 * name, with fragments, aliases and @skip/@include applied: a list reads only those columns.
 */
export function selectedNodeFields(info: GraphQLResolveInfo): ReadonlySet<string> {
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
