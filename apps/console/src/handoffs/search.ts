import { oneOf, present, textMatching } from '../app/search-params';
import type { HandoffDirection, HandoffStatus } from '../gql/graphql';

export const HANDOFF_STATUSES: readonly HandoffStatus[] = ['PROPOSED', 'ACCEPTED', 'IN_PROGRESS', 'COMPLETED', 'DECLINED', 'WITHDRAWN'];
const DIRECTIONS: readonly HandoffDirection[] = ['INCOMING', 'OUTGOING'];

/** The handoff lists' filters and page, as they stand in the address bar. */
export interface HandoffsSearch {
  direction?: HandoffDirection;
  status?: HandoffStatus;
  overdue?: boolean;
  after?: string;
}

/** Keeps what is valid of a hand-edited address and drops the rest. */
export function validateHandoffsSearch(search: Record<string, unknown>): HandoffsSearch {
  return present({
    direction: oneOf(DIRECTIONS, search.direction),
    status: oneOf(HANDOFF_STATUSES, search.status),
    overdue: search.overdue === true || search.overdue === 'true' ? true : undefined,
    after: textMatching(search.after),
  });
}
