import type { MlaRequestFieldsFragment } from '../../gql/graphql';
import type { Translate } from '../../i18n/I18nProvider';

/**
 * The name of the agency that wrote a message or took a step: one of the two parties, or
 * (after a forward) an earlier holder of the request, which the request does not name.
 */
export function agencyLabel(t: Translate, request: MlaRequestFieldsFragment, agencyId: string | null, ownAgencyId: string): string {
  if (agencyId === null) return t('mla.history.platform');
  const party = [request.requesting, request.requested].find((p) => p.agencyId === agencyId);
  const name = party ? t('mla.party', { agency: party.agencyName, state: party.stateCode }) : t('mla.history.earlierHolder');
  return agencyId === ownAgencyId ? t('mla.history.ownAgency', { name }) : name;
}
