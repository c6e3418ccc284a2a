import { COMMAND_TABLES, rowCountSql } from '../support/footprint';
import { handoffProposal } from '../support/handoff-proposal';
import { createPrivateDatabase } from '../support/private-database';
import { GraphQLResponse, Stack, startStack, uniqueSuffix } from '../support/stack';

/**
 * The one table of refusals (README, "Refusals"), tried on every aggregate where each kind
 * applies: the code, the extensions, and the audit trail — one DENIED row naming the target
 * for every refusal but invalid input, which leaves no row — and nothing else written.
 */

type Kind = 'NOT_FOUND' | 'FORBIDDEN' | 'STATE' | 'VERSION' | 'DUPLICATE' | 'INPUT';

/** What each kind answers in `extensions` (problems: the fields named, for invalid input). */
const ANSWER: Record<Kind, (row: Row) => Record<string, unknown>> = {
  NOT_FOUND: () => ({ code: 'NOT_FOUND' }),
  FORBIDDEN: () => ({ code: 'FORBIDDEN' }),
  STATE: (row) => ({ code: 'CONFLICT', reason: 'STATE', state: row.state }),
  VERSION: () => ({ code: 'CONFLICT', reason: 'VERSION' }),
  DUPLICATE: () => ({ code: 'CONFLICT', reason: 'DUPLICATE' }),
  INPUT: (row) => ({ code: 'BAD_USER_INPUT', problems: row.fields!.map((field) => ({ field, problem: expect.any(String) })) }),
};

/** Rows of the tables commands write, but the audit trail: a refusal leaves them as they were. */
const FOOTPRINT_SQL = `${rowCountSql([...COMMAND_TABLES, 'case_match', 'deadline'])},
  (SELECT md5(string_agg(version::text || status, ',' ORDER BY id)) FROM mla_request) AS mla,
  (SELECT md5(string_agg(version::text || status, ',' ORDER BY id)) FROM handoff) AS handoffs,
  (SELECT md5(string_agg(version::text || title, ',' ORDER BY id)) FROM case_file) AS cases,
  (SELECT md5(string_agg(roles::text || coalesce(disabled_at::text, ''), ',' ORDER BY id)) FROM app_user) AS users`;

interface Row {
  readonly aggregate: string;
  readonly kind: Kind;
  /** The demo account that tries. */
  readonly who: string;
  readonly query: string;
  readonly variables: () => Record<string, unknown>;
  /** The target the DENIED row names (null: the command had no target yet, e.g. a creation). */
  readonly target: () => string | null;
  readonly state?: string;
  readonly fields?: string[];
}

describe('the one table of refusals, on every aggregate (e2e)', () => {
  let stack: Stack;
  let database: { url: string; drop: () => Promise<void> } | undefined;
  const tokens: Record<string, string> = {};
  const ids: Record<string, string> = {};
  const versions: Record<string, number> = {};

  async function ok<T>(who: string, query: string, variables: Record<string, unknown>): Promise<T> {
    const result = await stack.gql<T>(query, variables, tokens[who]);
    if (result.errors || !result.data) throw new Error(result.raw);
    return result.data;
  }
  const idOf = async (sql: string, params: unknown[]) => ((await stack.db.query(sql, params)) as { id: string }[])[0].id;

  beforeAll(async () => {
    // A database of its own: each refusal must leave exactly one audit row and no other row,
    // which only holds where no other test file writes meanwhile.
    database = await createPrivateDatabase('refusals_e2e');
    stack = await startStack({ overrides: { DATABASE_URL: database.url } });
    for (const who of [
      'prosecutor.de',
      'prosecutor.md',
      'prosecutor.at',
      'liaison_officer.de',
      'central_authority_officer.md',
      'victim_coordinator.de',
      'victim_coordinator.md',
      'victim_coordinator.ro',
      'agency_admin.de',
      'agency_admin.md',
      'platform_admin',
    ]) {
      tokens[who] = await stack.signIn(`${who}@demo.example`);
    }
    const mdCentral = await idOf(`SELECT id FROM agency WHERE state_code = 'MD' AND kind = 'CENTRAL_AUTHORITY' ORDER BY name LIMIT 1`, []);
    const mdProsecution = await idOf(`SELECT id FROM agency WHERE state_code = 'MD' AND kind = 'PROSECUTION_SERVICE' ORDER BY name LIMIT 1`, []);
    const mdSupport = await idOf(`SELECT id FROM agency WHERE name = 'La Strada Moldova'`, []);
    ids.deUser = await idOf(`SELECT id FROM app_user WHERE email = 'liaison_officer.de@demo.example'`, []);

    // A case of DE with an identifier and a reference card for MD, edited once (version 1 is stale).
    const { createCase } = await ok<{ createCase: { id: string } }>(
      'prosecutor.de',
      `mutation($input: CreateCaseInput!) { createCase(input: $input) { id } }`,
      { input: { nationalReference: `REF-${uniqueSuffix()}`, title: 'Refusals', formsOfExploitation: ['LABOUR'] } },
    );
    ids.case = createCase.id;
    const { updateCase } = await ok<{ updateCase: { version: number } }>(
      'prosecutor.de',
      `mutation($input: UpdateCaseInput!) { updateCase(input: $input) { version } }`,
      { input: { id: ids.case, version: 1, title: 'Refusals, edited' } },
    );
    versions.case = updateCase.version;
    ids.phone = `+49151${String(Date.now()).slice(-8)}`;
    const { addIdentifier } = await ok<{ addIdentifier: { id: string } }>(
      'prosecutor.de',
      `mutation($input: AddIdentifierInput!) { addIdentifier(input: $input) { id } }`,
      { input: { caseId: ids.case, type: 'PHONE', value: ids.phone, role: 'SUSPECT' } },
    );
    ids.identifier = addIdentifier.id;
    const { shareCase } = await ok<{ shareCase: { id: string } }>(
      'prosecutor.de',
      `mutation($input: ShareCaseInput!) { shareCase(input: $input) { id } }`,
      { input: { caseId: ids.case, recipientAgencyId: mdProsecution, summary: 'Recruiters in Chisinau', contactPoint: 'StA Berlin', handlingCode: 'H0' } },
    );
    ids.card = shareCase.id;
    ids.mdProsecution = mdProsecution;

    // An MLA request from DE to MD, submitted (version 1 is stale), and a draft never submitted.
    const MLA = `mutation($input: CreateMlaRequestInput!) { createMlaRequest(input: $input) { id version } }`;
    const content = {
      requestedAgencyId: mdCentral,
      legalBasis: 'EIO_DIRECTIVE',
      measures: [{ kind: 'BANK_RECORDS', details: 'Statements of the recruiters’ accounts' }],
      factsSummary: 'Wages of workers recruited in Moldova were paid into accounts of the recruiters.',
      offences: ['Trafficking in human beings (StGB §232)'],
      language: 'en',
    };
    const { createMlaRequest: request } = await ok<{ createMlaRequest: { id: string; version: number } }>('prosecutor.de', MLA, { input: content });
    const { transitionMlaRequest } = await ok<{ transitionMlaRequest: { version: number } }>(
      'prosecutor.de',
      `mutation($input: MlaTransitionInput!) { transitionMlaRequest(input: $input) { version } }`,
      { input: { id: request.id, expectedVersion: request.version, action: 'SUBMIT' } },
    );
    ids.request = request.id;
    versions.requestStale = request.version;
    versions.request = transitionMlaRequest.version;
    ids.draft = (await ok<{ createMlaRequest: { id: string } }>('prosecutor.de', MLA, { input: content })).createMlaRequest.id;

    // A handoff from DE to MD, proposed, its version moved on by a risk assessment (version 1 is stale).
    const { proposeHandoff } = await ok<{ proposeHandoff: { id: string; version: number } }>(
      'victim_coordinator.de',
      `mutation($input: ProposeHandoffInput!) { proposeHandoff(input: $input) { id version } }`,
      { input: handoffProposal(mdSupport) },
    );
    ids.handoff = proposeHandoff.id;
    versions.handoffStale = proposeHandoff.version;
    const { recordHandoffSafeguard } = await ok<{ recordHandoffSafeguard: { version: number } }>(
      'victim_coordinator.md',
      `mutation($input: RecordSafeguardInput!) { recordHandoffSafeguard(input: $input) { version } }`,
      { input: { handoffId: ids.handoff, safeguard: 'RISK_ASSESSMENT', riskLevel: 'LOW', expectedVersion: proposeHandoff.version } },
    );
    versions.handoff = recordHandoffSafeguard.version;
  });
  afterAll(async () => {
    await stack?.close();
    await database?.drop();
  });

  const UPDATE_CASE = `mutation($input: UpdateCaseInput!) { updateCase(input: $input) { id } }`;
  const CREATE_CASE = `mutation($input: CreateCaseInput!) { createCase(input: $input) { id } }`;
  const ADD_IDENTIFIER = `mutation($input: AddIdentifierInput!) { addIdentifier(input: $input) { id } }`;
  const REMOVE_IDENTIFIER = `mutation($id: ID!) { removeIdentifier(id: $id) }`;
  const SHARE = `mutation($input: ShareCaseInput!) { shareCase(input: $input) { id } }`;
  const ACKNOWLEDGE = `mutation($id: ID!) { acknowledgeCaseShare(id: $id) { id } }`;
  const REVOKE = `mutation($id: ID!) { revokeCaseShare(id: $id) { id } }`;
  const STEP = `mutation($input: MlaTransitionInput!) { transitionMlaRequest(input: $input) { id } }`;
  const EDIT_DRAFT = `mutation($input: UpdateMlaDraftInput!) { updateMlaDraft(input: $input) { id } }`;
  const MESSAGE = `mutation($input: PostMlaMessageInput!) { postMlaMessage(input: $input) { id } }`;
  const HANDOFF_STEP = `mutation($input: TransitionHandoffInput!) { transitionHandoff(input: $input) { id } }`;
  const LOG_SERVICE = `mutation($input: LogHandoffServiceInput!) { logHandoffService(input: $input) { id } }`;
  const CREATE_STATE = `mutation($input: CreateStateInput!) { createState(input: $input) { code } }`;
  const DISABLE_USER = `mutation($id: ID!) { disableUser(userId: $id) { id } }`;
  const GRANT = `mutation($input: ChangeRolesInput!) { grantRoles(input: $input) { id } }`;

  const step = (action: string, version: () => number, extra: Record<string, unknown> = {}) => () => ({
    input: { id: ids.request, expectedVersion: version(), action, ...extra },
  });
  const handoffStep = (action: string, version: () => number, extra: Record<string, unknown> = {}) => () => ({
    input: { handoffId: ids.handoff, expectedVersion: version(), action, ...extra },
  });
  const caseInput = (version: () => number) => () => ({ input: { id: ids.case, version: version(), title: 'Another title' } });
  const newCase = () => ({ input: { nationalReference: `REF-${uniqueSuffix()}`, title: 'Not mine to keep', formsOfExploitation: ['LABOUR'] } });

  const ROWS: Row[] = [
    // cases
    { aggregate: 'case', kind: 'NOT_FOUND', who: 'prosecutor.at', query: UPDATE_CASE, variables: caseInput(() => versions.case), target: () => ids.case },
    { aggregate: 'case', kind: 'FORBIDDEN', who: 'victim_coordinator.de', query: CREATE_CASE, variables: newCase, target: () => null },
    { aggregate: 'case', kind: 'VERSION', who: 'prosecutor.de', query: UPDATE_CASE, variables: caseInput(() => versions.case - 1), target: () => ids.case },
    {
      aggregate: 'case', kind: 'INPUT', who: 'prosecutor.de', query: UPDATE_CASE, fields: ['title'],
      variables: () => ({ input: { id: ids.case, version: versions.case, title: 'x'.repeat(10_000) } }), target: () => ids.case,
    },
    // identifiers
    { aggregate: 'identifier', kind: 'NOT_FOUND', who: 'prosecutor.md', query: REMOVE_IDENTIFIER, variables: () => ({ id: ids.identifier }), target: () => ids.identifier },
    {
      aggregate: 'identifier', kind: 'DUPLICATE', who: 'prosecutor.de', query: ADD_IDENTIFIER, target: () => ids.case,
      variables: () => ({ input: { caseId: ids.case, type: 'PHONE', value: ids.phone, role: 'SUSPECT' } }),
    },
    {
      aggregate: 'identifier', kind: 'INPUT', who: 'prosecutor.de', query: ADD_IDENTIFIER, fields: ['value'], target: () => ids.case,
      variables: () => ({ input: { caseId: ids.case, type: 'IBAN', value: 'DE00 0000 0000', role: 'SUSPECT' } }),
    },
    // reference cards
    { aggregate: 'card', kind: 'NOT_FOUND', who: 'prosecutor.at', query: ACKNOWLEDGE, variables: () => ({ id: ids.card }), target: () => ids.card },
    { aggregate: 'card', kind: 'NOT_FOUND', who: 'prosecutor.md', query: REVOKE, variables: () => ({ id: ids.card }), target: () => ids.card },
    {
      aggregate: 'card', kind: 'INPUT', who: 'prosecutor.de', query: SHARE, fields: ['handlingRestriction'], target: () => ids.case,
      variables: () => ({ input: { caseId: ids.case, recipientAgencyId: ids.mdProsecution, summary: 'S', contactPoint: 'C', handlingCode: 'H3' } }),
    },
    // MLA requests
    { aggregate: 'MLA request', kind: 'NOT_FOUND', who: 'prosecutor.at', query: STEP, variables: step('ACKNOWLEDGE', () => versions.request), target: () => ids.request },
    { aggregate: 'MLA request', kind: 'FORBIDDEN', who: 'prosecutor.de', query: STEP, variables: step('ACKNOWLEDGE', () => versions.request), target: () => ids.request },
    {
      aggregate: 'MLA request', kind: 'STATE', state: 'SUBMITTED', who: 'central_authority_officer.md', query: STEP,
      variables: step('START_EXECUTION', () => versions.request), target: () => ids.request,
    },
    {
      aggregate: 'MLA request', kind: 'STATE', state: 'SUBMITTED', who: 'prosecutor.de', query: EDIT_DRAFT,
      variables: () => ({ input: { id: ids.request, expectedVersion: versions.request, factsSummary: 'Rewritten' } }), target: () => ids.request,
    },
    { aggregate: 'MLA request', kind: 'VERSION', who: 'prosecutor.de', query: STEP, variables: step('WITHDRAW', () => versions.requestStale), target: () => ids.request },
    {
      aggregate: 'MLA request', kind: 'INPUT', who: 'central_authority_officer.md', query: STEP, fields: ['question'],
      variables: step('REQUEST_INFO', () => versions.request), target: () => ids.request,
    },
    // MLA messages
    { aggregate: 'MLA message', kind: 'NOT_FOUND', who: 'prosecutor.at', query: MESSAGE, variables: () => ({ input: { requestId: ids.request, body: 'Hi' } }), target: () => ids.request },
    {
      aggregate: 'MLA message', kind: 'STATE', state: 'DRAFT', who: 'prosecutor.de', query: MESSAGE,
      variables: () => ({ input: { requestId: ids.draft, body: 'Anyone?' } }), target: () => ids.draft,
    },
    // handoffs
    { aggregate: 'handoff', kind: 'NOT_FOUND', who: 'victim_coordinator.ro', query: HANDOFF_STEP, variables: handoffStep('ACCEPT', () => versions.handoff), target: () => ids.handoff },
    // Police see the handoff (consent allows) but do not act on it.
    { aggregate: 'handoff', kind: 'FORBIDDEN', who: 'liaison_officer.de', query: HANDOFF_STEP, variables: handoffStep('ACCEPT', () => versions.handoff), target: () => ids.handoff },
    // The referring side may not accept its own proposal (was FORBIDDEN without an audit row).
    { aggregate: 'handoff', kind: 'FORBIDDEN', who: 'victim_coordinator.de', query: HANDOFF_STEP, variables: handoffStep('ACCEPT', () => versions.handoff), target: () => ids.handoff },
    {
      aggregate: 'handoff', kind: 'STATE', state: 'PROPOSED', who: 'victim_coordinator.md', query: HANDOFF_STEP,
      variables: handoffStep('START', () => versions.handoff), target: () => ids.handoff,
    },
    {
      aggregate: 'handoff', kind: 'STATE', state: 'PROPOSED', who: 'victim_coordinator.md', query: LOG_SERVICE, target: () => ids.handoff,
      variables: () => ({ input: { handoffId: ids.handoff, need: 'SHELTER', deliveredAt: new Date().toISOString(), note: 'too early' } }),
    },
    { aggregate: 'handoff', kind: 'VERSION', who: 'victim_coordinator.de', query: HANDOFF_STEP, variables: handoffStep('WITHDRAW', () => versions.handoffStale), target: () => ids.handoff },
    {
      aggregate: 'handoff', kind: 'INPUT', who: 'victim_coordinator.md', query: HANDOFF_STEP, fields: ['reason'],
      variables: handoffStep('DECLINE', () => versions.handoff), target: () => ids.handoff,
    },
    // directory administration
    { aggregate: 'directory', kind: 'NOT_FOUND', who: 'agency_admin.md', query: DISABLE_USER, variables: () => ({ id: ids.deUser }), target: () => ids.deUser },
    { aggregate: 'directory', kind: 'FORBIDDEN', who: 'prosecutor.de', query: CREATE_STATE, variables: () => ({ input: { code: 'LU' } }), target: () => 'LU' },
    {
      aggregate: 'directory', kind: 'FORBIDDEN', who: 'agency_admin.de', query: GRANT,
      variables: () => ({ input: { userId: ids.deUser, roles: ['PLATFORM_ADMIN'] } }), target: () => ids.deUser,
    },
    { aggregate: 'directory', kind: 'DUPLICATE', who: 'platform_admin', query: CREATE_STATE, variables: () => ({ input: { code: 'DE' } }), target: () => 'DE' },
    { aggregate: 'directory', kind: 'INPUT', who: 'platform_admin', query: CREATE_STATE, fields: ['code'], variables: () => ({ input: { code: 'QZ' } }), target: () => 'QZ' },
  ];

  const operation = (query: string) => /\{\s*(\w+)/.exec(query)?.[1];
  it.each(ROWS.map((row) => [`${row.aggregate}: ${row.kind}${row.state ? ` (${row.state})` : ''} on ${operation(row.query)} by ${row.who}`, row] as const))(
    '%s',
    async (_, row) => {
      const [{ last }] = (await stack.db.query(`SELECT coalesce(max(id), 0)::text AS last FROM audit_event`)) as { last: string }[];
      const [before] = await stack.db.query(FOOTPRINT_SQL);
      const answer: GraphQLResponse = await stack.gql(row.query, row.variables(), tokens[row.who]);

      expect(answer.data ?? null).toBeNull();
      expect(answer.errors).toHaveLength(1);
      expect(answer.errors![0].extensions).toEqual(ANSWER[row.kind](row));
      expect(await stack.db.query(FOOTPRINT_SQL)).toEqual([before]);
      const audited = (await stack.db.query(
        `SELECT outcome, target_id AS "targetId", details->>'code' AS code, details->>'conflict' AS conflict, details->>'state' AS state
           FROM audit_event WHERE id > $1::bigint ORDER BY id`,
        [last],
      )) as { outcome: string; targetId: string | null; code: string; conflict: string | null; state: string | null }[];
      if (row.kind === 'INPUT') {
        expect(audited).toEqual([]);
      } else {
        const { code, reason = null, state = null } = ANSWER[row.kind](row) as { code: string; reason?: string; state?: string };
        expect(audited).toEqual([{ outcome: 'DENIED', targetId: row.target(), code, conflict: reason, state }]);
      }
    },
  );
});
