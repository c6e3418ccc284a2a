import pidusage from 'pidusage';

/** The processes of each part of the stack (gateway, worker, postgres ...), by pid. */
export type StackParts = Record<string, number[]>;

/** CPU time used so far, in ms, by each process of `parts`; a process gone meanwhile is left out. */
export type CpuReading = Map<number, number>;

/** CPU time each process of `parts` has used so far. */
export async function readCpu(parts: StackParts): Promise<CpuReading> {
  const pids = [...new Set(Object.values(parts).flat())];
  if (pids.length === 0) return new Map();
  // graceful: a pid that ended is left out instead of failing the whole reading.
  const stats = await pidusage(pids, { graceful: true }).catch((): Record<string, pidusage.Status> => ({}));
  return new Map(pids.filter((pid) => stats[pid]).map((pid) => [pid, stats[pid].ctime]));
}

/**
 * The CPU each part used between two readings, in ms per unit of work done (a request, an
 * event). A process born in between counts from its start; one that ended is lost.
 */
export function cpuPerUnit(parts: StackParts, before: CpuReading, after: CpuReading, units: number): Record<string, number> {
  const used = (pids: number[]) => pids.reduce((sum, pid) => sum + Math.max(0, (after.get(pid) ?? 0) - (before.get(pid) ?? 0)), 0);
  return Object.fromEntries(Object.entries(parts).map(([part, pids]) => [part, units > 0 ? used(pids) / units : 0]));
}

/** The sum of a part-by-part CPU figure, in ms. */
export const cpuTotal = (perUnit: Record<string, number> | undefined): number => Object.values(perUnit ?? {}).reduce((sum, ms) => sum + ms, 0);

/** What the parts' CPU per unit adds up to, and the most units per second the machine's cores allow at that cost. */
export function describeCpu(perUnit: Record<string, number>, cores: number, unit: string): string {
  const all = cpuTotal(perUnit);
  const parts = Object.entries(perUnit)
    .filter(([, ms]) => ms >= 0.005)
    .map(([part, ms]) => `${part} ${ms.toFixed(2)}`)
    .join(' + ');
  const ceiling = all > 0 ? `; ${cores} cores allow at most ${Math.round((cores * 1000) / all)} ${unit}s/s` : '';
  return `CPU per ${unit}, ms: ${parts} = ${all.toFixed(2)}${ceiling}`;
}

/** Lets the process end: pidusage keeps a timer for its history. */
export const stopReadingCpu = (): void => pidusage.clear();
