import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  GraphQLArgument,
  GraphQLInputField,
  GraphQLInputType,
  GraphQLSchema,
  IntrospectionQuery,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isScalarType,
  OperationTypeNode,
} from 'graphql';
import { createPrivateDatabase } from '../support/private-database';
import { Stack, startStack } from '../support/stack';
import { COMMAND_TABLES, rowCountSql } from '../support/footprint';

/**
 * Generated from the live schema (introspection): every mutation, then every query, gets
 * hostile values in each of its string, ID, number and date inputs (inside input objects and
 * lists too), the other inputs holding plausible values from the demo world, sent as a user
 * whose role may call it. Each answer must be a success or a 4xx-class GraphQL error, never
 * INTERNAL_SERVER_ERROR or HTTP 500; and a refusal must have written nothing: no domain event
 * in the outbox (every change writes one in its transaction) and no row in the aggregates'
 * tables (audit rows are not counted: denied attempts are audited on purpose).
 */
const CLIENT_CODES = new Set([
  'BAD_USER_INPUT',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'TOO_MANY_REQUESTS',
]);

const HOSTILE: Record<'text' | 'number' | 'date', readonly unknown[]> = {
  text: ['nul\u0000byte', 'lone\ud800surrogate', 'x'.repeat(100_000), 'ctrl\u0001\u0008\u001b[31m\u007f\r\n'],
  number: [-1, -2147483648, 2147483647],
  date: ['0001-01-01T00:00:00Z', '+275760-09-13T00:00:00Z', '1900-01-01T00:00:00Z', '2999-12-31T23:59:59Z'],
};

/** Who calls each operation (by default the DE prosecutor); null: anonymous. */
const CALLER: Record<string, string | null> = {
  signIn: null,
  refreshSession: null,
  createState: 'platform_admin@demo.example',
  createAgency: 'platform_admin@demo.example',
  createFirstAgencyAdmin: 'platform_admin@demo.example',
  auditEvents: 'auditor.de@demo.example',
  // The demo request is in execution: its next steps are the requested side's.
  transitionMlaRequest: 'central_authority_officer.md@demo.example',
  ...Object.fromEntries(['createUser', 'disableUser', 'grantRoles', 'revokeRoles'].map((m) => [m, 'agency_admin.de@demo.example'])),
  ...Object.fromEntries(
    [
      'proposeHandoff',
      'transitionHandoff',
      'recordHandoffConsent',
      'withdrawHandoffConsent',
      'recordHandoffSafeguard',
      'logHandoffService',
      'sendHandoffMessage',
      'revealVictimIdentity',
    ].map((m) => [m, 'victim_coordinator.de@demo.example']),
  ),
};
const DEFAULT_CALLER = 'prosecutor.de@demo.example';
/**
 * The MLA step that reads an input, with what else it needs; any other input goes with
 * EXTEND_DEADLINE. The demo request is in execution; a postponement (the last input tried)
 * is the only step taken that leaves it there, and recording outcomes would end it.
 */
const MLA_STEP_READING: Record<string, Record<string, unknown>> = {
  'input.until': { action: 'POSTPONE', reason: 'awaiting a court date' },
  'input.forwardToAgencyId': { action: 'FORWARD' },
};
const NIL_UUID = '00000000-0000-4000-8000-000000000000';
/** Ends the caller's session: nothing to send it but its own token. */
const SKIPPED = new Set(['signOut']);

/** Plausible values of the demo world, by input field name (of a list: of its items). */
type Samples = Record<string, unknown>;

interface Leaf {
  operation: OperationTypeNode;
  /** The root field's name (a mutation, or a query). */
  mutation: string;
  path: string;
  kind: keyof typeof HOSTILE;
  /** The mutation's arguments with this value at the leaf. */
  build: (value: unknown) => Record<string, unknown>;
}

interface Probe {
  leaf: Leaf;
  value: unknown;
}

/** Rows a refused mutation must not have added: its events (every change writes them) and the aggregates' tables. */
const FOOTPRINT_SQL = rowCountSql(COMMAND_TABLES);

describe('hostile input to every mutation (e2e, generated)', () => {
  let stack: Stack;
  let schema: GraphQLSchema;
  let samples: Samples;
  /** The sample of `id` differs by mutation. */
  let idOf: Record<string, string>;
  const tokens = new Map<string, string>();
  let counter = 0;
  let currentMutation = '';
  const versions = new Map<string, number>();
  /** The versions the sampled objects have now, by the mutations that change them. */
  async function readVersions(): Promise<void> {
    const [row] = await stack.db.query(
      `SELECT (SELECT version FROM case_file WHERE id = $1) AS case, (SELECT version FROM mla_request WHERE id = $2) AS mla,
              (SELECT version FROM mla_request WHERE id = $4) AS draft,
              (SELECT version FROM handoff WHERE id = $3) AS handoff`,
      [samples.caseId, samples.requestId, samples.handoffId, idOf.updateMlaDraft],
    );
    versions.set('updateCase', row.case);
    versions.set('transitionMlaRequest', row.mla);
    versions.set('updateMlaDraft', row.draft);
    for (const m of ['transitionHandoff', 'recordHandoffConsent', 'withdrawHandoffConsent', 'recordHandoffSafeguard']) versions.set(m, row.handoff);
  }

  let database: { url: string; drop: () => Promise<void> } | undefined;

  // A database of its own: the test changes demo objects (a request postponed, users' roles and
  // passwords) that other files rely on, and counts rows other files would be writing meanwhile.
  beforeAll(async () => {
    database = await createPrivateDatabase('hostile_input_e2e');
    stack = await startStack({ overrides: { DATABASE_URL: database.url } });
    const introspection = await stack.gql<IntrospectionQuery>(getIntrospectionQuery());
    if (!introspection.data) throw new Error(introspection.raw);
    schema = buildClientSchema(introspection.data);
    const one = async (sql: string): Promise<string> => {
      const [row] = await stack.db.query(sql);
      return row?.id ?? NIL_UUID;
    };
    const agency = (state: string, kind: string) => one(`SELECT id FROM agency WHERE state_code = '${state}' AND kind = '${kind}' ORDER BY name LIMIT 1`);
    const deCase = await one(`SELECT c.id FROM case_file c JOIN agency a ON a.id = c.agency_id WHERE a.state_code = 'DE' LIMIT 1`);
    const mlaRequest = await one(`SELECT id FROM mla_request ORDER BY reference LIMIT 1`);
    samples = {
      caseId: deCase,
      requestedAgencyId: await agency('MD', 'CENTRAL_AUTHORITY'),
      receivingAgencyId: await agency('MD', 'VICTIM_SUPPORT_SERVICE'),
      recipientAgencyId: await agency('MD', 'POLICE'),
      forwardToAgencyId: await agency('MD', 'PROSECUTION_SERVICE'),
      agencyId: await agency('DE', 'POLICE'),
      userId: await one(`SELECT id FROM app_user WHERE email = 'liaison_officer.de@demo.example'`),
      handoffId: await one(`SELECT id FROM handoff LIMIT 1`),
      requestId: mlaRequest,
      matchId: await one(`SELECT id FROM case_match LIMIT 1`),
      measureId: await one(`SELECT measures->0->>'id' AS id FROM mla_request WHERE id = '${mlaRequest}'`),
      email: () => `hostile.${++counter}@example.test`,
      password: 'a-long-enough-password-2026',
      nationalReference: () => `HOSTILE-${++counter}`,
      code: 'ZZ',
      basis: 'VICTIM',
      explainedBy: 'Anna Weber, social worker',
      stateCode: 'DE',
      dateOfBirth: '1990-01-01',
      nationality: 'MD',
      language: 'ro',
      languages: 'ro',
      // The version of the object the mutation changes, as it is now (read before each probe).
      expectedVersion: () => versions.get(currentMutation) ?? 1,
      version: () => versions.get(currentMutation) ?? 1,
    };
    const draft = await stack.gql<{ createMlaRequest: { id: string } }>(
      `mutation($input: CreateMlaRequestInput!) { createMlaRequest(input: $input) { id } }`,
      { input: { requestedAgencyId: samples.requestedAgencyId } },
      await stack.signIn(DEFAULT_CALLER),
    );
    if (!draft.data) throw new Error(draft.raw);
    idOf = {
      updateCase: deCase,
      updateMlaDraft: draft.data.createMlaRequest.id,
      transitionMlaRequest: mlaRequest,
      acknowledgeCaseShare: await one(`SELECT id FROM case_share LIMIT 1`),
      revokeCaseShare: await one(`SELECT id FROM case_share LIMIT 1`),
      removeIdentifier: await one(`SELECT id FROM case_identifier LIMIT 1`),
    };
    for (const email of new Set(Object.values(CALLER).concat(DEFAULT_CALLER))) {
      if (email) tokens.set(email, await stack.signIn(email));
    }
  }, 60_000);
  afterAll(async () => {
    await stack?.close();
    await database?.drop();
  });

  /** What hostile values a leaf input takes, by its type; null for enums and booleans (they keep their sample). */
  function hostileKind(type: GraphQLInputType): keyof typeof HOSTILE | null {
    const named = getNamedType(type);
    if (!isScalarType(named)) return null;
    if (named.name === 'String' || named.name === 'ID') return 'text';
    if (named.name === 'Int' || named.name === 'Float') return 'number';
    return named.name === 'DateTime' ? 'date' : null;
  }

  /** A plausible value of an input: required fields only, lists of one. */
  function sample(type: GraphQLInputType, name: string, mutation: string): unknown {
    if (isNonNullType(type)) return sample(type.ofType, name, mutation);
    if (isListType(type)) return [sample(type.ofType, name, mutation)];
    if (name === 'id' && idOf[mutation]) return idOf[mutation];
    const known = samples[name];
    if (known !== undefined) return typeof known === 'function' ? (known as () => unknown)() : known;
    if (isInputObjectType(type)) {
      const fields = Object.values(type.getFields()).filter((f) => isNonNullType(f.type) && f.defaultValue === undefined);
      return Object.fromEntries(fields.map((f) => [f.name, sample(f.type, f.name, mutation)]));
    }
    if (isEnumType(type)) return type.getValues()[0].value;
    switch (type.name) {
      case 'Boolean':
        return false;
      case 'Int':
      case 'Float':
        return 1;
      case 'DateTime':
        return '2026-01-15T10:00:00Z';
      case 'ID':
        return NIL_UUID;
      default:
        return `sample ${++counter}`;
    }
  }

  /** Whether an input takes a list (a hostile value is then sent as a list of one). */
  const listed = (type: GraphQLInputType) => isListType(isNonNullType(type) ? type.ofType : type);

  /** Sampled values of the required ones of these inputs. */
  const required = (inputs: readonly (GraphQLArgument | GraphQLInputField)[], mutation: string) =>
    Object.fromEntries(
      inputs.filter((i) => isNonNullType(i.type) && i.defaultValue === undefined).map((i) => [i.name, sample(i.type, i.name, mutation)]),
    );

  /**
   * Every leaf input worth a hostile value, by path (`input.victim.familyName`,
   * `input.measures[0].details`), with how to build the mutation's arguments around a value
   * there: the inputs on its way sampled, the leaf set.
   */
  function leaves(
    operation: OperationTypeNode,
    inputs: readonly (GraphQLArgument | GraphQLInputField)[],
    mutation: string,
    prefix: string,
    wrap: (values: Record<string, unknown>) => Record<string, unknown>,
    seen: ReadonlySet<string>,
  ): Leaf[] {
    return inputs.flatMap((input) => {
      const path = `${prefix}${input.name}${listed(input.type) ? '[0]' : ''}`;
      const place = (value: unknown) => wrap({ ...required(inputs, mutation), [input.name]: listed(input.type) ? [value] : value });
      const named = getNamedType(input.type);
      if (isInputObjectType(named)) {
        if (seen.has(named.name)) return [];
        return leaves(operation, Object.values(named.getFields()), mutation, `${path}.`, place, new Set([...seen, named.name]));
      }
      const kind = hostileKind(input.type);
      return kind ? [{ operation, mutation, path, kind, build: place }] : [];
    });
  }

  /** Every mutation's leaves, then every query's (reads must refuse hostile arguments as cleanly). */
  function probes(): Probe[] {
    return [OperationTypeNode.MUTATION, OperationTypeNode.QUERY].flatMap((operation) =>
      Object.values(schema.getRootType(operation)?.getFields() ?? {})
        .filter((field) => !SKIPPED.has(field.name))
        .flatMap((field) => leaves(operation, field.args, field.name, '', (values) => values, new Set()))
        .flatMap((leaf) => HOSTILE[leaf.kind].map((value) => ({ leaf, value }))),
    );
  }

  it('answers every hostile input with success or a client error, and keeps nothing of a refusal', async () => {
    const findings: string[] = [];
    const all = probes();
    expect(all.length).toBeGreaterThan(100);
    for (const { leaf, value } of all) {
      const field = schema.getRootType(leaf.operation)?.getFields()[leaf.mutation];
      if (!field) throw new Error(`no field ${leaf.mutation}`);
      currentMutation = leaf.mutation;
      await readVersions();
      const variables = leaf.build(value);
      if (leaf.mutation === 'transitionMlaRequest') {
        // The step's own inputs never include the leaf: the hostile value stays.
        variables.input = { ...(variables.input as object), action: 'EXTEND_DEADLINE', ...MLA_STEP_READING[leaf.path] };
      }
      const used = field.args.filter((a) => a.name in variables);
      const definitions = used.length ? `(${used.map((a) => `$${a.name}: ${String(a.type)}`).join(', ')})` : '';
      const call = used.length ? `(${used.map((a) => `${a.name}: $${a.name}`).join(', ')})` : '';
      const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
      const query = `${leaf.operation}${definitions} { ${leaf.mutation}${call}${selection} }`;
      const caller = leaf.mutation in CALLER ? CALLER[leaf.mutation] : DEFAULT_CALLER;
      const before = (await stack.db.query(FOOTPRINT_SQL))[0].n;
      const answer = await stack.gql(query, variables, caller ? tokens.get(caller) : undefined);
      const after = (await stack.db.query(FOOTPRINT_SQL))[0].n;
      const shown = typeof value === 'string' ? JSON.stringify(value.slice(0, 24)) : String(value);
      const where = `${leaf.mutation} ${leaf.path}=${shown}`;
      const codes = (answer.errors ?? []).map((e) => e.extensions?.code ?? 'none');
      if (answer.status >= 500 || codes.some((code) => !CLIENT_CODES.has(code))) {
        findings.push(`${where}: HTTP ${answer.status} ${answer.raw.slice(0, 300)}`);
      } else if (codes.length && after !== before) {
        findings.push(`${where}: refused (${codes.join(', ')}) but wrote ${after - before} rows`);
      }
    }
    expect(findings).toEqual([]);
  }, 180_000);
});
