import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { transformFileSync } from '@swc/core';
import { lowerThreadpoolPriority } from './thread-priority';

/** Runs lowerThreadpoolPriority(niceness) first thing in a fresh Node process; answers the count and each thread's nice value. */
function inFreshProcess(niceness: number, env: Record<string, string> = {}): { reniced: number; nice: Record<string, number>; main: string } {
  const { code } = transformFileSync(join(__dirname, 'thread-priority.ts'), {
    jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
    module: { type: 'commonjs' },
  });
  const report = `
    exports.lowerThreadpoolPriority(${niceness}).then((reniced) => {
      const fs = require('node:fs');
      const nice = Object.fromEntries(fs.readdirSync('/proc/self/task').map((t) => [t, Number(fs.readFileSync('/proc/self/task/' + t + '/stat', 'utf8').split(' ')[18])]));
      process.stdout.write(JSON.stringify({ reniced, nice, main: String(process.pid) }));
    });`;
  const child = spawnSync(process.execPath, ['-e', `${code}\n${report}`], { env: { ...process.env, ...env }, encoding: 'utf8' });
  if (child.status !== 0) throw new Error(child.stderr);
  return JSON.parse(child.stdout);
}

const linux = existsSync('/proc/self/task') ? it : it.skip;

describe('lowerThreadpoolPriority', () => {
  linux("renices exactly libuv's threadpool, started for the purpose, and leaves the event loop's thread alone", () => {
    const { reniced, nice, main } = inFreshProcess(7, { UV_THREADPOOL_SIZE: '3' });
    expect(reniced).toBe(3);
    expect(Object.values(nice).filter((n) => n === 7)).toHaveLength(3);
    expect(nice[main]).toBe(0);
  });

  it('changes nothing once the threadpool runs (as in this process), or when told 0', async () => {
    await stat(__dirname); // a job for the threadpool: it runs from now on
    expect(await lowerThreadpoolPriority(5)).toBe(0);
    expect(await lowerThreadpoolPriority(0)).toBe(0);
    expect(inFreshProcess(0).reniced).toBe(0);
  });
});
