import { Bench, ME_QUERY } from './harness';

const HANDOFF_QUERY = 'query($id: ID!) { handoff(id: $id) { id victimCode status view needs { need } consent { scope } } }';
const REVEAL_MUTATION =
  'mutation($id: ID!, $purpose: String!) { revealVictimIdentity(handoffId: $id, purpose: $purpose) { givenNames familyName dateOfBirth } }';
const PROPOSE_MUTATION = 'mutation($input: ProposeHandoffInput!) { proposeHandoff(input: $input) { id } }';

/**
 * Handoffs: `revealVictimIdentity` (AES-256-GCM decryption plus its audit row) against the
 * audited `handoff(id)` read, same coordinator, same handoff (target: reveal >= 70% of handoff(id));
 * and that read against `me` (target: a read of one object >= 0.5 x me).
 */
export const handoffsBench: Bench = async (ctx) => {
  const token = await ctx.signIn('victim_coordinator.de@demo.example');
  const [receiving]: { id: string }[] = await ctx.db.query(
    `SELECT id FROM agency WHERE state_code = 'MD' AND kind = 'VICTIM_SUPPORT_SERVICE' ORDER BY name LIMIT 1`,
  );
  const day = 86_400_000;
  const { proposeHandoff } = await ctx.gql<{ proposeHandoff: { id: string } }>(
    PROPOSE_MUTATION,
    {
      input: {
        receivingAgencyId: receiving.id,
        victim: { givenNames: 'Bench', familyName: 'Person', dateOfBirth: '1990-01-01', nationality: 'MD', languages: ['ro'] },
        needs: [{ need: 'SHELTER', note: 'bench' }],
        urgent: false,
        exploitationForm: 'LABOUR',
        minor: false,
        identifiedAt: new Date(Date.now() - 40 * day).toISOString(),
        consent: { scope: 'ASSISTANCE_ONLY', basis: 'VICTIM', givenAt: new Date(Date.now() - day).toISOString(), explainedBy: 'Anna Weber, social worker', language: 'ro' },
        nonPunishment: false,
      },
    },
    token,
  );
  const readVariables = { id: proposeHandoff.id };
  const revealVariables = { ...readVariables, purpose: 'benchmark of the audited reveal' };
  // autocannon counts only HTTP errors; make sure both operations answer without GraphQL errors first.
  await ctx.gql(HANDOFF_QUERY, readVariables, token);
  await ctx.gql(REVEAL_MUTATION, revealVariables, token);
  const { a: reveal, b: read } = await ctx.compare(
    { name: 'gateway: revealVictimIdentity', options: { token, query: REVEAL_MUTATION, variables: revealVariables } },
    { name: 'gateway: handoff(id)', options: { token, query: HANDOFF_QUERY, variables: readVariables } },
    0.7,
  );
  const { b: me } = await ctx.compare(
    { name: 'gateway: handoff(id)', options: { token, query: HANDOFF_QUERY, variables: readVariables } },
    { name: 'gateway: me', options: { token, query: ME_QUERY } },
    0.5,
  );
  return [read, reveal, me];
};
