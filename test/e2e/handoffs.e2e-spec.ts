import { DeadlineSweeper } from '@app/deadlines';
import { handoffProposal } from '../support/handoff-proposal';
import { countQueries } from '../support/query-count';
import { eventually, Stack, startStack, uniqueSuffix } from '../support/stack';

const HANDOFF_FIELDS = `id victimCode view status version linkedCaseReference proposedAt acceptedAt startedAt acceptanceDueAt overdue
  urgent exploitationForm minor nonPunishment identifiedAt reflectionPeriodEndsAt riskAssessedAt riskLevel
  guardianAppointedAt bestInterestAssessedAt declineReason
  needs { need note } consent { scope basis givenAt withdrawnAt }
  referringAgency { id state { code } } receivingAgency { id state { code } }
  services { need note } messages { body }`;
const HANDOFF = `query($id: ID!) { handoff(id: $id) { ${HANDOFF_FIELDS} } }`;
const LIST = `query($filter: HandoffFilter, $first: Int) { handoffs(filter: $filter, first: $first) { edges { node { id view status } } } }`;
const PAGE = `query($filter: HandoffFilter, $first: Int, $after: String) { handoffs(filter: $filter, first: $first, after: $after) {
  edges { node { id } } pageInfo { hasNextPage endCursor } } }`;
const PROPOSE = `mutation($input: ProposeHandoffInput!) { proposeHandoff(input: $input) { ${HANDOFF_FIELDS} } }`;
const TRANSITION = `mutation($input: TransitionHandoffInput!) { transitionHandoff(input: $input) { id status version } }`;
const SAFEGUARD = `mutation($input: RecordSafeguardInput!) { recordHandoffSafeguard(input: $input) { id version riskLevel } }`;
const WITHDRAW_CONSENT = `mutation($input: WithdrawConsentInput!) { withdrawHandoffConsent(input: $input) { id version consent { withdrawnAt } } }`;
const REVEAL = `mutation($id: ID!, $purpose: String!) { revealVictimIdentity(handoffId: $id, purpose: $purpose) { givenNames familyName dateOfBirth nationality languages contact } }`;

type Handoff = Record<string, unknown> & { id: string; version: number; view: string; status: string; victimCode: string };

const DAY = 86_400_000;

describe('victim-support handoffs (e2e)', () => {
  let stack: Stack;
  const tokens: Record<string, string> = {};
  let mdSupportAgencyId: string;
  let deSupportAgencyId: string;

  const who = {
    coordDE: 'victim_coordinator.de@demo.example',
    coordMD: 'victim_coordinator.md@demo.example',
    policeDE: 'liaison_officer.de@demo.example',
    prosecutorMD: 'prosecutor.md@demo.example',
    policeAT: 'liaison_officer.at@demo.example',
    coordRO: 'victim_coordinator.ro@demo.example',
    centralDE: 'central_authority_officer.de@demo.example',
    auditorDE: 'auditor.de@demo.example',
  } as const;
  type Who = keyof typeof who;

  beforeAll(async () => {
    stack = await startStack({ worker: true, captureLogs: true });
    for (const [key, email] of Object.entries(who)) tokens[key] = await stack.signIn(email);
    const agencies: { id: string; state_code: string }[] = await stack.db.query(
      `SELECT id, state_code FROM agency WHERE kind = 'VICTIM_SUPPORT_SERVICE' AND name IN ('La Strada Moldova', 'Fachberatungsstelle Menschenhandel Berlin')`,
    );
    mdSupportAgencyId = agencies.find((a) => a.state_code === 'MD')!.id;
    deSupportAgencyId = agencies.find((a) => a.state_code === 'DE')!.id;
  });
  afterAll(() => stack.close());

  const as = <T = Record<string, unknown>>(user: Who, query: string, variables: Record<string, unknown> = {}) =>
    stack.gql<T>(query, variables, tokens[user]);
  const code = (result: { errors?: { extensions?: { code?: string } }[] }) => result.errors?.[0]?.extensions?.code;
  const problemFields = (result: { errors?: { extensions?: { [key: string]: unknown } }[] }) =>
    ((result.errors?.[0]?.extensions?.problems ?? []) as { field: string }[]).map((p) => p.field);

  function proposal(overrides: Record<string, unknown> = {}) {
    const familyName = `Familyname${uniqueSuffix()}`;
    return {
      familyName,
      input: handoffProposal(mdSupportAgencyId, {
        victim: { givenNames: 'Ion', familyName, dateOfBirth: '1994-03-12', nationality: 'MD', languages: ['ro', 'ru'], contact: '+37360000001' },
        needs: [
          { need: 'SAFE_RETURN', note: 'wishes to return to Chisinau' },
          { need: 'PSYCHOLOGICAL', note: 'counselling in Romanian' },
        ],
        linkedCaseReference: `StA-Berlin-${uniqueSuffix()}`,
        ...overrides,
      }),
    };
  }

  async function propose(overrides: Record<string, unknown> = {}, by: Who = 'coordDE') {
    const { input, familyName } = proposal(overrides);
    const result = await as<{ proposeHandoff: Handoff }>(by, PROPOSE, { input });
    if (!result.data) throw new Error(result.raw);
    return { handoff: result.data.proposeHandoff, familyName };
  }

  const read = (user: Who, id: string) => as<{ handoff: Handoff }>(user, HANDOFF, { id });
  const act = async (user: Who, id: string, action: string, extra: Record<string, unknown> = {}) => {
    const current = await read('coordDE', id);
    return as<{ transitionHandoff: Handoff }>(user, TRANSITION, {
      input: { handoffId: id, action, expectedVersion: current.data!.handoff.version, ...extra },
    });
  };
  const safeguard = async (user: Who, id: string, kind: string, riskLevel?: string) => {
    const current = await read('coordDE', id);
    const result = await as(user, SAFEGUARD, {
      input: { handoffId: id, safeguard: kind, expectedVersion: current.data!.handoff.version, riskLevel },
    });
    expect(result.errors).toBeUndefined();
  };
  const listIds = async (user: Who, filter: Record<string, unknown> = {}) => {
    const result = await as<{ handoffs: { edges: { node: { id: string; view: string } }[] } }>(user, LIST, { filter, first: 100 });
    expect(result.errors).toBeUndefined();
    return result.data!.handoffs.edges.map((e) => e.node.id);
  };
  const deniedAudits = (targetId: string, action: string) =>
    stack.db.query(`SELECT actor_user_id FROM audit_event WHERE target_id = $1 AND action = $2 AND outcome = 'DENIED'`, [
      targetId,
      action,
    ]) as Promise<unknown[]>;

  it('shows each user exactly their share of a handoff, field by field', async () => {
    const { handoff } = await propose();
    expect(handoff).toMatchObject({ status: 'PROPOSED', view: 'COORDINATOR', version: 1 });
    expect(handoff.victimCode).toMatch(/^V-DE-[A-Z2-9]{6}$/);

    for (const coordinator of ['coordDE', 'coordMD'] as const) {
      const seen = (await read(coordinator, handoff.id)).data!.handoff;
      expect(seen).toMatchObject({
        view: 'COORDINATOR',
        victimCode: handoff.victimCode,
        exploitationForm: 'LABOUR',
        minor: false,
        urgent: false,
        nonPunishment: true,
        needs: [
          { need: 'SAFE_RETURN', note: 'wishes to return to Chisinau' },
          { need: 'PSYCHOLOGICAL', note: 'counselling in Romanian' },
        ],
        consent: { scope: 'SHARE_WITH_LAW_ENFORCEMENT', basis: 'VICTIM', withdrawnAt: null },
        linkedCaseReference: handoff.linkedCaseReference,
        referringAgency: { id: deSupportAgencyId, state: { code: 'DE' } },
        receivingAgency: { id: mdSupportAgencyId, state: { code: 'MD' } },
        services: [],
        messages: [],
      });
      expect(seen.identifiedAt).toEqual(expect.any(String));
      expect(seen.reflectionPeriodEndsAt).toEqual(expect.any(String));
    }

    const COORDINATOR_ONLY = ['urgent', 'exploitationForm', 'minor', 'nonPunishment', 'identifiedAt', 'reflectionPeriodEndsAt',
      'riskAssessedAt', 'riskLevel', 'guardianAppointedAt', 'bestInterestAssessedAt', 'declineReason', 'needs', 'consent', 'services', 'messages'];
    for (const lawEnforcement of ['policeDE', 'prosecutorMD'] as const) {
      const result = await read(lawEnforcement, handoff.id);
      expect(result.errors).toBeUndefined();
      const seen = result.data!.handoff;
      expect(seen).toMatchObject({
        view: 'LAW_ENFORCEMENT',
        status: 'PROPOSED',
        victimCode: handoff.victimCode,
        linkedCaseReference: handoff.linkedCaseReference,
        proposedAt: handoff.proposedAt,
        acceptanceDueAt: handoff.acceptanceDueAt,
      });
      for (const field of COORDINATOR_ONLY) expect([field, seen[field]]).toEqual([field, null]);
    }

    for (const outsider of ['policeAT', 'coordRO', 'centralDE', 'auditorDE'] as const) {
      const result = await read(outsider, handoff.id);
      expect([outsider, code(result)]).toEqual([outsider, 'NOT_FOUND']);
      expect(result.data).toBeNull();
      expect(await listIds(outsider)).not.toContain(handoff.id);
    }
    expect(await deniedAudits(handoff.id, 'handoff:read')).toHaveLength(4);
    const reads = await stack.db.query(`SELECT 1 FROM audit_event WHERE target_id = $1 AND action = 'handoff.read' AND outcome = 'SUCCESS'`, [
      handoff.id,
    ]);
    expect(reads).toHaveLength(4);

    expect(await listIds('coordMD', { direction: 'INCOMING' })).toContain(handoff.id);
    expect(await listIds('coordMD', { direction: 'OUTGOING' })).not.toContain(handoff.id);
    expect(await listIds('coordDE', { direction: 'OUTGOING', status: 'PROPOSED' })).toContain(handoff.id);
    expect(await listIds('policeDE')).toContain(handoff.id);
    expect(await listIds('coordMD', { overdue: true })).not.toContain(handoff.id);
    expect(await listIds('coordMD', { overdue: false })).toContain(handoff.id);
  });

  it("offers each side exactly the lifecycle's steps, and law enforcement none", async () => {
    const { handoff } = await propose();
    const actions = async (user: Who) =>
      (await as<{ handoff: { availableActions: string[] } }>(user, `query($id: ID!) { handoff(id: $id) { availableActions } }`, { id: handoff.id })).data!.handoff
        .availableActions;
    expect(await actions('coordDE')).toEqual(['WITHDRAW']);
    expect((await actions('coordMD')).sort()).toEqual(['ACCEPT', 'DECLINE']);
    expect(await actions('policeDE')).toEqual([]);
    await safeguard('coordMD', handoff.id, 'RISK_ASSESSMENT', 'LOW');
    expect((await act('coordMD', handoff.id, 'ACCEPT')).errors).toBeUndefined();
    expect((await actions('coordMD')).sort()).toEqual(['START']);
    expect(await actions('coordDE')).toEqual(['WITHDRAW']);
  });

  it('reveals the identity to the two coordinators only, audited with purpose; nowhere else in plaintext', async () => {
    const { handoff, familyName } = await propose();
    const purpose = 'arranging the safe return travel documents';
    for (const coordinator of ['coordDE', 'coordMD'] as const) {
      const result = await as<{ revealVictimIdentity: Record<string, unknown> }>(coordinator, REVEAL, { id: handoff.id, purpose });
      expect(result.errors).toBeUndefined();
      expect(result.data!.revealVictimIdentity).toEqual({
        givenNames: 'Ion',
        familyName,
        dateOfBirth: '1994-03-12',
        nationality: 'MD',
        languages: ['ro', 'ru'],
        contact: '+37360000001',
      });
    }
    const reveals: { purpose: string; recipients: string[]; actor_user_id: string }[] = await stack.db.query(
      `SELECT purpose, recipients, actor_user_id FROM audit_event WHERE target_id = $1 AND action = 'handoff.reveal-identity' AND outcome = 'SUCCESS'`,
      [handoff.id],
    );
    expect(reveals).toHaveLength(2);
    for (const row of reveals) {
      expect(row.purpose).toBe(purpose);
      expect(row.recipients).toEqual([row.actor_user_id]);
    }

    for (const other of ['policeDE', 'prosecutorMD', 'coordRO', 'policeAT', 'centralDE'] as const) {
      const result = await as(other, REVEAL, { id: handoff.id, purpose });
      expect([other, code(result)]).toEqual([other, 'FORBIDDEN']);
      expect(result.raw).not.toContain(familyName);
    }
    expect(await deniedAudits(handoff.id, 'handoff:reveal-identity')).toHaveLength(5);

    // Each coordinator sees both reveals — who, when, why; law enforcement sees none of it.
    const REVEALS = `query($id: ID!) { handoff(id: $id) { identityReveals { revealedBy agencyId purpose revealedAt } } }`;
    for (const coordinator of ['coordDE', 'coordMD'] as const) {
      const listed = (await as<{ handoff: { identityReveals: { revealedBy: string; agencyId: string; purpose: string }[] } }>(coordinator, REVEALS, { id: handoff.id }))
        .data!.handoff.identityReveals;
      expect(listed.map((r) => [r.revealedBy, r.agencyId, r.purpose])).toEqual([
        ['Demo victim coordinator (DE)', deSupportAgencyId, purpose],
        ['Demo victim coordinator (MD)', mdSupportAgencyId, purpose],
      ]);
    }
    expect((await as<{ handoff: { identityReveals: null } }>('policeDE', REVEALS, { id: handoff.id })).data!.handoff.identityReveals).toBeNull();
    // A purpose must be stated.
    expect(code(await as('coordDE', REVEAL, { id: handoff.id, purpose: 'x' }))).toBe('BAD_USER_INPUT');

    // The coordinator in MD is told of the proposal, by pseudonym only.
    await eventually(async () => {
      const [row] = await stack.db.query(`SELECT 1 FROM notification WHERE subject_id = $1 AND kind = 'HANDOFF_PROPOSED'`, [handoff.id]);
      return row;
    });
    const leaks: { place: string }[] = await stack.db.query(
      `SELECT 'handoff' AS place FROM handoff h WHERE h.id = $1 AND row_to_json(h)::text ILIKE '%' || $2 || '%'
       UNION ALL SELECT 'audit' FROM audit_event a WHERE row_to_json(a)::text ILIKE '%' || $2 || '%'
       UNION ALL SELECT 'notification' FROM notification n WHERE row_to_json(n)::text ILIKE '%' || $2 || '%'
       UNION ALL SELECT 'outbox' FROM outbox_event o WHERE row_to_json(o)::text ILIKE '%' || $2 || '%'`,
      [handoff.id, familyName],
    );
    expect(leaks).toEqual([]);
    const [sealed] = await stack.db.query(`SELECT identity_key_id, encode(identity_sealed, 'escape') AS raw FROM handoff WHERE id = $1`, [
      handoff.id,
    ]);
    expect(sealed.identity_key_id).toBe('dev1');
    expect(sealed.raw).not.toContain(familyName);
    // Both apps logged at debug level throughout (every request, errors, worker events): never the identity.
    expect(stack.logs()).toContain('"url":"/graphql"');
    expect(stack.logs()).not.toContain(familyName);
  });

  it('hides the handoff from law enforcement at once when consent is withdrawn, and never shows ASSISTANCE_ONLY', async () => {
    const { handoff } = await propose();
    expect(code(await read('policeDE', handoff.id))).toBeUndefined();
    expect(await listIds('policeDE')).toContain(handoff.id);
    const withdrawn = await as<{ withdrawHandoffConsent: Handoff }>('coordMD', WITHDRAW_CONSENT, {
      input: { handoffId: handoff.id, expectedVersion: 1 },
    });
    expect(withdrawn.errors).toBeUndefined();
    expect(code(await read('policeDE', handoff.id))).toBe('NOT_FOUND');
    expect(code(await read('prosecutorMD', handoff.id))).toBe('NOT_FOUND');
    expect(await listIds('policeDE')).not.toContain(handoff.id);
    // Without consent in force, the receiving agency cannot accept.
    await safeguard('coordMD', handoff.id, 'RISK_ASSESSMENT', 'MEDIUM');
    const accept = await act('coordMD', handoff.id, 'ACCEPT');
    expect(problemFields(accept)).toEqual(['consent']);

    const assistanceOnly = await propose({
      consent: { scope: 'ASSISTANCE_ONLY', basis: 'VICTIM', givenAt: new Date(Date.now() - DAY).toISOString(), explainedBy: 'Anna Weber, social worker', language: 'ro' },
    });
    expect(code(await read('policeDE', assistanceOnly.handoff.id))).toBe('NOT_FOUND');
    expect(code(await read('coordMD', assistanceOnly.handoff.id))).toBeUndefined();
  });

  it('enforces the acting side, the safeguards, the reflection period and versions', async () => {
    const { handoff } = await propose({ identifiedAt: new Date(Date.now() - 5 * DAY).toISOString() });
    // Only the receiving agency accepts; law enforcement may not act; outsiders do not see it.
    expect(code(await act('coordDE', handoff.id, 'ACCEPT'))).toBe('FORBIDDEN');
    expect(code(await act('policeDE', handoff.id, 'ACCEPT'))).toBe('FORBIDDEN');
    expect(code(await act('coordRO', handoff.id, 'ACCEPT'))).toBe('NOT_FOUND');
    // A safe return needs a risk assessment before acceptance.
    const noRisk = await act('coordMD', handoff.id, 'ACCEPT');
    expect(code(noRisk)).toBe('BAD_USER_INPUT');
    expect(problemFields(noRisk)).toEqual(['riskAssessment']);
    await safeguard('coordDE', handoff.id, 'RISK_ASSESSMENT', 'HIGH');
    const accepted = await act('coordMD', handoff.id, 'ACCEPT');
    expect(accepted.data?.transitionHandoff).toMatchObject({ status: 'ACCEPTED' });
    // The reflection period (identified 5 days ago) holds a safe return.
    const early = await act('coordMD', handoff.id, 'START');
    expect(problemFields(early)).toEqual(['reflectionPeriod']);
    // A stale version is refused.
    const stale = await as('coordDE', TRANSITION, { input: { handoffId: handoff.id, action: 'WITHDRAW', expectedVersion: 1 } });
    expect(stale.errors?.[0].extensions).toEqual({ code: 'CONFLICT', reason: 'VERSION' });
    const withdrawn = await act('coordDE', handoff.id, 'WITHDRAW', { reason: 'victim chose to stay' });
    expect(withdrawn.data?.transitionHandoff.status).toBe('WITHDRAWN');
    expect((await act('coordMD', handoff.id, 'START')).errors?.[0].extensions).toEqual({ code: 'CONFLICT', reason: 'STATE', state: 'WITHDRAWN' });

    const declined = await propose();
    expect(problemFields(await act('coordMD', declined.handoff.id, 'DECLINE'))).toEqual(['reason']);
    const ok = await act('coordMD', declined.handoff.id, 'DECLINE', { reason: 'no shelter place' });
    expect(ok.data?.transitionHandoff.status).toBe('DECLINED');
    expect((await read('coordDE', declined.handoff.id)).data!.handoff.declineReason).toBe('no shelter place');
  });

  it('keeps a minor from progress without a guardian and a best-interest assessment', async () => {
    const { handoff } = await propose({
      minor: true,
      needs: [{ need: 'SHELTER', note: 'specialised shelter for children' }],
      consent: { scope: 'ASSISTANCE_ONLY', basis: 'GUARDIAN_AGREEMENT', givenAt: new Date(Date.now() - DAY).toISOString(), explainedBy: 'Anna Weber, social worker', language: 'ro' },
    });
    expect((await act('coordMD', handoff.id, 'ACCEPT')).data?.transitionHandoff.status).toBe('ACCEPTED');
    expect(problemFields(await act('coordMD', handoff.id, 'START'))).toEqual(['guardian', 'bestInterestAssessment']);
    await safeguard('coordMD', handoff.id, 'GUARDIAN_APPOINTED');
    expect(problemFields(await act('coordMD', handoff.id, 'START'))).toEqual(['bestInterestAssessment']);
    await safeguard('coordMD', handoff.id, 'BEST_INTEREST_ASSESSMENT');
    expect((await act('coordMD', handoff.id, 'START')).data?.transitionHandoff.status).toBe('IN_PROGRESS');

    // An adult's consent cannot rest on a guardian.
    const { input } = proposal({ consent: { scope: 'ASSISTANCE_ONLY', basis: 'GUARDIAN_AGREEMENT', givenAt: new Date().toISOString(), explainedBy: 'Anna Weber, social worker', language: 'ro' } });
    expect(problemFields(await as('coordDE', PROPOSE, { input }))).toEqual(['consent.basis']);
  });

  it('refuses bad proposals and proposals by the wrong roles', async () => {
    const sameState = proposal({ receivingAgencyId: deSupportAgencyId });
    expect(problemFields(await as('coordDE', PROPOSE, { input: sameState.input }))).toEqual(['receivingAgencyId']);
    const noNeeds = proposal({ needs: [] });
    expect(code(await as('coordDE', PROPOSE, { input: noNeeds.input }))).toBe('BAD_USER_INPUT');
    const unknownField = proposal({ surprise: true });
    expect(code(await as('coordDE', PROPOSE, { input: unknownField.input }))).toBe('BAD_USER_INPUT');
    expect(code(await as('prosecutorMD', PROPOSE, { input: proposal().input }))).toBe('FORBIDDEN');
    // A liaison officer may make a first referral.
    const { handoff } = await propose({}, 'policeDE');
    expect(handoff).toMatchObject({ status: 'PROPOSED', view: 'LAW_ENFORCEMENT', needs: null });
  });

  it('lists handoffs with services and messages, one query per field for the whole page, and only for coordinators', async () => {
    // Shelter only: accepting a safe return would first need a risk assessment.
    const shelter = { needs: [{ need: 'SHELTER', note: 'women’s shelter' }] };
    const [quiet, served, talked] = (await Promise.all([propose(shelter), propose(shelter), propose(shelter)])).map((p) => p.handoff);
    for (const handoff of [served, talked]) expect((await act('coordMD', handoff.id, 'ACCEPT')).errors).toBeUndefined();
    const logged = await as('coordMD', `mutation($input: LogHandoffServiceInput!) { logHandoffService(input: $input) { id } }`, {
      input: { handoffId: served.id, need: 'SHELTER', deliveredAt: new Date().toISOString(), note: 'placed in shelter' },
    });
    expect(logged.errors).toBeUndefined();
    for (const body of ['Arrival on Monday', 'Met at the station']) {
      const sent = await as('coordMD', `mutation($input: SendHandoffMessageInput!) { sendHandoffMessage(input: $input) { id } }`, {
        input: { handoffId: talked.id, body },
      });
      expect(sent.errors).toBeUndefined();
    }

    type Node = { id: string; view: string; services: { need: string; note: string }[] | null; messages: { body: string }[] | null };
    const NESTED = `{ handoffs(first: 20) { edges { node { id view services { need note } messages { body } } } } }`;
    const listed = async (user: Who) => {
      const { result, count } = await countQueries(stack.db, /FROM handoff_(service|message)\b/, () =>
        as<{ handoffs: { edges: { node: Node }[] } }>(user, NESTED),
      );
      expect(result.errors).toBeUndefined();
      return { nodes: new Map(result.data!.handoffs.edges.map((e) => [e.node.id, e.node])), count };
    };

    const coordinator = await listed('coordMD');
    expect(coordinator.nodes.get(quiet.id)).toMatchObject({ view: 'COORDINATOR', services: [], messages: [] });
    expect(coordinator.nodes.get(served.id)).toMatchObject({ services: [{ need: 'SHELTER', note: 'placed in shelter' }], messages: [] });
    expect(coordinator.nodes.get(talked.id)).toMatchObject({
      services: [],
      messages: [{ body: 'Arrival on Monday' }, { body: 'Met at the station' }],
    });
    // One query for services and one for messages, however many rows the page has.
    expect(coordinator.count).toBe(2);

    // Batching never widens a view: law enforcement still gets null, and nothing is read for it.
    const police = await listed('policeDE');
    for (const handoff of [quiet, served, talked]) {
      expect(police.nodes.get(handoff.id)).toMatchObject({ view: 'LAW_ENFORCEMENT', services: null, messages: null });
    }
    expect(police.count).toBe(0);
  });

  it('logs services and messages on an accepted handoff and tells the other side', async () => {
    const { handoff } = await propose({ needs: [{ need: 'SHELTER', note: 'women’s shelter' }] });
    const LOG = `mutation($input: LogHandoffServiceInput!) { logHandoffService(input: $input) { services { need note } } }`;
    const serviceInput = { handoffId: handoff.id, need: 'SHELTER', deliveredAt: new Date().toISOString(), note: 'placed in shelter' };
    expect((await as('coordMD', LOG, { input: serviceInput })).errors?.[0].extensions).toEqual({ code: 'CONFLICT', reason: 'STATE', state: 'PROPOSED' });
    expect((await act('coordMD', handoff.id, 'ACCEPT')).errors).toBeUndefined();
    const logged = await as<{ logHandoffService: { services: unknown[] } }>('coordMD', LOG, { input: serviceInput });
    expect(logged.data?.logHandoffService.services).toEqual([{ need: 'SHELTER', note: 'placed in shelter' }]);
    expect(problemFields(await as('coordMD', LOG, { input: { ...serviceInput, need: 'MEDICAL' } }))).toEqual(['need']);
    expect(code(await as('policeDE', LOG, { input: serviceInput }))).toBe('FORBIDDEN');

    const MESSAGE = `mutation($input: SendHandoffMessageInput!) { sendHandoffMessage(input: $input) { messages { body } } }`;
    const sent = await as<{ sendHandoffMessage: { messages: unknown[] } }>('coordMD', MESSAGE, {
      input: { handoffId: handoff.id, body: 'Arrived safely.' },
    });
    expect(sent.data?.sendHandoffMessage.messages).toEqual([{ body: 'Arrived safely.' }]);
    expect(code(await as('coordRO', MESSAGE, { input: { handoffId: handoff.id, body: 'hi' } }))).toBe('NOT_FOUND');

    const [coordDE] = await stack.db.query(`SELECT id FROM app_user WHERE email = $1`, [who.coordDE]);
    const kinds = await eventually(async () => {
      const rows: { kind: string }[] = await stack.db.query(
        `SELECT kind FROM notification WHERE subject_id = $1 AND recipient_user_id = $2 ORDER BY created_at`,
        [handoff.id, coordDE.id],
      );
      return rows.length >= 3 && rows.map((r) => r.kind);
    });
    // The worker handles events concurrently, so the notifications may be written in any order.
    expect([...kinds].sort()).toEqual(['HANDOFF_CHANGED', 'HANDOFF_CHANGED', 'HANDOFF_MESSAGE']);
  });

  it('reminds the receiving coordinators and escalates a missed acceptance once each', async () => {
    const { handoff } = await propose({ urgent: true });
    const [deadline] = await stack.db.query(`SELECT due_at, remind_at FROM deadline WHERE subject_type = 'handoff' AND subject_id = $1`, [
      handoff.id,
    ]);
    expect(new Date(deadline.due_at).getTime() - new Date(handoff.proposedAt as string).getTime()).toBe(DAY);
    const sweeper = stack.worker!.get(DeadlineSweeper);
    const users: { id: string; email: string }[] = await stack.db.query(`SELECT id, email FROM app_user WHERE email = ANY($1)`, [
      [who.coordDE, who.coordMD],
    ]);
    const id = (email: string) => users.find((u) => u.email === email)!.id;
    const noticesOf = (kind: string) =>
      stack.db.query(`SELECT recipient_user_id FROM notification WHERE subject_id = $1 AND kind = $2`, [handoff.id, kind]) as Promise<
        { recipient_user_id: string }[]
      >;

    // Drive time by moving this handoff's deadline, not the clock: other test files share the table.
    await stack.db.query(
      `UPDATE deadline SET remind_at = now() - interval '1 minute', due_at = now() + interval '1 hour' WHERE subject_type = 'handoff' AND subject_id = $1`,
      [handoff.id],
    );
    await sweeper.sweepOnce();
    await sweeper.sweepOnce();
    const reminders = await eventually(async () => {
      const rows = await noticesOf('HANDOFF_ACCEPTANCE_REMINDER');
      return rows.length > 0 && rows;
    });
    expect(reminders.map((r) => r.recipient_user_id)).toEqual([id(who.coordMD)]);

    // Time passing moves the handoff's own due time with its deadline: `overdue` is read from the handoff.
    await stack.db.query(`UPDATE deadline SET due_at = now() - interval '1 minute' WHERE subject_type = 'handoff' AND subject_id = $1`, [
      handoff.id,
    ]);
    await stack.db.query(`UPDATE handoff SET acceptance_due_at = now() - interval '1 minute' WHERE id = $1`, [handoff.id]);
    await sweeper.sweepOnce();
    await sweeper.sweepOnce();
    const breaches = await eventually(async () => {
      const rows = await noticesOf('HANDOFF_ACCEPTANCE_BREACHED');
      return rows.length > 0 && rows;
    });
    expect(breaches.map((r) => r.recipient_user_id).sort()).toEqual([id(who.coordDE), id(who.coordMD)].sort());
    expect(await listIds('coordMD', { overdue: true })).toContain(handoff.id);
    expect(await listIds('coordMD', { overdue: false })).not.toContain(handoff.id);
    expect((await read('coordMD', handoff.id)).data!.handoff.overdue).toBe(true);
    // Still once each after the worker had time for any duplicate.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await noticesOf('HANDOFF_ACCEPTANCE_REMINDER')).toHaveLength(1);
    expect(await noticesOf('HANDOFF_ACCEPTANCE_BREACHED')).toHaveLength(2);
    // The events live in PostgreSQL's outbox, once each: what the reconciler redelivers after a Redis loss.
    const events: { type: string }[] = await stack.db.query(
      `SELECT type FROM outbox_event WHERE aggregate_id = $1 AND type LIKE 'deadline.%' ORDER BY type`,
      [handoff.id],
    );
    expect(events.map((e) => e.type)).toEqual(['deadline.breached', 'deadline.reminder-due']);
  });

  it('pages through the list with the cursor, without gaps or repeats', async () => {
    const made = [];
    for (let i = 0; i < 3; i++) made.push((await propose({ needs: [{ need: 'SHELTER', note: 'paging' }] })).handoff.id);
    type Page = { handoffs: { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };
    const filter = { direction: 'INCOMING', status: 'PROPOSED' };
    const whole = await as<Page>('coordMD', PAGE, { filter, first: 100 });
    expect(whole.errors).toBeUndefined();
    const all = whole.data!.handoffs.edges.map((e) => e.node.id);
    expect(all).toEqual(expect.arrayContaining(made));
    const walked: string[] = [];
    let after: string | null = null;
    do {
      const page: { data?: Page; errors?: unknown[] } = await as<Page>('coordMD', PAGE, { filter, first: 2, after });
      expect(page.errors).toBeUndefined();
      expect(page.data!.handoffs.edges.length).toBeGreaterThan(0);
      walked.push(...page.data!.handoffs.edges.map((e) => e.node.id));
      after = page.data!.handoffs.pageInfo.hasNextPage ? page.data!.handoffs.pageInfo.endCursor : null;
    } while (after && walked.length <= all.length);
    expect(walked).toEqual(all);
    expect(code(await as('coordMD', PAGE, { first: 2, after: 'not-a-cursor' }))).toBe('BAD_USER_INPUT');
    const forged = Buffer.from(JSON.stringify(['yesterday', 'x'])).toString('base64url');
    expect(code(await as('coordMD', PAGE, { first: 2, after: forged }))).toBe('BAD_USER_INPUT');
  });

  it('gives coordinators their agency figures and refuses everyone else', async () => {
    const STATS = `{ handoffStatistics { byStatus { key count } byExploitationForm { key count } medianHoursToAcceptance } }`;
    const { handoff } = await propose({ needs: [{ need: 'MEDICAL', note: 'check-up' }], exploitationForm: 'FORCED_BEGGING' });
    expect((await act('coordMD', handoff.id, 'ACCEPT')).errors).toBeUndefined();
    const result = await as<{ handoffStatistics: { byStatus: { key: string; count: number }[]; byExploitationForm: { key: string; count: number }[]; medianHoursToAcceptance: number } }>(
      'coordMD',
      STATS,
    );
    expect(result.errors).toBeUndefined();
    const stats = result.data!.handoffStatistics;
    expect(stats.byStatus.find((s) => s.key === 'ACCEPTED')!.count).toBeGreaterThanOrEqual(1);
    expect(stats.byExploitationForm.find((s) => s.key === 'FORCED_BEGGING')!.count).toBeGreaterThanOrEqual(1);
    expect(stats.medianHoursToAcceptance).toBeGreaterThanOrEqual(0);
    expect(code(await as('policeDE', STATS))).toBe('FORBIDDEN');
    expect(code(await as('prosecutorMD', STATS))).toBe('FORBIDDEN');
  });

  it('carries the demo story: DE to La Strada Moldova, safe return in progress with one service', async () => {
    const DEMO = '5d1c7c3e-2f4a-4b8e-9d61-0a7e4c2b9f01';
    const seen = (await read('coordMD', DEMO)).data!.handoff;
    expect(seen).toMatchObject({
      victimCode: 'V-DE-7F3K9Q',
      status: 'IN_PROGRESS',
      exploitationForm: 'LABOUR',
      consent: { scope: 'SHARE_WITH_LAW_ENFORCEMENT' },
      referringAgency: { id: deSupportAgencyId },
      receivingAgency: { id: mdSupportAgencyId },
    });
    expect(seen.riskAssessedAt).toEqual(expect.any(String));
    expect(seen.services).toHaveLength(1);
    const identity = await as<{ revealVictimIdentity: { familyName: string } }>('coordDE', REVEAL, {
      id: DEMO,
      purpose: 'demo walkthrough of the reveal',
    });
    expect(identity.data?.revealVictimIdentity.familyName).toBe('Demo-Rusu');
    expect((await read('prosecutorMD', DEMO)).data!.handoff.view).toBe('LAW_ENFORCEMENT');
    expect(code(await read('policeAT', DEMO))).toBe('NOT_FOUND');
  });
});
