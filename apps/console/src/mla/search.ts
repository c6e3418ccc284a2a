import { z } from 'zod/mini';
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

const direction = z.enum(['INCOMING', 'OUTGOING']);
const status = z.enum(MLA_STATUSES as [MlaStatus, ...MlaStatus[]]);

/**
 * The search params of /mla, typed: anything unknown or malformed in a hand-edited address
 * is dropped rather than sent to the API (which would refuse the whole query).
 */
export function validateMlaSearch(search: Record<string, unknown>): MlaListSearch {
  const valid: MlaListSearch = {};
  const dir = direction.safeParse(search.direction);
  if (dir.success) valid.direction = dir.data;
  const listed = Array.isArray(search.statuses) ? search.statuses : search.statuses === undefined ? [] : [search.statuses];
  const statuses = listed.flatMap((value) => {
    const parsed = status.safeParse(value);
    return parsed.success ? [parsed.data] : [];
  });
  if (statuses.length) valid.statuses = statuses;
  if (search.overdue === true || search.overdue === 'true') valid.overdue = true;
  if (typeof search.state === 'string' && /^[A-Z]{2}$/.test(search.state)) valid.state = search.state;
  if (typeof search.after === 'string' && search.after) valid.after = search.after;
  return valid;
}
