/**
 * The arrows of ARCHITECTURE.md, checked by `npm run lint:arrows` (part of `npm test`): an
 * import that no `allowed` rule lets through, or that a `forbidden` rule names, fails the run.
 * Change an arrow here and in ARCHITECTURE.md together.
 */

/** Libraries every context may use. */
const SHARED = ['kernel', 'config', 'database', 'platform', 'audit', 'access', 'commands', 'events', 'deadlines', 'documents'];

/** The bounded contexts and the other contexts each may read (no cycle). */
const CONTEXTS = {
  identity: [],
  oversight: [],
  notifications: ['identity'],
  cases: ['identity', 'notifications'],
  mla: ['cases', 'identity', 'notifications'],
  handoffs: ['identity', 'notifications'],
  webhooks: ['mla', 'notifications'],
};

/** The shared libraries and what each may use. */
const SHARED_ARROWS = {
  kernel: [],
  config: ['kernel'],
  database: ['config', 'kernel'],
  platform: ['config', 'kernel'],
  audit: ['database', 'config', 'kernel'],
  access: ['audit', 'kernel'],
  events: ['config', 'database', 'kernel'],
  deadlines: ['events', 'database', 'config', 'kernel'],
  commands: ['access', 'audit', 'events', 'deadlines', 'database', 'kernel'],
  documents: ['audit', 'config', 'database', 'platform', 'kernel'],
  graphql: ['platform', 'kernel'],
};

/** What the worker assembles: the contexts' worker modules and the shared libraries it runs. */
const WORKER_USES = ['cases', 'mla', 'handoffs', 'notifications', 'webhooks', 'events', 'deadlines', 'audit', 'platform', 'config', 'database'];

/** Production source of a library (its src/ folder, specs apart). */
const source = (names) => `^libs/(${names.join('|')})/src/`;
/** Specs, test helpers and the e2e folder: they may import anything to set a scene. */
const TESTS = '(\\.spec\\.tsx?$|\\.e2e-spec\\.ts$|^libs/[^/]+/testing/|^test/)';

const arrow = (from, to) => ({ from: { path: source([from]), pathNot: TESTS }, to: { path: source(to) } });
const forbid = (name, comment, from, to) => ({ name, comment, severity: 'error', from, to });
/** Every library's production source but libs/graphql, the edge's plumbing. */
const LIBRARIES_BUT_THE_EDGE = { path: '^libs/', pathNot: `${TESTS}|^libs/graphql/` };

module.exports = {
  allowed: [
    // Packages and Node's own modules (a package's export map the resolver cannot read is left
    // to tsc): which ones, the rules under `forbidden` say.
    { from: {}, to: { dependencyTypes: ['core'] } },
    { from: {}, to: { path: 'node_modules/' } },
    { from: {}, to: { couldNotResolve: true, pathNot: '^\\.' } },
    // Within one library or app.
    { from: { path: '^libs/([^/]+)/' }, to: { path: '^libs/$1/' } },
    { from: { path: '^apps/([^/]+)/' }, to: { path: '^apps/$1/' } },
    { from: { path: TESTS }, to: {} },
    ...Object.entries(CONTEXTS).map(([context, reads]) => arrow(context, [...SHARED, ...reads])),
    ...Object.entries(SHARED_ARROWS).map(([library, uses]) => arrow(library, uses)),
    // The demo seeds every context; only the commands, benchmarks and tests import it.
    { from: { path: source(['demo']) }, to: { path: '^libs/[^/]+/src/' } },
    { from: { path: '^apps/gateway/src/' }, to: { path: '^libs/[^/]+/src/' } },
    { from: { path: '^apps/worker/src/' }, to: { path: source(WORKER_USES) } },
    { from: { path: '^(scripts|bench)/' }, to: { path: '^(libs/[^/]+/src|apps/gateway/src|apps/worker/src|scripts|bench)/' } },
    // The console shares the contexts' pure rules (domain/ folders: plain functions and tables).
    { from: { path: '^apps/console/' }, to: { path: '^libs/[^/]+/src/domain/' } },
  ],
  allowedSeverity: 'error',
  forbidden: [
    forbid(
      'demo-only-in-commands-and-tests',
      'The demo world is seeded by the demo command; production code never imports it.',
      { path: '^(apps|libs)/', pathNot: `${TESTS}|^libs/demo/` },
      { path: '^libs/demo/' },
    ),
    forbid(
      'graphql-only-at-the-edge',
      'GraphQL lives in apps/gateway and libs/graphql; libraries answer plain shapes.',
      LIBRARIES_BUT_THE_EDGE,
      { path: '(node_modules/@nestjs/graphql/|^libs/graphql/)' },
    ),
    forbid(
      'loaders-only-at-the-edge',
      "Field resolvers batch through the request's DataLoaders; services take ids, never a loader.",
      LIBRARIES_BUT_THE_EDGE,
      { path: 'node_modules/dataloader/' },
    ),
    forbid(
      'worker-loads-no-graphql',
      'The worker runs no GraphQL: nothing it loads may lead to GraphQL code.',
      { path: '^apps/worker/src/main\\.ts$' },
      { path: '(node_modules/@nestjs/graphql/|node_modules/@nestjs/apollo/|^libs/graphql/|^apps/gateway/)', reachable: true },
    ),
    forbid('no-test-helpers-in-production', 'Test helpers (testing/ folders, test/) stay out of production source.', { pathNot: TESTS }, { path: TESTS }),
    forbid(
      'domain-rules-are-plain',
      'A domain/ folder holds the rules as plain functions: no framework, database or queue.',
      { path: '^libs/[^/]+/src/domain/' },
      { path: 'node_modules/(@nestjs|typeorm|pg|ioredis|bullmq)/' },
    ),
    forbid(
      'console-reaches-only-plain-rules',
      'What the console imports of the server must lead to nothing but plain rules.',
      { path: '^apps/console/src/', pathNot: TESTS },
      { path: '^(libs/(?![^/]+/src/domain/)|apps/(?!console/))', reachable: true },
    ),
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^dist/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'] },
  },
};
