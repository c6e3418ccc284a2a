import type { DeskRequestFragment } from '../gql/graphql';

/** The running deadline due first, if any. */
export function nextDeadline(request: DeskRequestFragment): DeskRequestFragment['deadlines'][number] | undefined {
  return request.deadlines.filter((d) => d.running).sort((a, b) => a.dueAt.localeCompare(b.dueAt))[0];
}

/** Overdue first, then by the deadline due soonest; requests without a running deadline last. */
export function byUrgency(a: DeskRequestFragment, b: DeskRequestFragment): number {
  if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
  const [da, db] = [nextDeadline(a)?.dueAt, nextDeadline(b)?.dueAt];
  if (da && db) return da.localeCompare(db);
  return da ? -1 : db ? 1 : a.reference.localeCompare(b.reference);
}

/**
 * Whether the request waits for the caller's agency: the requester answers a question, the
 * requested agency takes every other open step (the lifecycle's table on the server decides
 * what exactly; this only sorts the desk).
 */
export function awaitsSide(request: DeskRequestFragment, agencyId: string): boolean {
  if (request.status === 'ADDITIONAL_INFO_REQUESTED') return request.requesting.agencyId === agencyId;
  return request.requested.agencyId === agencyId;
}
