import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed operations for the console from the committed schema. `npm run codegen` writes
 * src/gql; `npm test` runs it with --check and fails when the committed files drift.
 */
const config: CodegenConfig = {
  schema: 'apps/gateway/schema.graphql',
  documents: ['apps/console/src/**/*.{ts,tsx}', '!apps/console/src/gql/**'],
  ignoreNoDocuments: true,
  generates: {
    'apps/console/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { DateTime: 'string' },
      },
    },
  },
};

export default config;
