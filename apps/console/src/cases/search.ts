import { oneOf, present, textMatching } from '../app/search-params';
import type { CaseStatus, FormOfExploitation } from '../gql/graphql';

export const CASE_STATUSES: readonly CaseStatus[] = ['OPEN', 'SUSPENDED', 'CLOSED'];
export const FORMS: readonly FormOfExploitation[] = [
  'SEXUAL',
  'LABOUR',
  'DOMESTIC_SERVITUDE',
  'ORGAN_REMOVAL',
  'FORCED_CRIMINALITY',
  'FORCED_BEGGING',
  'CHILD_TRAFFICKING',
  'OTHER',
];

/** The cases list's filters and page as they stand in the address bar. */
export interface CasesSearch {
  status?: CaseStatus;
  form?: FormOfExploitation;
  text?: string;
  /** A calendar day, YYYY-MM-DD. */
  updatedSince?: string;
  after?: string;
}

/** Keeps what is valid of a hand-edited address and drops the rest, rather than send the API a query it refuses. */
export function validateCasesSearch(search: Record<string, unknown>): CasesSearch {
  return present({
    status: oneOf(CASE_STATUSES, search.status),
    form: oneOf(FORMS, search.form),
    text: textMatching(search.text),
    updatedSince: textMatching(search.updatedSince, /^\d{4}-\d{2}-\d{2}$/),
    after: textMatching(search.after),
  });
}
