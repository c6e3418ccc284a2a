/**
 * The default cost limit of a GraphQL operation, on its own (no imports) so the web console's
 * tests can hold every console operation under it.
 */
export const DEFAULT_GRAPHQL_MAX_COST = 20_000;
