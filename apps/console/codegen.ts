import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed operations for the console from the committed schema: each journey keeps its
 * operations in its operations.graphql, and `npm run codegen` writes src/gql/graphql.ts with
 * their types and a typed document for each (`<Name>Document`, `<Name>FragmentDoc`).
 * `npm test` runs it with --check and fails when the committed file drifts.
 */
const config: CodegenConfig = {
  schema: 'apps/gateway/schema.graphql',
  documents: ['apps/console/src/**/*.graphql'],
  generates: {
    'apps/console/src/gql/graphql.ts': {
      plugins: [{ add: { content: '/* eslint-disable */' } }, 'typescript-operations', 'typed-document-node'],
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { DateTime: 'string' },
      },
    },
  },
};

export default config;
