import { oneOf, present, textMatching } from '../app/search-params';
import type { AccountStatus, Role } from '../gql/graphql';

export const ACCOUNT_STATUSES: readonly AccountStatus[] = ['ACTIVE', 'LOCKED', 'DISABLED'];

/** The roles an agency administrator may give (the platform's own administration is not among them). */
export const GRANTABLE_ROLES: readonly Role[] = ['PROSECUTOR', 'LIAISON_OFFICER', 'CENTRAL_AUTHORITY_OFFICER', 'VICTIM_COORDINATOR', 'AGENCY_ADMIN', 'AUDITOR'];

/** The users list's filter and page, as they stand in the address bar. */
export interface AgencyUsersSearch {
  status?: AccountStatus;
  after?: string;
}

/** Keeps what is valid of a hand-edited address and drops the rest. */
export function validateAgencyUsersSearch(search: Record<string, unknown>): AgencyUsersSearch {
  return present({ status: oneOf(ACCOUNT_STATUSES, search.status), after: textMatching(search.after) });
}
