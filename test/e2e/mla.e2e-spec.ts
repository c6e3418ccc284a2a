import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { buildSchema, getNamedType, GraphQLObjectType, isLeafType, isObjectType } from 'graphql';
import Redis from 'ioredis';
import { DeadlineSweeper } from '@app/deadlines';
import { DomainEventProcessor, OutboxReconciler } from '@app/events';
import { DEMO_MLA_REQUEST_ID, seedDemoMla } from '@app/demo';
import { PrivateRedis } from '../support/private-redis';
import { countQueries } from '../support/query-count';
import { createPrivateDatabase } from '../support/private-database';
import { eventually, GraphQLResponse, Stack, startStack } from '../support/stack';

const FIELDS = `id reference status closed version overdue
  requesting { agencyId stateCode } requested { agencyId agencyName stateCode }
  measures { id kind outcome } deadlines { kind dueAt running overdue }
  history { action fromStatus toStatus actorAgencyId comment } messages { body authorAgencyId }`;
const CREATE = `mutation($input: CreateMlaRequestInput!) { createMlaRequest(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($input: UpdateMlaDraftInput!) { updateMlaDraft(input: $input) { ${FIELDS} } }`;
const TRANSITION = `mutation($input: MlaTransitionInput!) { transitionMlaRequest(input: $input) { ${FIELDS} } }`;
const GET = `query($id: ID!) { mlaRequest(id: $id) { ${FIELDS} } }`;
const LIST = `query($filter: MlaRequestFilter, $first: Int, $after: String) { mlaRequests(filter: $filter, first: $first, after: $after) {
  edges { node { id reference status overdue } } pageInfo { hasNextPage endCursor } } }`;
const MESSAGE = `mutation($input: PostMlaMessageInput!) { postMlaMessage(input: $input) { id body } }`;
const STATISTICS = `{ mlaStatistics { byStatus { status count } overdue medianDaysToAcknowledge medianDaysToExecute } }`;

interface Request {
  id: string;
  reference: string;
  status: string;
  closed: boolean;
  version: number;
  overdue: boolean;
  requested: { agencyId: string; agencyName: string };
  measures: { id: string; kind: string; outcome: string }[];
  deadlines: { kind: string; dueAt: string; running: boolean; overdue: boolean }[];
  history: { action: string; fromStatus: string | null; toStatus: string; comment: string | null }[];
  messages: { body: string }[];
}

const COMPLETE = {
  legalBasis: 'EIO_DIRECTIVE',
  measures: [
    { kind: 'BANK_RECORDS', details: 'Statements of IBAN MD24AG000225100013104168, 2025–2026' },
    { kind: 'HEARING_OF_WITNESS', details: 'Branch manager' },
  ],
  factsSummary: 'Wages of workers recruited in Moldova were paid into accounts controlled by the recruiters.',
  offences: ['Trafficking in human beings for labour exploitation (StGB §232)'],
  language: 'en',
};

/** Documents larger than this are refused: room for several chunks of 256 KiB. */
const MAX_BYTES = 2 * 1024 * 1024;
/** How long an upload may stay silent before it is cut (MLA_UPLOAD_IDLE_SECONDS). */
const UPLOAD_IDLE_SECONDS = 3;

describe('MLA requests (e2e)', () => {
  let stack: Stack;
  let redis: PrivateRedis;
  let database: { url: string; drop: () => Promise<void> };
  let tokens: Record<string, string>;
  const agency = async (state: string, kind: string): Promise<string> =>
    (await stack.db.query(`SELECT a.id FROM agency a WHERE a.state_code = $1 AND a.kind = $2 ORDER BY a.name LIMIT 1`, [state, kind]))[0].id;
  let mdCentral: string;
  let mdProsecution: string;

  beforeAll(async () => {
    // A private Redis, so this file may flush it, and a private database, so its relay and
    // reconciler never carry other files' events off into that Redis.
    redis = await PrivateRedis.start();
    database = await createPrivateDatabase('mla_e2e');
    stack = await startStack({
      worker: true,
      overrides: {
        DATABASE_URL: database.url,
        REDIS_URL: redis.url,
        OUTBOX_REDELIVER_AFTER_SECONDS: '1',
        MLA_DOCUMENT_MAX_BYTES: String(MAX_BYTES),
        MLA_UPLOADS_AT_ONCE: '1',
        // Long enough that, on a loaded machine, the second upload reaches the slot check
        // while the stalled one still holds the slot (with 1 s it sometimes did not).
        MLA_UPLOAD_IDLE_SECONDS: String(UPLOAD_IDLE_SECONDS),
      },
    });
    const emails = ['prosecutor.de', 'central_authority_officer.md', 'prosecutor.md', 'prosecutor.at', 'auditor.md', 'liaison_officer.de'];
    tokens = Object.fromEntries(await Promise.all(emails.map(async (e) => [e, await stack.signIn(`${e}@demo.example`)])));
    mdCentral = await agency('MD', 'CENTRAL_AUTHORITY');
    mdProsecution = await agency('MD', 'PROSECUTION_SERVICE');
  });
  afterAll(async () => {
    await stack.close();
    await redis.stop();
    await database.drop();
  });

  const code = (r: GraphQLResponse) => r.errors?.[0]?.extensions?.code;
  const problems = (r: GraphQLResponse) => (r.errors?.[0]?.extensions?.problems ?? []) as { field: string; problem: string }[];
  /** A step the current state does not allow: CONFLICT naming the state (the refusal table in the README). */
  const stateRefusal = (r: GraphQLResponse) => r.errors?.[0]?.extensions && { ...r.errors[0].extensions };

  async function call(query: string, input: Record<string, unknown>, who: string, key: string): Promise<Request> {
    const result = await stack.gql<Record<string, Request>>(query, { input }, tokens[who]);
    if (!result.data) throw new Error(result.raw);
    return result.data[key];
  }
  const create = (input: Record<string, unknown> = COMPLETE, who = 'prosecutor.de') =>
    call(CREATE, { requestedAgencyId: mdCentral, ...input }, who, 'createMlaRequest');
  const act = (request: Request, action: string, who: string, extra: Record<string, unknown> = {}) =>
    stack.gql<{ transitionMlaRequest: Request }>(TRANSITION, { input: { id: request.id, expectedVersion: request.version, action, ...extra } }, tokens[who]);
  async function step(request: Request, action: string, who: string, extra: Record<string, unknown> = {}): Promise<Request> {
    const result = await act(request, action, who, extra);
    if (!result.data) throw new Error(result.raw);
    return result.data.transitionMlaRequest;
  }
  const notificationsOf = (requestId: string, kind: string, email: string) =>
    stack.db.query(
      `SELECT n.id FROM notification n JOIN app_user u ON u.id = n.recipient_user_id
        WHERE n.subject_id = $1 AND n.kind = $2 AND u.email = $3`,
      [requestId, kind, `${email}@demo.example`],
    ) as Promise<unknown[]>;

  it('drafts with a generated reference and refuses an incomplete submission listing every missing element', async () => {
    const draft = await create({});
    expect(draft.reference).toMatch(/^MLA-DE-\d{4}-\d{6}$/);
    expect(draft.status).toBe('DRAFT');
    const refused = await act(draft, 'SUBMIT', 'prosecutor.de');
    expect(code(refused)).toBe('BAD_USER_INPUT');
    expect(problems(refused).map((p) => p.field)).toEqual(['legalBasis', 'measures', 'factsSummary', 'offences', 'language']);
    const urgent = await call(UPDATE, { id: draft.id, expectedVersion: draft.version, ...COMPLETE, urgent: true }, 'prosecutor.de', 'updateMlaDraft');
    expect(problems(await act(urgent, 'SUBMIT', 'prosecutor.de')).map((p) => p.field)).toEqual(['urgencyReason']);
    // the requested agency does not see a draft
    expect(code(await stack.gql(GET, { id: draft.id }, tokens['central_authority_officer.md']))).toBe('NOT_FOUND');
  });

  it('refuses a requested agency of the same State or of the wrong kind', async () => {
    const deCentral = await agency('DE', 'CENTRAL_AUTHORITY');
    const mdPolice = await agency('MD', 'POLICE');
    for (const requestedAgencyId of [deCentral, mdPolice]) {
      const result = await stack.gql(CREATE, { input: { ...COMPLETE, requestedAgencyId } }, tokens['prosecutor.de']);
      expect(problems(result).map((p) => p.field)).toEqual(['requestedAgencyId']);
    }
    expect(code(await stack.gql(CREATE, { input: { ...COMPLETE, requestedAgencyId: mdCentral } }, tokens['liaison_officer.de']))).toBe('FORBIDDEN');
    const foreignCase = await stack.gql(CREATE, { input: { ...COMPLETE, requestedAgencyId: mdCentral, caseId: '00000000-0000-4000-8000-000000000000' } }, tokens['prosecutor.de']);
    expect(problems(foreignCase).map((p) => p.field)).toEqual(['caseId']);
  });

  it('acts out the whole lifecycle between both sides, with history, deadlines and notifications', async () => {
    let request = await step(await create(), 'SUBMIT', 'prosecutor.de');
    expect(request.deadlines.map((d) => [d.kind, d.running])).toEqual([['ACKNOWLEDGEMENT', true], ['DECISION', true]]);
    const submitted = Date.parse(request.deadlines[0].dueAt) - 7 * 86_400_000;
    expect(Math.abs(submitted - Date.now())).toBeLessThan(60_000);

    // only the acting side may act; an illegal step names the current state (was BAD_USER_INPUT before the one refusal table)
    expect(code(await act(request, 'ACKNOWLEDGE', 'prosecutor.de'))).toBe('FORBIDDEN');
    const illegal = await act(request, 'START_EXECUTION', 'central_authority_officer.md');
    expect(stateRefusal(illegal)).toEqual({ code: 'CONFLICT', reason: 'STATE', state: 'SUBMITTED' });
    expect(illegal.errors?.[0].message).toContain('SUBMITTED');

    request = await step(request, 'ACKNOWLEDGE', 'central_authority_officer.md');
    expect(request.deadlines.find((d) => d.kind === 'ACKNOWLEDGEMENT')?.running).toBe(false);
    const asked = await act(request, 'REQUEST_INFO', 'central_authority_officer.md');
    expect(problems(asked).map((p) => p.field)).toEqual(['question']);
    request = await step(request, 'REQUEST_INFO', 'central_authority_officer.md', { question: 'Which period exactly?' });
    expect(request.status).toBe('ADDITIONAL_INFO_REQUESTED');
    request = await step(request, 'ANSWER', 'prosecutor.de', { answer: 'January 2025 to March 2026' });
    expect(request.status).toBe('ACKNOWLEDGED');
    request = await step(request, 'EXTEND_DEADLINE', 'central_authority_officer.md', { extensionDays: 30, reason: 'Bank needs time' });
    expect(problems(await act(request, 'EXTEND_DEADLINE', 'central_authority_officer.md', { extensionDays: 5, reason: 'again' })).map((p) => p.field)).toEqual([
      'extensionDays',
    ]);
    request = await step(request, 'START_EXECUTION', 'central_authority_officer.md');
    request = await step(request, 'POSTPONE', 'central_authority_officer.md', { reason: 'Parallel domestic search', until: '2030-01-01T00:00:00Z' });
    expect(request.deadlines.length).toBeGreaterThan(0);
    expect(request.deadlines.every((d) => !d.running)).toBe(true);
    request = await step(request, 'RESUME', 'central_authority_officer.md');
    expect(request.status).toBe('IN_EXECUTION');

    const [bank, witness] = request.measures;
    request = await step(request, 'RECORD_OUTCOMES', 'central_authority_officer.md', { outcomes: [{ measureId: bank.id, outcome: 'EXECUTED' }] });
    expect(request.status).toBe('PARTIALLY_EXECUTED');
    request = await step(request, 'RECORD_OUTCOMES', 'central_authority_officer.md', { outcomes: [{ measureId: witness.id, outcome: 'EXECUTED' }] });
    expect(request.status).toBe('EXECUTED');
    expect(stateRefusal(await act(request, 'WITHDRAW', 'prosecutor.de'))).toEqual({ code: 'CONFLICT', reason: 'STATE', state: 'EXECUTED' });

    expect(request.history.map((h) => h.action)).toEqual([
      'CREATE', 'SUBMIT', 'ACKNOWLEDGE', 'REQUEST_INFO', 'ANSWER', 'EXTEND_DEADLINE', 'START_EXECUTION', 'POSTPONE', 'RESUME', 'RECORD_OUTCOMES', 'RECORD_OUTCOMES',
    ]);
    expect(request.history[3]).toMatchObject({ fromStatus: 'ACKNOWLEDGED', toStatus: 'ADDITIONAL_INFO_REQUESTED', comment: 'Which period exactly?' });
    const audited = await stack.db.query(`SELECT action FROM audit_event WHERE target_id = $1 AND outcome = 'SUCCESS'`, [request.id]);
    expect(audited.map((a: { action: string }) => a.action)).toEqual(expect.arrayContaining(['mla.submit', 'mla.acknowledge', 'mla.record_outcomes']));
    // each side is told of the other's steps
    await eventually(async () => (await notificationsOf(request.id, 'MLA_REQUEST_CHANGED', 'central_authority_officer.md')).length === 2);
    await eventually(async () => (await notificationsOf(request.id, 'MLA_REQUEST_CHANGED', 'prosecutor.de')).length === 8);

  });

  it('offers each side exactly the steps the lifecycle allows it now, the other side none of them, another State nothing at all', async () => {
    const ACTIONS = `query($id: ID!) { mlaRequest(id: $id) { status availableActions } }`;
    const actionsOf = async (id: string, who: string) => (await stack.gql<{ mlaRequest: { availableActions: string[] } }>(ACTIONS, { id }, tokens[who]));
    const draft = await create();
    expect((await actionsOf(draft.id, 'prosecutor.de')).data!.mlaRequest.availableActions).toEqual(['SUBMIT', 'WITHDRAW']);
    const submitted = await step(draft, 'SUBMIT', 'prosecutor.de');
    expect((await actionsOf(submitted.id, 'prosecutor.de')).data!.mlaRequest.availableActions).toEqual(['WITHDRAW']);
    const requested = ['ACKNOWLEDGE', 'REQUEST_INFO', 'RECORD_CONSULTATION', 'REFUSE', 'FORWARD', 'EXTEND_DEADLINE'];
    expect((await actionsOf(submitted.id, 'central_authority_officer.md')).data!.mlaRequest.availableActions).toEqual(requested);
    const extended = await step(submitted, 'EXTEND_DEADLINE', 'central_authority_officer.md', { extensionDays: 10, reason: 'Bank needs time' });
    expect((await actionsOf(extended.id, 'central_authority_officer.md')).data!.mlaRequest.availableActions).not.toContain('EXTEND_DEADLINE');
    const asked = await step(extended, 'REQUEST_INFO', 'central_authority_officer.md', { question: 'Which period?' });
    expect((await actionsOf(asked.id, 'prosecutor.de')).data!.mlaRequest.availableActions).toEqual(['ANSWER', 'WITHDRAW']);
    expect((await actionsOf(asked.id, 'central_authority_officer.md')).data!.mlaRequest.availableActions).toEqual([]);
    for (const who of ['prosecutor.at', 'prosecutor.md']) expect(code(await actionsOf(asked.id, who))).toBe('NOT_FOUND');
    // in a list, from the columns a page reads, the same
    const listed = await stack.gql<{ mlaRequests: { edges: { node: { id: string; availableActions: string[] } }[] } }>(
      `query { mlaRequests(first: 50, filter: { direction: INCOMING }) { edges { node { id availableActions } } } }`,
      {},
      tokens['central_authority_officer.md'],
    );
    expect(listed.data!.mlaRequests.edges.find((e) => e.node.id === asked.id)?.node.availableActions).toEqual([]);
  });

  it('answers a stale or concurrent edit with CONFLICT', async () => {
    const request = await step(await create(), 'SUBMIT', 'prosecutor.de');
    const racing = await Promise.all([
      act(request, 'ACKNOWLEDGE', 'central_authority_officer.md'),
      ...[1, 2, 3, 4].map((n) => act(request, 'REQUEST_INFO', 'central_authority_officer.md', { question: `Who? (${n})` })),
    ]);
    expect(racing.map(code).sort()).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT', undefined]);
    expect(code(await act(request, 'WITHDRAW', 'prosecutor.de'))).toBe('CONFLICT');
    // The losers left nothing behind: one step in the history, the audit trail and the outbox.
    const count = async (sql: string) => (await stack.db.query(sql, [request.id]))[0].n;
    expect(await count(`SELECT count(*)::int AS n FROM mla_history WHERE request_id = $1 AND action <> 'CREATE' AND action <> 'SUBMIT'`)).toBe(1);
    expect(await count(`SELECT count(*)::int AS n FROM audit_event WHERE target_id = $1::text AND action IN ('mla.acknowledge', 'mla.request_info')`)).toBe(1);
    expect(await count(`SELECT count(*)::int AS n FROM outbox_event WHERE aggregate_id = $1::text AND payload->>'fromStatus' = 'SUBMITTED'`)).toBe(1);
    // ... but each refusal is in the audit trail as denied, naming the stale version.
    expect(await count(`SELECT count(*)::int AS n FROM audit_event WHERE target_id = $1::text AND outcome = 'DENIED' AND details->>'conflict' = 'VERSION'`)).toBe(5);
  });

  it('hides a request from an uninvolved State and role, and audits the attempt', async () => {
    const request = await step(await create(), 'SUBMIT', 'prosecutor.de');
    for (const who of ['prosecutor.at', 'auditor.md', 'liaison_officer.de', 'prosecutor.md']) {
      expect(code(await stack.gql(GET, { id: request.id }, tokens[who]))).toBe('NOT_FOUND');
      expect(code(await act(request, 'ACKNOWLEDGE', who))).toBe('NOT_FOUND');
      const list = await stack.gql<{ mlaRequests: { edges: { node: { id: string } }[] } }>(LIST, { first: 100 }, tokens[who]);
      if (list.errors) expect([who, code(list)]).toEqual([who, 'FORBIDDEN']);
      else expect(list.data!.mlaRequests.edges.some((e) => e.node.id === request.id)).toBe(false);
    }
    const denied = await stack.db.query(`SELECT actor_state FROM audit_event WHERE target_id = $1 AND outcome = 'DENIED'`, [request.id]);
    expect(denied.map((d: { actor_state: string }) => d.actor_state)).toEqual(expect.arrayContaining(['AT', 'MD', 'DE']));
    // An ID that is no UUID names nothing: refused for its form, which reveals nothing.
    expect(code(await stack.gql(GET, { id: 'not-a-uuid' }, tokens['prosecutor.de']))).toBe('BAD_USER_INPUT');
    const read = await stack.gql<{ mlaRequest: Request }>(GET, { id: request.id }, tokens['central_authority_officer.md']);
    expect(read.data?.mlaRequest.status).toBe('SUBMITTED');
    expect(await stack.db.query(`SELECT 1 FROM audit_event WHERE target_id = $1 AND action = 'mla.read'`, [request.id])).toHaveLength(1);
  });

  it('keeps a draft withdrawn before submission from the requested agency: it was never sent', async () => {
    const md = tokens['central_authority_officer.md'];
    type Stats = { mlaStatistics: { byStatus: { status: string; count: number }[] } };
    const withdrawnCount = async () =>
      (await stack.gql<Stats>(STATISTICS, {}, md)).data!.mlaStatistics.byStatus.find((s) => s.status === 'WITHDRAWN')?.count ?? 0;
    const before = await withdrawnCount();
    const withdrawn = await step(await create(), 'WITHDRAW', 'prosecutor.de');
    expect(withdrawn.status).toBe('WITHDRAWN');
    expect(code(await stack.gql(GET, { id: withdrawn.id }, md))).toBe('NOT_FOUND');
    expect(code(await stack.gql(MESSAGE, { input: { requestId: withdrawn.id, body: 'Hello?' } }, md))).toBe('NOT_FOUND');
    // Nor can its author write to an agency that never received it.
    expect(stateRefusal(await stack.gql(MESSAGE, { input: { requestId: withdrawn.id, body: 'Sorry' } }, tokens['prosecutor.de']))).toEqual({
      code: 'CONFLICT',
      reason: 'STATE',
      state: 'WITHDRAWN',
    });
    const incoming = await stack.gql<{ mlaRequests: { edges: { node: { id: string } }[] } }>(
      LIST, { first: 100, filter: { direction: 'INCOMING', statuses: ['WITHDRAWN'] } }, md,
    );
    expect(incoming.errors).toBeUndefined();
    expect(incoming.data!.mlaRequests.edges.map((e) => e.node.id)).not.toContain(withdrawn.id);
    expect(await withdrawnCount()).toBe(before);
    expect((await stack.gql<{ mlaRequest: Request }>(GET, { id: withdrawn.id }, tokens['prosecutor.de'])).data?.mlaRequest.status).toBe('WITHDRAWN');
  });

  it('refuses on an EIO ground only after a recorded consultation, with mandatory reasons', async () => {
    let request = await step(await step(await create(), 'SUBMIT', 'prosecutor.de'), 'ACKNOWLEDGE', 'central_authority_officer.md');
    const refusal = { ground: 'EIO_11_1_B_NATIONAL_SECURITY', reason: 'Disclosure would harm an ongoing security operation' };
    expect(problems(await act(request, 'REFUSE', 'central_authority_officer.md', { ground: 'UNTOC_18_21_A_NOT_IN_CONFORMITY' })).map((p) => p.field)).toEqual([
      'reason', 'ground',
    ]);
    expect(problems(await act(request, 'REFUSE', 'central_authority_officer.md', refusal))[0].problem).toContain('consultation');
    request = await step(request, 'RECORD_CONSULTATION', 'central_authority_officer.md', { comment: 'Call with the requesting prosecutor' });
    request = await step(request, 'REFUSE', 'central_authority_officer.md', refusal);
    expect(request.status).toBe('REFUSED');
    expect(request.deadlines.length).toBeGreaterThan(0);
    expect(request.deadlines.every((d) => !d.running)).toBe(true);
  });

  it.each([
    ['UNTOC_ART18', {}, 'UNTOC_18_21_B_ESSENTIAL_INTERESTS', 'EIO_11_1_G_DUAL_CRIMINALITY'],
    ['COE_1959_CONVENTION', {}, 'COE_2_A_POLITICAL_OR_FISCAL_OFFENCE', 'UNTOC_18_21_A_NOT_IN_CONFORMITY'],
    ['BILATERAL_TREATY', { treatyName: 'DE–MD treaty on legal assistance in criminal matters' }, 'DUAL_CRIMINALITY', 'COE_2_B_ESSENTIAL_INTERESTS'],
    ['RECIPROCITY', {}, 'NE_BIS_IN_IDEM', 'EIO_11_1_A_IMMUNITY_OR_PRIVILEGE'],
  ])('refuses a %s request only on a ground of its basis, with reasons, and OTHER only with its text', async (legalBasis, extra, fitting, foreign) => {
    const md = 'central_authority_officer.md';
    const request = await step(await create({ ...COMPLETE, legalBasis, ...extra }), 'SUBMIT', 'prosecutor.de');
    expect(problems(await act(request, 'REFUSE', md, { ground: foreign, reason: 'Not possible' })).map((p) => p.field)).toEqual(['ground']);
    expect(problems(await act(request, 'REFUSE', md, { ground: fitting })).map((p) => p.field)).toEqual(['reason']);
    const other = await act(request, 'REFUSE', md, { ground: 'OTHER', reason: 'Not possible' });
    // OTHER fits every basis but the conventions with closed lists (UNTOC); where it fits, it needs its text.
    expect(problems(other).map((p) => p.field)).toEqual([legalBasis === 'UNTOC_ART18' ? 'ground' : 'groundText']);
    const refused = await step(request, 'REFUSE', md, { ground: fitting, reason: 'Disclosure would harm essential interests' });
    expect(refused).toMatchObject({ status: 'REFUSED', closed: false });
    expect(refused.history.at(-1)).toMatchObject({ action: 'REFUSE', fromStatus: 'SUBMITTED', toStatus: 'REFUSED', comment: 'Disclosure would harm essential interests' });
    expect(stateRefusal(await act(refused, 'WITHDRAW', 'prosecutor.de'))).toEqual({ code: 'CONFLICT', reason: 'STATE', state: 'REFUSED' });
  });

  it.each([
    ['POSTPONE without a reason', 'ACKNOWLEDGED', 'POSTPONE', { until: '2099-01-01T00:00:00Z' }, ['reason']],
    ['POSTPONE until a past date', 'ACKNOWLEDGED', 'POSTPONE', { reason: 'Search first', until: '2020-01-01T00:00:00Z' }, ['until']],
    ['REQUEST_INFO without a question', 'ACKNOWLEDGED', 'REQUEST_INFO', {}, ['question']],
    ['EXTEND_DEADLINE beyond 30 days (EIO)', 'ACKNOWLEDGED', 'EXTEND_DEADLINE', { extensionDays: 31, reason: 'Workload' }, ['extensionDays']],
    ['RECORD_CONSULTATION without saying what it concluded', 'ACKNOWLEDGED', 'RECORD_CONSULTATION', {}, ['comment']],
    ['RECORD_OUTCOMES for a measure of another request', 'IN_EXECUTION', 'RECORD_OUTCOMES', { outcomes: [{ measureId: '00000000-0000-4000-8000-000000000000', outcome: 'EXECUTED' }] }, ['outcomes[0].measureId']],
  ])('refuses %s with BAD_USER_INPUT, changing nothing', async (_, at, action, input, fields) => {
    const md = 'central_authority_officer.md';
    let request = await step(await step(await create(), 'SUBMIT', 'prosecutor.de'), 'ACKNOWLEDGE', md);
    if (at === 'IN_EXECUTION') request = await step(request, 'START_EXECUTION', md);
    const refused = await act(request, action, md, input);
    expect(code(refused)).toBe('BAD_USER_INPUT');
    expect(problems(refused).map((p) => p.field)).toEqual(fields);
    const read = await stack.gql<{ mlaRequest: Request }>(GET, { id: request.id }, tokens[md]);
    expect(read.data?.mlaRequest).toMatchObject({ status: at, version: request.version });
  });

  // A step the state does not allow is no input problem: CONFLICT naming the state (BAD_USER_INPUT before the one refusal table).
  it('refuses CLOSE while nothing is partially executed with CONFLICT naming the state, changing nothing', async () => {
    const md = 'central_authority_officer.md';
    const request = await step(await step(await step(await create(), 'SUBMIT', 'prosecutor.de'), 'ACKNOWLEDGE', md), 'START_EXECUTION', md);
    expect(stateRefusal(await act(request, 'CLOSE', md))).toEqual({ code: 'CONFLICT', reason: 'STATE', state: 'IN_EXECUTION' });
    const read = await stack.gql<{ mlaRequest: Request }>(GET, { id: request.id }, tokens[md]);
    expect(read.data?.mlaRequest).toMatchObject({ status: 'IN_EXECUTION', version: request.version });
  });

  it('keeps both a step\'s own text and its comment, and refuses a measure on an EIO consultation ground only after a consultation', async () => {
    const md = 'central_authority_officer.md';
    let request = await step(await step(await create(), 'SUBMIT', 'prosecutor.de'), 'ACKNOWLEDGE', md);
    request = await step(request, 'REQUEST_INFO', md, { question: 'Who holds the account?', comment: 'Urgent on our side too' });
    request = await step(request, 'ANSWER', 'prosecutor.de', { answer: 'A company registered in Chisinau', comment: 'Register extract to follow' });
    expect(request.history.slice(-2).map((h) => h.comment)).toEqual([
      'Who holds the account?\n\nUrgent on our side too',
      'A company registered in Chisinau\n\nRegister extract to follow',
    ]);
    request = await step(request, 'START_EXECUTION', md);
    const [bankRecords, hearing] = request.measures;
    const refused = { outcomes: [{ measureId: hearing.id, outcome: 'REFUSED', ground: 'EIO_11_1_B_NATIONAL_SECURITY' }] };
    const unconsulted = await act(request, 'RECORD_OUTCOMES', md, refused);
    expect(code(unconsulted)).toBe('BAD_USER_INPUT');
    expect(problems(unconsulted)).toEqual([{ field: 'outcomes[0].ground', problem: expect.stringContaining('consultation') }]);
    request = await step(request, 'RECORD_OUTCOMES', md, { outcomes: [{ measureId: bankRecords.id, outcome: 'EXECUTED' }] });
    expect(request.status).toBe('PARTIALLY_EXECUTED');
    request = await step(request, 'RECORD_CONSULTATION', md, { comment: 'The requesting prosecutor agreed to drop the hearing' });
    request = await step(request, 'RECORD_OUTCOMES', md, refused);
    expect(request).toMatchObject({ status: 'PARTIALLY_EXECUTED', closed: true });
    expect(request.measures.map((m) => m.outcome)).toEqual(['EXECUTED', 'REFUSED']);
  });

  it('forwards to a competent agency of the same State, which then holds it with periods and a consultation of its own, and tells the requester', async () => {
    let request = await step(await create(), 'SUBMIT', 'prosecutor.de');
    expect(problems(await act(request, 'FORWARD', 'central_authority_officer.md', { forwardToAgencyId: await agency('DE', 'CENTRAL_AUTHORITY') })).map((p) => p.field)).toEqual([
      'forwardToAgencyId',
    ]);
    request = await step(request, 'ACKNOWLEDGE', 'central_authority_officer.md');
    request = await step(request, 'RECORD_CONSULTATION', 'central_authority_officer.md', { comment: 'Not ours: the prosecution service holds the accounts file' });
    // Received long ago by the first agency: its acknowledgement deadline has passed.
    await stack.db.query(`UPDATE mla_request SET submitted_at = now() - interval '20 days', received_at = now() - interval '20 days' WHERE id = $1`, [request.id]);
    request = await step(request, 'FORWARD', 'central_authority_officer.md', { forwardToAgencyId: mdProsecution });
    expect(request).toMatchObject({ status: 'FORWARDED', requested: { agencyId: mdProsecution }, overdue: false });
    const acknowledgement = request.deadlines.find((d) => d.kind === 'ACKNOWLEDGEMENT')!;
    expect(acknowledgement).toMatchObject({ running: true, overdue: false });
    expect(new Date(acknowledgement.dueAt).getTime()).toBeGreaterThan(Date.now() + 6 * 86_400_000);
    // The central authority that forwarded it stays involved: it reads and lists it, but acts no longer.
    const forwarder = tokens['central_authority_officer.md'];
    expect((await stack.gql<{ mlaRequest: Request }>(GET, { id: request.id }, forwarder)).data?.mlaRequest.status).toBe('FORWARDED');
    const listed = await stack.gql<{ mlaRequests: { edges: { node: { id: string } }[] } }>(LIST, { first: 100, filter: { direction: 'INCOMING' } }, forwarder);
    expect(listed.data!.mlaRequests.edges.map((e) => e.node.id)).toContain(request.id);
    expect(code(await act(request, 'ACKNOWLEDGE', 'central_authority_officer.md'))).toBe('FORBIDDEN');
    expect(code(await stack.gql(MESSAGE, { input: { requestId: request.id, body: 'Still here' } }, forwarder))).toBe('FORBIDDEN');
    // Nobody else gained anything: another State's central authority still sees nothing.
    expect(code(await stack.gql(GET, { id: request.id }, tokens['prosecutor.at']))).toBe('NOT_FOUND');
    // The consultation was the first agency's: the new holder consults before refusing on an art. 11(4) ground.
    const refusal = { ground: 'EIO_11_1_B_NATIONAL_SECURITY', reason: 'Security operation' };
    expect(problems(await act(request, 'REFUSE', 'prosecutor.md', refusal))[0].problem).toContain('consultation');
    request = await step(request, 'ACKNOWLEDGE', 'prosecutor.md');
    expect(request.status).toBe('ACKNOWLEDGED');
    await eventually(async () => (await notificationsOf(request.id, 'MLA_REQUEST_CHANGED', 'prosecutor.de')).length >= 2);
    await eventually(async () => (await notificationsOf(request.id, 'MLA_REQUEST_CHANGED', 'prosecutor.md')).length === 1);
    request = await step(request, 'WITHDRAW', 'prosecutor.de');
    expect(request.status).toBe('WITHDRAWN');
  });

  it('keeps a message thread between the two sides, each message a change of the request but not a new version', async () => {
    const request = await step(await create(), 'SUBMIT', 'prosecutor.de');
    await new Promise((resolve) => setTimeout(resolve, 20));
    const since = new Date().toISOString();
    expect((await stack.gql(MESSAGE, { input: { requestId: request.id, body: 'Please treat as confidential.' } }, tokens['prosecutor.de'])).errors).toBeUndefined();
    expect((await stack.gql(MESSAGE, { input: { requestId: request.id, body: 'Understood.' } }, tokens['central_authority_officer.md'])).errors).toBeUndefined();
    expect(code(await stack.gql(MESSAGE, { input: { requestId: request.id, body: 'Hi' } }, tokens['prosecutor.at']))).toBe('NOT_FOUND');
    const read = await stack.gql<{ mlaRequest: Request }>(GET, { id: request.id }, tokens['central_authority_officer.md']);
    expect(read.data?.mlaRequest.messages.map((m) => m.body)).toEqual(['Please treat as confidential.', 'Understood.']);
    expect(read.data?.mlaRequest.version).toBe(request.version);
    const changed = await stack.gql<{ mlaRequests: { edges: { node: { id: string } }[] } }>(
      LIST, { first: 100, filter: { updatedSince: since } }, tokens['central_authority_officer.md'],
    );
    expect(changed.data!.mlaRequests.edges.map((e) => e.node.id)).toContain(request.id);
    await eventually(async () => (await notificationsOf(request.id, 'MLA_MESSAGE', 'central_authority_officer.md')).length === 1);
  });

  it('lists incoming and outgoing requests with filters and cursor pagination, and counts them', async () => {
    const overdue = await step(await create(), 'SUBMIT', 'prosecutor.de');
    await step(await create(), 'SUBMIT', 'prosecutor.de');
    const draft = await create();
    // Arrange a missed deadline (the gateway's clock is the real one).
    await stack.db.query(`UPDATE mla_request SET acknowledgement_due_at = now() - interval '1 day', next_due_at = now() - interval '1 day' WHERE id = $1`, [overdue.id]);
    const md = tokens['central_authority_officer.md'];
    type Page = { mlaRequests: { edges: { node: { id: string; status: string; overdue: boolean } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } };
    const onlyOverdue = await stack.gql<Page>(LIST, { filter: { direction: 'INCOMING', overdue: true } }, md);
    expect(onlyOverdue.errors).toBeUndefined();
    expect(onlyOverdue.data!.mlaRequests.edges.map((e) => e.node)).toContainEqual(expect.objectContaining({ id: overdue.id, overdue: true }));
    expect(onlyOverdue.data!.mlaRequests.edges.every((e) => e.node.overdue)).toBe(true);
    const outgoing = await stack.gql<Page>(LIST, { filter: { direction: 'OUTGOING' } }, md);
    expect(outgoing.errors).toBeUndefined();
    expect(outgoing.data!.mlaRequests.edges).toEqual([]);
    // The requested side never sees a draft addressed to it, in the list or in the figures.
    const incoming = await stack.gql<Page>(LIST, { first: 100, filter: { direction: 'INCOMING' } }, md);
    expect(incoming.errors).toBeUndefined();
    expect(incoming.data!.mlaRequests.edges.map((e) => e.node.id)).toContain(overdue.id);
    expect(incoming.data!.mlaRequests.edges.map((e) => e.node.id)).not.toContain(draft.id);
    const filter = { statuses: ['SUBMITTED'], stateCode: 'DE' };
    const first = await stack.gql<Page>(LIST, { first: 1, filter }, md);
    expect(first.errors).toBeUndefined();
    expect(first.data!.mlaRequests.edges).toHaveLength(1);
    expect(first.data!.mlaRequests.pageInfo.hasNextPage).toBe(true);
    const second = await stack.gql<Page>(LIST, { first: 1, after: first.data!.mlaRequests.pageInfo.endCursor, filter }, md);
    expect(second.errors).toBeUndefined();
    expect(second.data!.mlaRequests.edges).toHaveLength(1);
    expect(second.data!.mlaRequests.edges[0].node.id).not.toBe(first.data!.mlaRequests.edges[0].node.id);
    // Walking every page of the filter meets each request once, in the order of a single page.
    const all = await stack.gql<Page>(LIST, { first: 100, filter }, md);
    expect(all.errors).toBeUndefined();
    const walked: string[] = [];
    let after: string | null = null;
    do {
      const page: GraphQLResponse<Page> = await stack.gql<Page>(LIST, { first: 2, after, filter }, md);
      expect(page.errors).toBeUndefined();
      walked.push(...page.data!.mlaRequests.edges.map((e) => e.node.id));
      after = page.data!.mlaRequests.pageInfo.hasNextPage ? page.data!.mlaRequests.pageInfo.endCursor : null;
    } while (after);
    expect(walked.length).toBeGreaterThanOrEqual(2);
    expect(walked).toEqual(all.data!.mlaRequests.edges.map((e) => e.node.id));
    // stateCode is the State of the other side: DE's requests to MD are found under MD, not under DE.
    const listedFor = async (stateCode: string) =>
      (await stack.gql<Page>(LIST, { first: 100, filter: { stateCode } }, tokens['prosecutor.de'])).data!.mlaRequests.edges.map((e) => e.node.id);
    expect(await listedFor('MD')).toContain(overdue.id);
    expect(await listedFor('DE')).not.toContain(overdue.id);
    expect(code(await stack.gql(LIST, { after: 'nonsense' }, md))).toBe('BAD_USER_INPUT');
    const since = await stack.gql<Page>(LIST, { filter: { updatedSince: '2100-01-01T00:00:00Z' } }, md);
    expect(since.errors).toBeUndefined();
    expect(since.data!.mlaRequests.edges).toEqual([]);

    const stats = await stack.gql<{ mlaStatistics: { byStatus: { status: string; count: number }[]; overdue: number } }>(STATISTICS, {}, md);
    expect(stats.errors).toBeUndefined();
    expect(stats.data!.mlaStatistics.overdue).toBeGreaterThanOrEqual(1);
    expect(stats.data!.mlaStatistics.byStatus.find((s) => s.status === 'SUBMITTED')?.count).toBeGreaterThanOrEqual(2);
    expect(stats.data!.mlaStatistics.byStatus.map((s) => s.status)).not.toContain('DRAFT');
    const own = await stack.gql<{ mlaStatistics: { byStatus: { status: string; count: number }[] } }>(STATISTICS, {}, tokens['prosecutor.de']);
    expect(own.data?.mlaStatistics.byStatus.find((s) => s.status === 'DRAFT')?.count).toBeGreaterThanOrEqual(1);
    expect(code(await stack.gql(STATISTICS, {}, tokens['auditor.md']))).toBe('FORBIDDEN');
  });

  it('resumes a postponed request by itself when its until-date comes, as a step of the platform that both sides are told of', async () => {
    let request = await step(await create(), 'SUBMIT', 'prosecutor.de');
    request = await step(request, 'ACKNOWLEDGE', 'central_authority_officer.md');
    request = await step(request, 'START_EXECUTION', 'central_authority_officer.md');
    const until = Date.now() + 1500;
    request = await step(request, 'POSTPONE', 'central_authority_officer.md', { reason: 'Domestic search first', until: new Date(until).toISOString() });
    const sweeper = stack.worker!.get(DeadlineSweeper);
    const read = async () => (await stack.gql<{ mlaRequest: Request }>(GET, { id: request.id }, tokens['prosecutor.de'])).data!.mlaRequest;
    const told = (email: string) =>
      stack.db.query(`SELECT n.message FROM notification n JOIN app_user u ON u.id = n.recipient_user_id
        WHERE n.subject_id = $1 AND u.email = $2 AND n.message LIKE '%resume%'`, [request.id, `${email}@demo.example`]) as Promise<unknown[]>;

    // Before the date nothing moves.
    await sweeper.sweepOnce(new Date(until - 1000));
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, until - Date.now()) + 100));
    expect((await read()).status).toBe('POSTPONED');

    await sweeper.sweepOnce(new Date());
    await eventually(async () => (await read()).status === 'IN_EXECUTION');
    const [history] = await stack.db.query(
      `SELECT action, actor_user_id, actor_agency_id, comment FROM mla_history WHERE request_id = $1 ORDER BY id DESC LIMIT 1`,
      [request.id],
    );
    expect(history).toMatchObject({ action: 'RESUME', actor_user_id: null, actor_agency_id: mdCentral, comment: expect.stringContaining('postponement ended') });
    const [audited] = await stack.db.query(`SELECT actor_user_id, actor_agency_id, actor_state FROM audit_event WHERE target_id = $1 AND action = 'mla.resume'`, [
      request.id,
    ]);
    expect(audited).toEqual({ actor_user_id: null, actor_agency_id: mdCentral, actor_state: 'MD' });
    await eventually(async () => (await told('prosecutor.de')).length === 1 && (await told('central_authority_officer.md')).length === 1);
    // The end of a postponement is no missed deadline.
    expect(await notificationsOf(request.id, 'MLA_DEADLINE_BREACHED', 'prosecutor.de')).toHaveLength(0);
  });

  it('forgets the end of a postponement once the request is resumed by hand', async () => {
    let request = await step(await create(), 'SUBMIT', 'prosecutor.de');
    request = await step(request, 'ACKNOWLEDGE', 'central_authority_officer.md');
    request = await step(request, 'POSTPONE', 'central_authority_officer.md', { reason: 'Domestic search first', until: '2031-01-01T00:00:00Z' });
    const ends = () => stack.db.query(`SELECT due_at FROM deadline WHERE subject_id = $1 AND kind = 'postponement-end' AND stopped_at IS NULL`, [request.id]) as Promise<unknown[]>;
    expect(await ends()).toEqual([{ due_at: new Date('2031-01-01T00:00:00Z') }]);
    request = await step(request, 'RESUME', 'central_authority_officer.md');
    expect(request.status).toBe('ACKNOWLEDGED');
    expect(await ends()).toEqual([]);
  });

  it('reminds the acting side and escalates a breach once each, even after Redis lost its jobs', async () => {
    const request = await step(await create(), 'SUBMIT', 'prosecutor.de');
    const ackDue = Date.parse(request.deadlines.find((d) => d.kind === 'ACKNOWLEDGEMENT')!.dueAt);
    const sweeper = stack.worker!.get(DeadlineSweeper);
    const processor = stack.worker!.get(DomainEventProcessor);
    // Hold the consumers so the reminder's job is sitting in Redis when Redis loses everything.
    await processor.pause();
    await sweeper.sweepOnce(new Date(ackDue - 47 * 3_600_000));
    const reminderEvent = async () =>
      (
        await stack.db.query(
          `SELECT id, dispatched_at, dispatch_count, processed_at FROM outbox_event WHERE type = 'deadline.reminder-due' AND aggregate_id = $1`,
          [request.id],
        )
      )[0] as { id: string; dispatched_at: Date | null; dispatch_count: number; processed_at: Date | null } | undefined;
    await eventually(async () => (await reminderEvent())?.dispatched_at);
    const client = new Redis(redis.url);
    expect(await client.keys(`*${(await reminderEvent())!.id}*`)).not.toHaveLength(0);
    await client.flushall();
    client.disconnect();
    processor.resume();
    // The job is gone from Redis; only the outbox reconciler can bring it back.
    await stack.worker!.get(OutboxReconciler).reconcileOnce(0);
    await eventually(async () => (await notificationsOf(request.id, 'MLA_DEADLINE_REMINDER', 'central_authority_officer.md')).length === 1);
    expect(await reminderEvent()).toMatchObject({ dispatch_count: 2, processed_at: expect.any(Date) });
    expect(await notificationsOf(request.id, 'MLA_DEADLINE_REMINDER', 'prosecutor.de')).toHaveLength(0);

    await sweeper.sweepOnce(new Date(ackDue + 60_000));
    await sweeper.sweepOnce(new Date(ackDue + 120_000));
    await eventually(async () => (await notificationsOf(request.id, 'MLA_DEADLINE_BREACHED', 'prosecutor.de')).length === 1);
    await eventually(async () => (await notificationsOf(request.id, 'MLA_DEADLINE_BREACHED', 'central_authority_officer.md')).length === 1);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await notificationsOf(request.id, 'MLA_DEADLINE_REMINDER', 'central_authority_officer.md')).toHaveLength(1);
    expect(await notificationsOf(request.id, 'MLA_DEADLINE_BREACHED', 'central_authority_officer.md')).toHaveLength(1);
  });

  it('does not remind or escalate again when a postponed request resumes with the same deadline', async () => {
    const md = 'central_authority_officer.md';
    let request = await step(await step(await create(), 'SUBMIT', 'prosecutor.de'), 'ACKNOWLEDGE', md);
    const decisionDue = Date.parse(request.deadlines.find((d) => d.kind === 'DECISION')!.dueAt);
    const sweeper = stack.worker!.get(DeadlineSweeper);
    const sent = async () =>
      (
        await stack.db.query(`SELECT type FROM outbox_event WHERE aggregate_id = $1 AND type LIKE 'deadline.%' ORDER BY seq`, [request.id])
      ).map((e: { type: string }) => e.type);
    const postponeAndResume = async () => {
      request = await step(request, 'POSTPONE', md, { reason: 'Domestic search first', until: new Date(Date.now() + 86_400_000).toISOString() });
      request = await step(request, 'RESUME', md);
    };
    await sweeper.sweepOnce(new Date(decisionDue - 47 * 3_600_000));
    expect(await sent()).toEqual(['deadline.reminder-due']);
    await postponeAndResume();
    await sweeper.sweepOnce(new Date(decisionDue - 46 * 3_600_000));
    expect(await sent()).toEqual(['deadline.reminder-due']);
    await sweeper.sweepOnce(new Date(decisionDue + 60_000));
    expect(await sent()).toEqual(['deadline.reminder-due', 'deadline.breached']);
    await postponeAndResume();
    await sweeper.sweepOnce(new Date(decisionDue + 120_000));
    expect(await sent()).toEqual(['deadline.reminder-due', 'deadline.breached']);
    expect(request.deadlines.find((d) => d.kind === 'DECISION')).toMatchObject({ running: true, dueAt: new Date(decisionDue).toISOString() });
  });

  it('reminds the requesting side instead while its answer to a question is awaited', async () => {
    const md = 'central_authority_officer.md';
    let request = await step(await step(await create(), 'SUBMIT', 'prosecutor.de'), 'ACKNOWLEDGE', md);
    request = await step(request, 'REQUEST_INFO', md, { question: 'Which branch holds the account?' });
    const decisionDue = Date.parse(request.deadlines.find((d) => d.kind === 'DECISION')!.dueAt);
    await stack.worker!.get(DeadlineSweeper).sweepOnce(new Date(decisionDue - 47 * 3_600_000));
    await eventually(async () => (await notificationsOf(request.id, 'MLA_DEADLINE_REMINDER', 'prosecutor.de')).length === 1);
    expect(await notificationsOf(request.id, 'MLA_DEADLINE_REMINDER', md)).toHaveLength(0);
  });

  it('seeds the demo story: bank records on the shared IBAN, in execution, with a message; seeding again converges', async () => {
    await stack.db.transaction((m) => seedDemoMla(m));
    const read = await stack.gql<{ mlaRequest: Request }>(GET, { id: DEMO_MLA_REQUEST_ID }, tokens['prosecutor.de']);
    expect(read.data?.mlaRequest).toMatchObject({
      status: 'IN_EXECUTION',
      requested: { agencyName: 'Prosecutor General’s Office, International Legal Assistance' },
      measures: [{ kind: 'BANK_RECORDS', outcome: 'PENDING' }],
    });
    expect(read.data?.mlaRequest.messages).toHaveLength(1);
    const [document] = await stack.db.query(`SELECT id FROM mla_document WHERE request_id = $1`, [DEMO_MLA_REQUEST_ID]);
    const fetched = await fetch(`${stack.url}/mla-requests/${DEMO_MLA_REQUEST_ID}/documents/${document.id}`, {
      headers: { authorization: `Bearer ${tokens['central_authority_officer.md']}` },
    });
    expect(await fetched.text()).toContain('MD24AG000225100013104168');
    expect(read.data?.mlaRequest.history.map((h) => h.action)).toEqual(['CREATE', 'SUBMIT', 'ACKNOWLEDGE', 'START_EXECUTION']);
    expect(await stack.db.query(`SELECT 1 FROM mla_request WHERE id = $1`, [DEMO_MLA_REQUEST_ID])).toHaveLength(1);
    expect(code(await stack.gql(GET, { id: DEMO_MLA_REQUEST_ID }, tokens['prosecutor.at']))).toBe('NOT_FOUND');
  });

  it('gives a request in a list exactly as on its own, every field of the schema selected (a page reads only the columns asked for)', async () => {
    const request = await step(await step(await create(), 'SUBMIT', 'prosecutor.de'), 'ACKNOWLEDGE', 'central_authority_officer.md');
    // Every field of MlaRequest in the committed schema, objects with their scalar fields.
    const schema = buildSchema(readFileSync(join(__dirname, '../../apps/gateway/schema.graphql'), 'utf8'));
    const leafs = (type: GraphQLObjectType) =>
      Object.values(type.getFields())
        .filter((f) => isLeafType(getNamedType(f.type)))
        .map((f) => f.name)
        .join(' ');
    const all = Object.values((schema.getType('MlaRequest') as GraphQLObjectType).getFields())
      .map((f) => {
        const named = getNamedType(f.type);
        return isObjectType(named) ? `${f.name} { ${leafs(named)} }` : f.name;
      })
      .join(' ');
    const alone = await stack.gql<{ mlaRequest: { id: string } }>(`query($id: ID!) { mlaRequest(id: $id) { ${all} } }`, { id: request.id }, tokens['prosecutor.de']);
    const listed = await stack.gql<{ mlaRequests: { edges: { node: { id: string } }[] } }>(
      `query { mlaRequests(first: 3, filter: { statuses: [ACKNOWLEDGED] }) { edges { node { ${all} } } } }`,
      {},
      tokens['prosecutor.de'],
    );
    expect(alone.errors).toBeUndefined();
    expect(listed.errors).toBeUndefined();
    expect(listed.data!.mlaRequests.edges.find((e) => e.node.id === request.id)?.node).toEqual(alone.data!.mlaRequest);
  });

  describe('documents', () => {
    const upload = (requestId: string, who: string | null, content: Buffer, type: string, query = '', fileName = 'bank-statement.pdf') => {
      const form = new FormData();
      form.append('file', new Blob([content], { type }), fileName);
      return fetch(`${stack.url}/mla-requests/${requestId}/documents${query}`, {
        method: 'POST',
        body: form,
        headers: who ? { authorization: `Bearer ${tokens[who]}` } : {},
      });
    };
    const download = (requestId: string, documentId: string, who: string) =>
      fetch(`${stack.url}/mla-requests/${requestId}/documents/${documentId}`, { headers: { authorization: `Bearer ${tokens[who]}` } });
    const stored = async (requestId: string) => (await stack.db.query(`SELECT id FROM mla_document WHERE request_id = $1`, [requestId])).length;
    const chunkRows = async (): Promise<number> => (await stack.db.query(`SELECT count(*)::int AS n FROM mla_document_chunk`))[0].n;
    const sha256 = (content: Buffer) => createHash('sha256').update(content).digest('hex');
    const PDF = Buffer.from('%PDF-1.7 bank statement of MD24AG000225100013104168');
    const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');
    const errorOf = async (response: Response) => ((await response.json()) as { error: { code: string; message: string; problems: { field: string; problem: string }[] } }).error;

    it('stores an upload with its SHA-256, lists it, and serves it only to users who may see the request', async () => {
      const request = await step(await create(), 'SUBMIT', 'prosecutor.de');
      const response = await upload(request.id, 'prosecutor.de', PDF, 'application/pdf');
      expect(response.status).toBe(200);
      const { document } = (await response.json()) as { document: { id: string; sha256: string; sizeBytes: number } };
      expect(document).toMatchObject({ sha256: createHash('sha256').update(PDF).digest('hex'), sizeBytes: PDF.length });

      const fetched = await download(request.id, document.id, 'central_authority_officer.md');
      expect(fetched.status).toBe(200);
      expect(fetched.headers.get('content-type')).toBe('application/pdf');
      expect(Buffer.from(await fetched.arrayBuffer())).toEqual(PDF);
      const read = await stack.gql<{ mlaRequest: { documents: { id: string }[] } }>(`query($id: ID!) { mlaRequest(id: $id) { documents { id } } }`, { id: request.id }, tokens['prosecutor.de']);
      expect(read.data?.mlaRequest.documents.map((d) => d.id)).toEqual([document.id]);

      for (const who of ['prosecutor.at', 'auditor.md']) {
        expect((await download(request.id, document.id, who)).status).toBe(404);
        expect((await upload(request.id, who, PDF, 'application/pdf')).status).toBe(404);
      }
      expect((await upload(request.id, null, PDF, 'application/pdf')).status).toBe(401);
      const audited = await stack.db.query(`SELECT action FROM audit_event WHERE target_id = $1 AND action LIKE 'mla.document-%' AND outcome = 'SUCCESS'`, [request.id]);
      expect(audited.map((a: { action: string }) => a.action).sort()).toEqual(['mla.document-download', 'mla.document-upload']);
    });

    it('lists requests with their history, messages and documents, each field read in one query for the whole page', async () => {
      const draft = await create();
      const withDocument = await step(await create(), 'SUBMIT', 'prosecutor.de');
      const { document } = (await (await upload(withDocument.id, 'prosecutor.de', PDF, 'application/pdf')).json()) as { document: { id: string } };
      const withThread = await step(await create(), 'SUBMIT', 'prosecutor.de');
      for (const body of ['First question', 'Second question']) {
        expect((await stack.gql(MESSAGE, { input: { requestId: withThread.id, body } }, tokens['prosecutor.de'])).errors).toBeUndefined();
      }

      const NESTED = `{ mlaRequests(first: 20) { edges { node { id history { action } messages { body } documents { id } } } } }`;
      type Node = { id: string; history: { action: string }[]; messages: { body: string }[]; documents: { id: string }[] };
      const read = () => stack.gql<{ mlaRequests: { edges: { node: Node }[] } }>(NESTED, {}, tokens['prosecutor.de']);
      const counted = async (table: string) => {
        const { result, count } = await countQueries(stack.db, new RegExp(`FROM ${table}\\b`), read);
        return { nodes: new Map(result.data!.mlaRequests.edges.map((e) => [e.node.id, e.node])), count };
      };
      const { nodes, count } = await counted('mla_history');
      expect(nodes.size).toBeGreaterThanOrEqual(3);
      expect(nodes.get(draft.id)).toEqual({ id: draft.id, history: [{ action: 'CREATE' }], messages: [], documents: [] });
      expect(nodes.get(withDocument.id)).toEqual({
        id: withDocument.id,
        history: [{ action: 'CREATE' }, { action: 'SUBMIT' }],
        messages: [],
        documents: [{ id: document.id }],
      });
      expect(nodes.get(withThread.id)?.messages).toEqual([{ body: 'First question' }, { body: 'Second question' }]);
      expect(count).toBe(1);
      expect((await counted('mla_message')).count).toBe(1);
      expect((await counted('mla_document')).count).toBe(1);
    });

    it('attaches a document to a message of the request', async () => {
      const request = await step(await create(), 'SUBMIT', 'prosecutor.de');
      const message = await stack.gql<{ postMlaMessage: { id: string } }>(MESSAGE, { input: { requestId: request.id, body: 'Statement attached' } }, tokens['prosecutor.de']);
      const messageId = message.data!.postMlaMessage.id;
      const response = await upload(request.id, 'prosecutor.de', PDF, 'application/pdf', `?messageId=${messageId}`);
      expect(((await response.json()) as { document: { messageId: string } }).document.messageId).toBe(messageId);
      const other = await step(await create(), 'SUBMIT', 'prosecutor.de');
      expect((await upload(other.id, 'prosecutor.de', PDF, 'application/pdf', `?messageId=${messageId}`)).status).toBe(400);
    });

    it('refuses a wrong media type and an upload over the size limit, storing nothing', async () => {
      const request = await step(await create(), 'SUBMIT', 'prosecutor.de');
      const chunksBefore = await chunkRows();
      const wrongType = await upload(request.id, 'prosecutor.de', Buffer.from('MZ...'), 'application/x-msdownload');
      expect(wrongType.status).toBe(415);
      expect(await wrongType.json()).toMatchObject({ error: { code: 'BAD_USER_INPUT', problems: [{ field: 'file' }] } });
      const tooLarge = await upload(request.id, 'prosecutor.de', Buffer.concat([PDF, Buffer.alloc(MAX_BYTES + 1 - PDF.length, 1)]), 'application/pdf');
      expect(tooLarge.status).toBe(413);
      expect((await errorOf(tooLarge)).message).toContain(`${MAX_BYTES} bytes`);
      expect(await stored(request.id)).toBe(0);
      expect(await chunkRows()).toBe(chunksBefore);
    });

    it('holds at most MLA_UPLOADS_AT_ONCE uploads at once, and cuts one whose client stalls, keeping nothing of it', async () => {
      const request = await step(await create(), 'SUBMIT', 'prosecutor.de');
      const chunksBefore = await chunkRows();
      // A client that sends the start of a PDF (enough for the type check) and then nothing.
      const boundary = 'stalled-upload-boundary';
      const stalled = new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = httpRequest(`${stack.url}/mla-requests/${request.id}/documents`, {
          method: 'POST',
          headers: { authorization: `Bearer ${tokens['prosecutor.de']}`, 'content-type': `multipart/form-data; boundary=${boundary}` },
        });
        req.on('response', (res) => {
          let body = '';
          res.on('data', (chunk: Buffer) => (body += chunk.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        });
        req.on('error', reject);
        req.write(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="slow.pdf"\r\nContent-Type: application/pdf\r\n\r\n`);
        req.write(Buffer.concat([PDF, Buffer.alloc(8192, 0x20)]));
      });
      // Once its transaction is open, the one upload slot is taken: another upload is told to come back.
      // Its transaction is the one waiting since its first statement; the worker's relay is also
      // idle in a transaction at times, but only for the moment it hands a batch to Redis.
      await eventually(async () => {
        const [{ n }] = await stack.db.query(
          `SELECT count(*)::int AS n FROM pg_stat_activity
            WHERE datname = current_database() AND state = 'idle in transaction' AND query = 'START TRANSACTION'
              AND state_change < clock_timestamp() - interval '100 milliseconds'`,
        );
        return n > 0;
      });
      const busy = await upload(request.id, 'central_authority_officer.md', PDF, 'application/pdf');
      expect(busy.status).toBe(503);
      expect(busy.headers.get('retry-after')).toBe('5');
      expect((await errorOf(busy)).code).toBe('UPLOADS_BUSY');
      // After UPLOAD_IDLE_SECONDS of silence the stalled upload is cut: 408, nothing stored, the slot free again.
      const cut = await stalled;
      expect(cut.status).toBe(408);
      expect(JSON.parse(cut.body).error.code).toBe('BAD_USER_INPUT');
      expect(await stored(request.id)).toBe(0);
      expect(await chunkRows()).toBe(chunksBefore);
      expect((await upload(request.id, 'central_authority_officer.md', PDF, 'application/pdf')).status).toBe(200);
    });

    it('checks the media type on the content: a recognised format must be the declared one, anything else only a text type and only if it reads as text', async () => {
      const request = await step(await create(), 'SUBMIT', 'prosecutor.de');
      const chunksBefore = await chunkRows();
      const pdfAsPng = await upload(request.id, 'prosecutor.de', PDF, 'image/png', '', 'scan.png');
      expect(pdfAsPng.status).toBe(415);
      expect(await errorOf(pdfAsPng)).toMatchObject({
        code: 'BAD_USER_INPUT',
        problems: [{ field: 'file', problem: 'declared as image/png but the content is application/pdf' }],
      });
      // Large enough that the refusal comes while most of it is still on its way.
      const pngAsPdf = await upload(request.id, 'prosecutor.de', Buffer.concat([PNG, Buffer.alloc(1024 * 1024)]), 'application/pdf');
      expect(pngAsPdf.status).toBe(415);
      expect((await errorOf(pngAsPdf)).problems).toEqual([{ field: 'file', problem: 'declared as application/pdf but the content is image/png' }]);
      const textAsPdf = await upload(request.id, 'prosecutor.de', Buffer.from('not a PDF at all'), 'application/pdf');
      expect(textAsPdf.status).toBe(415);
      expect((await errorOf(textAsPdf)).message).toContain('declared as application/pdf but the content is not recognised');
      const binaryAsText = await upload(request.id, 'prosecutor.de', Buffer.from([0x7f, 0x10, 0x00, 0x42, 0x00, 0x01]), 'text/plain', '', 'x.txt');
      expect(binaryAsText.status).toBe(415);
      expect((await errorOf(binaryAsText)).message).toContain('declared as text/plain but the content is not text');
      expect(await stored(request.id)).toBe(0);
      expect(await chunkRows()).toBe(chunksBefore);

      const TEXT = Buffer.from('Production order served on the bank on 3 March; records expected within two weeks.\n');
      const text = await upload(request.id, 'prosecutor.de', TEXT, 'text/plain', '', 'note.txt');
      expect(text.status).toBe(200);
      const { document } = (await text.json()) as { document: { id: string; mediaType: string } };
      expect(document.mediaType).toBe('text/plain');
      const fetched = await download(request.id, document.id, 'central_authority_officer.md');
      expect(fetched.headers.get('content-type')).toBe('text/plain');
      expect(Buffer.from(await fetched.arrayBuffer())).toEqual(TEXT);
      expect((await upload(request.id, 'prosecutor.de', PNG, 'image/png', '', 'seal.png')).status).toBe(200);
    });

    it('streams a document of several chunks in and out byte for byte, stored as chunks', async () => {
      const request = await step(await create(), 'SUBMIT', 'prosecutor.de');
      const content = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(4 * 256 * 1024 + 12_345)]);
      const response = await upload(request.id, 'prosecutor.de', content, 'application/pdf');
      expect(response.status).toBe(200);
      const { document } = (await response.json()) as { document: { id: string; sha256: string; sizeBytes: number } };
      expect(document).toMatchObject({ sha256: sha256(content), sizeBytes: content.length });
      const rows: { seq: number; length: number }[] = await stack.db.query(
        `SELECT c.seq, length(c.content) AS length FROM mla_document_chunk c JOIN mla_document d ON c.key::text = d.storage_key
          WHERE d.id = $1 ORDER BY c.seq`,
        [document.id],
      );
      expect(rows.map((r) => r.seq)).toEqual([0, 1, 2, 3, 4]);
      expect(rows.map((r) => r.length)).toEqual([...Array(4).fill(256 * 1024), content.length - 4 * 256 * 1024]);

      const fetched = await download(request.id, document.id, 'prosecutor.de');
      expect(fetched.status).toBe(200);
      expect(fetched.headers.get('x-content-sha256')).toBe(sha256(content));
      expect(fetched.headers.get('content-length')).toBe(String(content.length));
      const body = Buffer.from(await fetched.arrayBuffer());
      expect(body.length).toBe(content.length);
      expect(sha256(body)).toBe(sha256(content));
    });

    it('refuses to serve a document whose content no longer matches its hash', async () => {
      const request = await step(await create(), 'SUBMIT', 'prosecutor.de');
      const { document } = (await (await upload(request.id, 'prosecutor.de', PDF, 'application/pdf')).json()) as { document: { id: string } };
      await stack.db.query(
        `UPDATE mla_document_chunk SET content = 'tampered' WHERE seq = 0 AND key::text = (SELECT storage_key FROM mla_document WHERE id = $1)`,
        [document.id],
      );
      const response = await download(request.id, document.id, 'central_authority_officer.md');
      expect(response.status).toBe(500);
      expect(await response.json()).toMatchObject({ error: { code: 'INTEGRITY_CHECK_FAILED' } });
      expect(await stack.db.query(`SELECT 1 FROM audit_event WHERE target_id = $1 AND action = 'mla.document-download' AND outcome = 'FAILURE'`, [request.id])).toHaveLength(1);
    });
  });
});
