import { uniqueSuffix } from './stack';

const DAY = 86_400_000;

/**
 * A complete ProposeHandoffInput for an adult victim identified 60 days ago, consenting to
 * share with law enforcement, to `receivingAgencyId`; `overrides` replace whole fields.
 */
export function handoffProposal(receivingAgencyId: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    receivingAgencyId,
    victim: { givenNames: 'Ion', familyName: `Familyname${uniqueSuffix()}`, dateOfBirth: '1994-03-12', nationality: 'MD', languages: ['ro', 'ru'] },
    needs: [{ need: 'SHELTER', note: 'women’s shelter' }],
    urgent: false,
    exploitationForm: 'LABOUR',
    minor: false,
    identifiedAt: new Date(Date.now() - 60 * DAY).toISOString(),
    consent: { scope: 'SHARE_WITH_LAW_ENFORCEMENT', basis: 'VICTIM', givenAt: new Date(Date.now() - DAY).toISOString(), explainedBy: 'Anna Weber, social worker', language: 'ro' },
    nonPunishment: true,
    ...overrides,
  };
}
