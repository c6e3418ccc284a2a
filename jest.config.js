/** One Jest run for every layer: unit and integration specs beside the code, e2e in test/. */
module.exports = {
  rootDir: '.',
  testEnvironment: 'node',
  roots: ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/test'],
  testRegex: '\\.(spec|e2e-spec)\\.tsx?$',
  // Nest 12 and file-type (with its parsers) ship ES modules; SWC turns them into CommonJS for
  // Jest like the rest of the code (Node itself require()s them as they are).
  transform: {
    '^.+\\.(t|j)s$': ['@swc/jest'],
    // The console's components: TSX with React's automatic runtime.
    '^.+\\.tsx$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } } } }],
  },
  transformIgnorePatterns: ['/node_modules/(?!(@nestjs|file-type|strtok3|token-types|@tokenizer|@borewit|uint8array-extras|@fastify/cookie|cookie|react-intl|intl-messageformat|@formatjs|content-disposition|@fastify/static/node_modules/content-disposition)/)'],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  moduleNameMapper: {
    '^@app/(.*)$': '<rootDir>/libs/$1/src',
    '^@test/(.*)$': '<rootDir>/test/$1',
    // file-type exports only `import` and `module-sync` conditions, which Jest's resolver does not read.
    '^file-type$': '<rootDir>/node_modules/file-type/index.js',
  },
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  testTimeout: 30000,
  maxWorkers: 2,
};
