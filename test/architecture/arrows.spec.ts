import { execFile } from 'child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { dirname, join } from 'path';
import { promisify } from 'util';

const ROOT = join(__dirname, '../..');
const CRUISE = join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');

/**
 * A small tree in the repository's layout: every library's entry point, and the files under
 * test, each importing one thing. The mla library's entry point loads GraphQL, as a library
 * that broke the rule would.
 */
const TREE: Record<string, string> = {
  'libs/kernel/src/index.ts': `export const kernel = 1;`,
  'libs/cases/src/index.ts': `export const cases = 1;`,
  'libs/cases/testing/index.ts': `export const scene = 1;`,
  'libs/demo/src/index.ts': `export const demo = 1;`,
  'libs/graphql/src/index.ts': `export const graphql = 1;`,
  'libs/mla/src/index.ts': `export { Field } from '@nestjs/graphql'; export * from './mla-records';`,
  'libs/mla/src/mla-records.ts': `export const records = 1;`,
  'libs/mla/src/domain/vocabulary.ts': `export const basis = 1;`,
  'libs/mla/src/domain/completeness.ts': `import { basis } from './vocabulary'; export const missing = basis;`,

  'libs/mla/src/reads-cases.ts': `import { cases } from '@app/cases'; export const x = cases;`,
  'libs/identity/src/reads-mla.ts': `import { records } from '@app/mla'; export const x = records;`,
  'libs/notifications/src/uses-graphql.ts': `import { graphql } from '@app/graphql'; export const x = graphql;`,
  'libs/cases/src/uses-test-helper.ts': `import { scene } from '../testing'; export const x = scene;`,
  'libs/cases/src/uses-demo.ts': `import { demo } from '@app/demo'; export const x = demo;`,
  'libs/cases/src/cases.spec.ts': `import { demo } from '@app/demo'; import { scene } from '../testing'; export const x = [demo, scene];`,
  'libs/cases/src/domain/matching.ts': `import { DataSource } from 'typeorm'; export type Db = DataSource;`,
  'libs/cases/src/takes-a-loader.ts': `import DataLoader from 'dataloader'; export type Loader = DataLoader<string, string>;`,
  'libs/graphql/src/request-loaders.ts': `import DataLoader from 'dataloader'; export type Loader = DataLoader<string, string>;`,
  'apps/worker/src/main.ts': `import { x } from './worker.module'; export const main = x;`,
  'apps/worker/src/worker.module.ts': `import * as mla from '@app/mla'; export const x = mla;`,
  'apps/console/src/shares-rules.ts': `import { missing } from '../../../libs/mla/src/domain/completeness'; export const x = missing;`,
  'apps/console/src/reads-server.ts': `import { records } from '../../../libs/mla/src/mla-records'; export const x = records;`,
};

interface Violation {
  from: string;
  rule: { name: string };
}

/** The check of `npm run lint:arrows`, on TREE: the rules each file breaks. */
async function rulesBroken(): Promise<Record<string, string[]>> {
  const dir = mkdtempSync(join(tmpdir(), 'arrows-'));
  try {
    for (const [path, text] of Object.entries(TREE)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    cpSync(join(ROOT, '.dependency-cruiser.cjs'), join(dir, '.dependency-cruiser.cjs'));
    const libraries = new Set(Object.keys(TREE).flatMap((path) => /^libs\/([^/]+)\/src\//.exec(path)?.[1] ?? []));
    const paths = Object.fromEntries([...libraries].map((name) => [`@app/${name}`, [`libs/${name}/src`]]));
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { baseUrl: '.', paths } }));
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
    const run = promisify(execFile)(process.execPath, [CRUISE, 'apps', 'libs', '--config', '.dependency-cruiser.cjs', '--output-type', 'json'], {
      cwd: dir,
      maxBuffer: 16 * 1024 * 1024,
    });
    // It exits with the number of errors: the report is on stdout either way.
    const { stdout } = await run.catch((failed: { stdout: string }) => failed);
    const violations = (JSON.parse(stdout) as { summary: { violations: Violation[] } }).summary.violations;
    const broken: Record<string, string[]> = {};
    for (const { from, rule } of violations) broken[from] = [...new Set([...(broken[from] ?? []), rule.name])].sort();
    return broken;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('the arrows of ARCHITECTURE.md, as npm run lint:arrows checks them', () => {
  let broken: Record<string, string[]>;

  beforeAll(async () => {
    broken = await rulesBroken();
  }, 60_000);

  it('lets the documented arrows through: a context reading an allowed one, specs setting a scene, the console sharing plain rules', () => {
    expect(broken['libs/mla/src/reads-cases.ts']).toBeUndefined();
    expect(broken['libs/cases/src/cases.spec.ts']).toBeUndefined();
    expect(broken['apps/console/src/shares-rules.ts']).toBeUndefined();
    expect(broken['libs/mla/src/domain/completeness.ts']).toBeUndefined();
  });

  it('fails an arrow the page does not draw: identity reading MLA, the console reading server code', () => {
    expect(broken['libs/identity/src/reads-mla.ts']).toEqual(['not-in-allowed']);
    expect(broken['apps/console/src/reads-server.ts']).toEqual(['console-reaches-only-plain-rules', 'not-in-allowed']);
  });

  it('keeps DataLoaders at the edge: a service taking one fails, the request loaders pass', () => {
    expect(broken['libs/cases/src/takes-a-loader.ts']).toEqual(['loaders-only-at-the-edge']);
    expect(broken['libs/graphql/src/request-loaders.ts']).toBeUndefined();
  });

  it('fails GraphQL in a library, and in anything the worker loads', () => {
    expect(broken['libs/notifications/src/uses-graphql.ts']).toEqual(['graphql-only-at-the-edge', 'not-in-allowed']);
    expect(broken['libs/mla/src/index.ts']).toEqual(['graphql-only-at-the-edge']);
    expect(broken['apps/worker/src/main.ts']).toEqual(['worker-loads-no-graphql']);
  });

  it('fails test helpers and the demo in production source, and a framework in the domain rules', () => {
    expect(broken['libs/cases/src/uses-test-helper.ts']).toEqual(['no-test-helpers-in-production']);
    expect(broken['libs/cases/src/uses-demo.ts']).toEqual(['demo-only-in-commands-and-tests', 'not-in-allowed']);
    expect(broken['libs/cases/src/domain/matching.ts']).toEqual(['domain-rules-are-plain']);
  });
});
