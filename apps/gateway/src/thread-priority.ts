import { randomFill } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { setPriority } from 'node:os';

const TASKS = '/proc/self/task';

/**
 * Puts libuv's threadpool at a lower CPU priority (Linux; elsewhere nothing changes) and
 * answers how many threads it reniced. argon2 verifies passwords there, each with threads of
 * its own (one per lane, four with the default parameters) that inherit the priority: at equal
 * priority a flood of sign-ins takes most of a small machine's CPU from the event loop, which
 * serves every other request (bench: sign-in-flood). Lowering a priority needs no privilege.
 * Must run before anything else used the threadpool: libuv starts all its threads on the
 * first job, and they are told apart from the threads already running by that.
 */
export async function lowerThreadpoolPriority(niceness: number): Promise<number> {
  if (niceness === 0) return 0;
  let before: Set<string>;
  try {
    before = new Set(readdirSync(TASKS));
  } catch {
    return 0; // no /proc: not Linux
  }
  await new Promise((resolve) => randomFill(Buffer.alloc(1), resolve));
  const started = readdirSync(TASKS).filter((tid) => !before.has(tid));
  for (const tid of started) setPriority(Number(tid), niceness);
  return started.length;
}
