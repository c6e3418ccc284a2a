import { z } from 'zod/mini';
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

const status = z.enum(CASE_STATUSES as [CaseStatus, ...CaseStatus[]]);
const form = z.enum(FORMS as [FormOfExploitation, ...FormOfExploitation[]]);
const day = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
const text = z.string().check(z.minLength(1), z.maxLength(200));

/** Keeps what is valid of a hand-edited address and drops the rest, rather than send the API a query it refuses. */
export function validateCasesSearch(search: Record<string, unknown>): CasesSearch {
  const valid: CasesSearch = {};
  const take = <K extends keyof CasesSearch>(key: K, schema: z.ZodMiniType<CasesSearch[K]>) => {
    const parsed = schema.safeParse(search[key]);
    if (parsed.success) valid[key] = parsed.data;
  };
  take('status', status);
  take('form', form);
  take('text', text);
  take('updatedSince', day);
  take('after', text);
  return valid;
}
