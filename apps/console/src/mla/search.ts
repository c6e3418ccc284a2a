import { listOf, oneOf, present, textMatching } from '../app/search-params';
import type { MlaDirection, MlaStatus } from '../gql/graphql';

/** Every status, in the lifecycle's order (the filter offers them as they come). */
export const MLA_STATUSES: readonly MlaStatus[] = [
  'DRAFT',
  'SUBMITTED',
  'FORWARDED',
  'ACKNOWLEDGED',
  'ADDITIONAL_INFO_REQUESTED',
  'IN_EXECUTION',
  'POSTPONED',
  'PARTIALLY_EXECUTED',
  'EXECUTED',
  'REFUSED',
  'WITHDRAWN',
];

const DIRECTIONS: readonly MlaDirection[] = ['INCOMING', 'OUTGOING'];

/** The list's filters and page, as they stand in the address bar (a link or a reload keeps them). */
export interface MlaListSearch {
  direction?: MlaDirection;
  statuses?: MlaStatus[];
  overdue?: boolean;
  /** The other side's State, ISO 3166-1 alpha-2. */
  state?: string;
  /** The cursor of the page shown (absent: the first). */
  after?: string;
}

/**
 * The search params of /mla, typed: anything unknown or malformed in a hand-edited address
 * is dropped rather than sent to the API (which would refuse the whole query).
 */
export function validateMlaSearch(search: Record<string, unknown>): MlaListSearch {
  const statuses = listOf(search.statuses).flatMap((value) => oneOf(MLA_STATUSES, value) ?? []);
  return present({
    direction: oneOf(DIRECTIONS, search.direction),
    statuses: statuses.length ? statuses : undefined,
    overdue: search.overdue === true || search.overdue === 'true' ? true : undefined,
    state: textMatching(search.state, /^[A-Z]{2}$/, 2),
    after: textMatching(search.after),
  });
}
