import { randomInt } from 'node:crypto';
import { DomainEventJob, DomainEventProcessor } from '@app/events';
import { countQueries } from '../support/query-count';
import { eventually, GraphQLResponse, Stack, startStack, uniqueSuffix } from '../support/stack';

const CASE_FIELDS = `id agencyId nationalReference title status formsOfExploitation childVictims organisedCrimeGroup financialInvestigation version updatedAt`;
const CREATE_CASE = `mutation($input: CreateCaseInput!) { createCase(input: $input) { ${CASE_FIELDS} } }`;
const UPDATE_CASE = `mutation($input: UpdateCaseInput!) { updateCase(input: $input) { ${CASE_FIELDS} } }`;
const CASE = `query($id: ID!) { case(id: $id) { ${CASE_FIELDS} identifiers { id type value role note } } }`;
const CASES = `query($filter: CaseFilterInput, $first: Int, $after: String) {
  cases(filter: $filter, first: $first, after: $after) { edges { node { id nationalReference title status } } pageInfo { hasNextPage endCursor } } }`;
const ADD_IDENTIFIER = `mutation($input: AddIdentifierInput!) { addIdentifier(input: $input) { id type value role note } }`;
const REMOVE_IDENTIFIER = `mutation($id: ID!) { removeIdentifier(id: $id) }`;
const MATCHES = `query($caseId: ID!) { matches(caseId: $caseId) {
  id caseId identifierType foundAt otherAgency { id name stateCode stateName } contact { displayName email } } }`;
const CARD_FIELDS = `id summary contactPoint handlingCode handlingRestriction expiresAt matchId sharedAt acknowledgedAt revokedAt
  ownerAgency { id name stateCode } recipientAgency { id name stateCode }`;
const SHARE = `mutation($input: ShareCaseInput!) { shareCase(input: $input) { ${CARD_FIELDS} } }`;
const SHARED_CASES = `{ sharedCases(first: 50) { edges { node { ${CARD_FIELDS} } } } }`;
const SHARED_CASE = `query($id: ID!) { sharedCase(id: $id) { ${CARD_FIELDS} } }`;
const ACKNOWLEDGE = `mutation($id: ID!) { acknowledgeCaseShare(id: $id) { ${CARD_FIELDS} } }`;
const REVOKE = `mutation($id: ID!) { revokeCaseShare(id: $id) { ${CARD_FIELDS} } }`;
const REQUEST_DISCLOSURE = `mutation($matchId: ID!, $message: String!) { requestDisclosure(matchId: $matchId, message: $message) }`;
const NOTIFICATIONS = `{ notifications(first: 100) { edges { node { id kind message subjectType subjectId } } } }`;
const SHARED_PAGE = `query($first: Int, $after: String) { sharedCases(first: $first, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`;
const NOTIFICATION_PAGE = `query($first: Int, $after: String) { notifications(first: $first, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`;
const ME = `{ me { id agency { id } } }`;

interface CaseNode {
  id: string;
  agencyId: string;
  nationalReference: string;
  title: string;
  version: number;
}
interface MatchNode {
  id: string;
  caseId: string;
  identifierType: string;
  otherAgency: { id: string; name: string; stateCode: string };
  contact: { displayName: string; email: string };
}
interface CardNode {
  id: string;
  handlingCode: string;
  matchId: string | null;
}
interface NotificationNode {
  kind: string;
  message: string;
  subjectType: string | null;
  subjectId: string | null;
}

/** A valid German mobile number nobody else in the run uses, as digits after +49. */
const uniqueMobile = () => `151${String(randomInt(10_000_000, 99_999_999))}`;

describe('cases, reference cards and hit/no-hit matching (e2e)', () => {
  let stack: Stack;
  const tokens: Record<string, string> = {};
  const as = (who: string) => tokens[who];

  beforeAll(async () => {
    stack = await startStack({ worker: true });
    for (const who of [
      'prosecutor.de',
      'liaison_officer.de',
      'prosecutor.md',
      'liaison_officer.md',
      'prosecutor.ro',
      'prosecutor.at',
      'auditor.de',
    ]) {
      tokens[who] = await stack.signIn(`${who}@demo.example`);
    }
  });
  afterAll(() => stack.close());

  async function ok<T>(query: string, variables: Record<string, unknown>, token: string): Promise<T> {
    const result = await stack.gql<T>(query, variables, token);
    if (result.errors || !result.data) throw new Error(result.raw);
    return result.data;
  }

  const codeOf = (result: GraphQLResponse) => result.errors?.[0].extensions?.code;

  const deniedAudits = (action: string, targetId: string): Promise<unknown[]> =>
    stack.db.query(`SELECT id FROM audit_event WHERE action = $1 AND outcome = 'DENIED' AND target_id = $2`, [action, targetId]);

  async function createCase(who: string, overrides: Record<string, unknown> = {}): Promise<CaseNode> {
    const input = {
      nationalReference: `REF-${uniqueSuffix()}`,
      title: `Case ${uniqueSuffix()}`,
      formsOfExploitation: ['LABOUR'],
      ...overrides,
    };
    return (await ok<{ createCase: CaseNode }>(CREATE_CASE, { input }, as(who))).createCase;
  }

  const addIdentifier = (who: string, caseId: string, type: string, value: string) =>
    stack.gql<{ addIdentifier: { id: string; value: string } }>(
      ADD_IDENTIFIER,
      { input: { caseId, type, value, role: 'SUSPECT', note: 'from the e2e test' } },
      as(who),
    );

  const matchesOf = async (who: string, caseId: string) => (await ok<{ matches: MatchNode[] }>(MATCHES, { caseId }, as(who))).matches;

  const notificationsOf = async (who: string) =>
    (await ok<{ notifications: { edges: { node: NotificationNode }[] } }>(NOTIFICATIONS, {}, as(who))).notifications.edges.map(
      (e) => e.node,
    );

  const agencyOf = async (who: string) => (await ok<{ me: { agency: { id: string } } }>(ME, {}, as(who))).me.agency.id;

  /** A DE case and an MD case that share a phone number (written differently); the hit found by the worker. */
  async function hitBetweenDeAndMd() {
    const digits = uniqueMobile();
    const secretEmail = `only.de.${uniqueSuffix()}@example.test`;
    const de = await createCase('prosecutor.de', { title: `DE title ${uniqueSuffix()}` });
    const md = await createCase('liaison_officer.md');
    const dePhone = await addIdentifier('prosecutor.de', de.id, 'PHONE', `+49 ${digits.slice(0, 3)} ${digits.slice(3)}`);
    expect(dePhone.errors).toBeUndefined();
    expect((await addIdentifier('prosecutor.de', de.id, 'EMAIL', secretEmail)).errors).toBeUndefined();
    expect((await addIdentifier('liaison_officer.md', md.id, 'PHONE', `+49${digits}`)).errors).toBeUndefined();
    const [mdMatch] = await eventually(async () => {
      const found = await matchesOf('liaison_officer.md', md.id);
      return found.length ? found : null;
    });
    const [deMatch] = await eventually(async () => {
      const found = await matchesOf('prosecutor.de', de.id);
      return found.length ? found : null;
    });
    return { de, md, digits, secretEmail, mdMatch, deMatch, dePhoneId: dePhone.data!.addIdentifier.id };
  }

  it('lets prosecutors and liaison officers keep cases of their own agency, with normalised identifiers', async () => {
    const created = await createCase('prosecutor.de', {
      status: 'SUSPENDED',
      formsOfExploitation: ['LABOUR', 'DOMESTIC_SERVITUDE'],
      childVictims: true,
    });
    expect(created).toMatchObject({ status: 'SUSPENDED', childVictims: true, organisedCrimeGroup: false, version: 1 });
    const iban = await addIdentifier('prosecutor.de', created.id, 'IBAN', 'de89 3704 0044 0532 0130 00');
    expect(iban.data?.addIdentifier.value).toBe('DE89370400440532013000');
    const email = await addIdentifier('prosecutor.de', created.id, 'EMAIL', ' Boss@Example.TEST ');
    expect(email.data?.addIdentifier.value).toBe('boss@example.test');

    const read = await ok<{ case: { identifiers: { value: string }[]; title: string } }>(CASE, { id: created.id }, as('prosecutor.de'));
    expect(read.case.identifiers.map((i) => i.value).sort()).toEqual(['DE89370400440532013000', 'boss@example.test']);
    const audited = await stack.db.query(
      `SELECT id FROM audit_event WHERE action = 'case.read' AND outcome = 'SUCCESS' AND target_id = $1`,
      [created.id],
    );
    expect(audited).toHaveLength(1);

    const updated = await ok<{ updateCase: CaseNode & { status: string } }>(
      UPDATE_CASE,
      { input: { id: created.id, version: 1, status: 'OPEN', title: 'Renamed' } },
      as('prosecutor.de'),
    );
    expect(updated.updateCase).toMatchObject({ status: 'OPEN', title: 'Renamed', version: 2 });
    const stale = await stack.gql(UPDATE_CASE, { input: { id: created.id, version: 1, title: 'Lost update' } }, as('prosecutor.de'));
    expect(codeOf(stale)).toBe('CONFLICT');
    const duplicate = await stack.gql(
      CREATE_CASE,
      { input: { nationalReference: created.nationalReference, title: 'Again', formsOfExploitation: ['LABOUR'] } },
      as('prosecutor.de'),
    );
    expect(codeOf(duplicate)).toBe('CONFLICT');
  });

  it('lists cases with their identifiers, read in one query for the whole page', async () => {
    const tag = `batch-${uniqueSuffix()}`;
    const [none, one, two] = await Promise.all(['none', 'one', 'two'].map((n) => createCase('prosecutor.de', { title: `${tag} ${n}` })));
    expect((await addIdentifier('prosecutor.de', one.id, 'EMAIL', `one.${tag}@example.test`)).errors).toBeUndefined();
    expect((await addIdentifier('prosecutor.de', two.id, 'EMAIL', `first.${tag}@example.test`)).errors).toBeUndefined();
    expect((await addIdentifier('prosecutor.de', two.id, 'IBAN', 'DE89370400440532013000')).errors).toBeUndefined();

    const LIST_WITH_IDENTIFIERS = `query($filter: CaseFilterInput) { cases(filter: $filter, first: 20) { edges { node { id identifiers { type value } } } } }`;
    const { result, count } = await countQueries(stack.db, /FROM case_identifier\b/, () =>
      ok<{ cases: { edges: { node: { id: string; identifiers: { type: string; value: string }[] } }[] } }>(
        LIST_WITH_IDENTIFIERS,
        { filter: { text: tag } },
        as('prosecutor.de'),
      ),
    );
    const identifiersOf = new Map(result.cases.edges.map((e) => [e.node.id, e.node.identifiers]));
    expect(identifiersOf.size).toBe(3);
    expect(identifiersOf.get(none.id)).toEqual([]);
    expect(identifiersOf.get(one.id)).toEqual([{ type: 'EMAIL', value: `one.${tag}@example.test` }]);
    // Oldest first within each case, as before batching.
    expect(identifiersOf.get(two.id)).toEqual([
      { type: 'EMAIL', value: `first.${tag}@example.test` },
      { type: 'IBAN', value: 'DE89370400440532013000' },
    ]);
    expect(count).toBe(1);
  });

  it('refuses invalid identifiers and inputs with BAD_USER_INPUT naming the field and why', async () => {
    const owned = await createCase('prosecutor.de');
    const cases: [string, string, string][] = [
      ['IBAN', 'MD24AG000225100013104169', 'checksum'],
      ['PHONE', '030 1234567', 'international format'],
      ['EMAIL', 'not-an-address', 'e-mail'],
    ];
    for (const [type, value, why] of cases) {
      const refused = await addIdentifier('prosecutor.de', owned.id, type, value);
      expect(codeOf(refused)).toBe('BAD_USER_INPUT');
      const problems = refused.errors?.[0].extensions?.problems as { field: string; problem: string }[];
      expect(problems[0].field).toBe('value');
      expect(problems[0].problem).toContain(why);
    }
    const noForms = await stack.gql(CREATE_CASE, { input: { nationalReference: 'X', title: 'X', formsOfExploitation: [] } }, as('prosecutor.de'));
    expect(codeOf(noForms)).toBe('BAD_USER_INPUT');
    expect(noForms.errors?.[0].message).toContain('formsOfExploitation');
    const badId = await stack.gql(CASE, { id: 'not-a-uuid' }, as('prosecutor.de'));
    expect(codeOf(badId)).toBe('BAD_USER_INPUT');
  });

  it('hides a case from everyone outside the owning agency, answering NOT_FOUND and auditing the denial', async () => {
    const owned = await createCase('prosecutor.de');
    for (const who of ['prosecutor.at', 'prosecutor.md', 'liaison_officer.de', 'auditor.de']) {
      const read = await stack.gql(CASE, { id: owned.id }, as(who));
      expect(codeOf(read)).toBe('NOT_FOUND');
      const change = await addIdentifier(who, owned.id, 'EMAIL', 'x@example.test');
      expect(codeOf(change)).toBe('NOT_FOUND');
    }
    expect(await deniedAudits('case:read', owned.id)).toHaveLength(4);
    expect(await deniedAudits('case:update', owned.id)).toHaveLength(4);
    const listed = await ok<{ cases: { edges: { node: CaseNode }[] } }>(CASES, { first: 100 }, as('prosecutor.at'));
    expect(listed.cases.edges.map((e) => e.node.id)).not.toContain(owned.id);
    expect(codeOf(await stack.gql(CASES, {}, as('auditor.de')))).toBe('FORBIDDEN');
  });

  it('lists the agency’s cases with filters and cursor pagination', async () => {
    const tag = uniqueSuffix();
    const made = [];
    for (const status of ['OPEN', 'OPEN', 'CLOSED']) made.push(await createCase('prosecutor.de', { title: `Ring ${tag} ${status}`, status }));
    const firstPage = await ok<{ cases: { edges: { node: CaseNode }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } }>(
      CASES,
      { filter: { text: tag }, first: 2 },
      as('prosecutor.de'),
    );
    expect(firstPage.cases.edges.map((e) => e.node.id)).toEqual([made[2].id, made[1].id]);
    expect(firstPage.cases.pageInfo.hasNextPage).toBe(true);
    const secondPage = await ok<{ cases: { edges: { node: CaseNode }[]; pageInfo: { hasNextPage: boolean } } }>(
      CASES,
      { filter: { text: tag }, first: 2, after: firstPage.cases.pageInfo.endCursor },
      as('prosecutor.de'),
    );
    expect(secondPage.cases.edges.map((e) => e.node.id)).toEqual([made[0].id]);
    expect(secondPage.cases.pageInfo.hasNextPage).toBe(false);
    const closed = await ok<{ cases: { edges: { node: CaseNode }[] } }>(
      CASES,
      { filter: { text: tag, status: ['CLOSED'], formOfExploitation: 'LABOUR', updatedSince: new Date(Date.now() - 60_000).toISOString() } },
      as('prosecutor.de'),
    );
    expect(closed.cases.edges.map((e) => e.node.id)).toEqual([made[2].id]);
    const otherAgency = await ok<{ cases: { edges: unknown[] } }>(CASES, { filter: { text: tag } }, as('liaison_officer.de'));
    expect(otherAgency.cases.edges).toHaveLength(0);
    // A page reads only the columns its query selects: through a fragment and an alias, every
    // selected field is there, whole, and the same as the case itself.
    const narrow = await ok<{ cases: { edges: { node: Record<string, unknown> }[] } }>(
      `query($filter: CaseFilterInput) { cases(filter: $filter, first: 1) { edges { node { ...Card ref: nationalReference } } } }
       fragment Card on Case { id status childVictims version createdAt }`,
      { filter: { text: tag, status: ['CLOSED'] } },
      as('prosecutor.de'),
    );
    const whole = await ok<{ case: Record<string, unknown> }>(
      `query($id: ID!) { case(id: $id) { id status childVictims version createdAt ref: nationalReference } }`,
      { id: made[2].id },
      as('prosecutor.de'),
    );
    expect(narrow.cases.edges[0].node).toEqual(whole.case);
    expect(Object.values(whole.case).every((value) => value !== null && value !== undefined)).toBe(true);
  });

  it('finds the demo story’s two hits between the DE and MD cases, and none for RO', async () => {
    const deCases = await ok<{ cases: { edges: { node: CaseNode }[] } }>(CASES, { filter: { text: 'STA-BLN-276' } }, as('prosecutor.de'));
    const deCase = deCases.cases.edges[0].node;
    const hits = await eventually(async () => {
      const found = await matchesOf('prosecutor.de', deCase.id);
      return found.length >= 2 ? found : null;
    });
    expect(hits.map((h) => h.identifierType).sort()).toEqual(['IBAN', 'PHONE']);
    expect(hits.every((h) => h.otherAgency.stateCode === 'MD' && h.contact.email === 'prosecutor.md@demo.example')).toBe(true);
    const roCases = await ok<{ cases: { edges: { node: CaseNode }[] } }>(CASES, { filter: { text: 'DIICOT-IS' } }, as('prosecutor.ro'));
    expect(await matchesOf('prosecutor.ro', roCases.cases.edges[0].node.id)).toEqual([]);
  });

  it('tells both sides of a hit once, names whom to contact, and shows neither side’s data to the other', async () => {
    const { de, md, digits, secretEmail, mdMatch, deMatch } = await hitBetweenDeAndMd();
    expect(mdMatch).toMatchObject({ caseId: md.id, identifierType: 'PHONE', otherAgency: { stateCode: 'DE', name: 'Staatsanwaltschaft Berlin' } });
    expect(mdMatch.contact.email).toBe('prosecutor.de@demo.example');
    expect(deMatch).toMatchObject({ id: mdMatch.id, caseId: de.id, otherAgency: { stateCode: 'MD' } });
    expect(deMatch.contact.email).toBe('liaison_officer.md@demo.example');

    const mdNotes = await eventually(async () => {
      const found = (await notificationsOf('liaison_officer.md')).filter((n) => n.subjectId === mdMatch.id);
      return found.length ? found : null;
    });
    const deNotes = await eventually(async () => {
      const found = (await notificationsOf('prosecutor.de')).filter((n) => n.subjectId === mdMatch.id);
      return found.length ? found : null;
    });
    expect(mdNotes).toHaveLength(1);
    expect(deNotes).toHaveLength(1);
    expect(mdNotes[0]).toMatchObject({ kind: 'CASE_MATCH_FOUND', subjectType: 'case-match' });
    expect(mdNotes[0].message).toContain('Staatsanwaltschaft Berlin (Germany)');
    expect(deNotes[0].message).toContain(de.nationalReference);

    // Nothing the MD side can fetch carries the DE case's title, reference or identifiers, nor the number itself.
    const mdSees = JSON.stringify([await matchesOf('liaison_officer.md', md.id), await notificationsOf('liaison_officer.md')]);
    for (const secret of [de.title, de.nationalReference, secretEmail, digits]) expect(mdSees).not.toContain(secret);
    const deSees = JSON.stringify([await matchesOf('prosecutor.de', de.id), await notificationsOf('prosecutor.de')]);
    for (const secret of [md.title, md.nationalReference, digits]) expect(deSees).not.toContain(secret);
    // Nor does the audit trail or the outbox.
    const trailRows: unknown[] = await stack.db.query(`SELECT details FROM audit_event WHERE target_id = ANY($1)`, [[de.id, md.id, mdMatch.id]]);
    const eventRows: unknown[] = await stack.db.query(`SELECT payload FROM outbox_event WHERE aggregate_id = ANY($1)`, [[de.id, md.id]]);
    expect(trailRows.length).toBeGreaterThan(0);
    expect(eventRows.length).toBeGreaterThan(0);
    const trail = JSON.stringify(trailRows);
    const events = JSON.stringify(eventRows);
    for (const secret of [digits, secretEmail]) {
      expect(trail).not.toContain(secret);
      expect(events).not.toContain(secret);
    }

    // Uninvolved States and agencies learn nothing.
    for (const who of ['prosecutor.ro', 'prosecutor.at', 'liaison_officer.de']) {
      expect(codeOf(await stack.gql(MATCHES, { caseId: md.id }, as(who)))).toBe('NOT_FOUND');
      const note = (await notificationsOf(who)).filter((n) => n.subjectId === mdMatch.id);
      expect(note).toHaveLength(0);
      expect(codeOf(await stack.gql(REQUEST_DISCLOSURE, { matchId: mdMatch.id, message: 'hello' }, as(who)))).toBe('NOT_FOUND');
    }
    expect(await deniedAudits('case-match:request-disclosure', mdMatch.id)).toHaveLength(3);
  });

  it('finds one hit, told once to each side, when both sides enter the same value at the same moment', async () => {
    const digits = uniqueMobile();
    const de = await createCase('liaison_officer.de');
    const md = await createCase('prosecutor.md');
    const added = await Promise.all([
      addIdentifier('prosecutor.md', md.id, 'PHONE', `+49${digits}`),
      addIdentifier('liaison_officer.de', de.id, 'PHONE', `+49 ${digits}`),
    ]);
    expect(added.map((a) => a.errors)).toEqual([undefined, undefined]);
    const [match] = await eventually(async () => {
      const found = await matchesOf('prosecutor.md', md.id);
      return found.length ? found : null;
    });
    await eventually(async () => {
      const [{ n }] = await stack.db.query(`SELECT count(*)::int AS n FROM notification WHERE subject_id = $1`, [match.id]);
      return n >= 2;
    });
    // Let a late second delivery show itself if there were one (other test files may add users to these agencies).
    await new Promise((resolve) => setTimeout(resolve, 300));
    const rows = await stack.db.query(
      `SELECT u.email FROM notification n JOIN app_user u ON u.id = n.recipient_user_id WHERE n.subject_id = $1 AND u.email LIKE '%@demo.example' ORDER BY u.email`,
      [match.id],
    );
    expect(rows.map((r: { email: string }) => r.email)).toEqual(['liaison_officer.de@demo.example', 'prosecutor.md@demo.example']);
    expect(await matchesOf('liaison_officer.de', de.id)).toHaveLength(1);
  });

  it('matches idempotently: replaying the identifier event creates no second match or notification', async () => {
    const { md, mdMatch } = await hitBetweenDeAndMd();
    const [row] = await stack.db.query(
      `SELECT id, type, aggregate_type, aggregate_id, payload, occurred_at FROM outbox_event
        WHERE type = 'cases.identifier-added' AND aggregate_id = $1`,
      [md.id],
    );
    const job = {
      eventId: row.id,
      type: row.type,
      aggregateType: row.aggregate_type,
      aggregateId: row.aggregate_id,
      payload: row.payload,
      occurredAt: new Date(row.occurred_at).toISOString(),
    } as DomainEventJob;
    const counts = () =>
      stack.db.query(
        `SELECT (SELECT count(*) FROM case_match WHERE id = $1)::int AS matches,
                (SELECT count(*) FROM notification WHERE subject_id = $1::text)::int AS notifications`,
        [mdMatch.id],
      );
    await eventually(async () => (await counts())[0].notifications >= 2);
    const before = await counts();
    expect(await stack.worker!.get(DomainEventProcessor).processEvent(job)).toBe(0);
    expect(await counts()).toEqual(before);
    expect(before[0].matches).toBe(1);
  });

  it('withdraws a hit when the identifier behind it is removed', async () => {
    const { de, md, dePhoneId } = await hitBetweenDeAndMd();
    expect(await ok(REMOVE_IDENTIFIER, { id: dePhoneId }, as('prosecutor.de'))).toEqual({ removeIdentifier: true });
    expect(await matchesOf('prosecutor.de', de.id)).toEqual([]);
    expect(await matchesOf('liaison_officer.md', md.id)).toEqual([]);
    expect(codeOf(await stack.gql(REMOVE_IDENTIFIER, { id: dePhoneId }, as('prosecutor.de')))).toBe('NOT_FOUND');
  });

  it('shares a reference card that the recipient reads and acknowledges, and the owner revokes', async () => {
    const { de, mdMatch } = await hitBetweenDeAndMd();
    const mdAgency = await agencyOf('liaison_officer.md');
    const deBka = await agencyOf('liaison_officer.de');
    const card = { caseId: de.id, recipientAgencyId: mdAgency, summary: 'Recruiter active in Chișinău', contactPoint: 'StA Berlin, desk 4' };

    const h3Bare = await stack.gql(SHARE, { input: { ...card, handlingCode: 'H3' } }, as('prosecutor.de'));
    expect(codeOf(h3Bare)).toBe('BAD_USER_INPUT');
    expect(h3Bare.errors?.[0].extensions?.problems).toEqual([{ field: 'handlingRestriction', problem: 'is required with handling code H3' }]);
    const sameState = await stack.gql(SHARE, { input: { ...card, recipientAgencyId: deBka, handlingCode: 'H0' } }, as('prosecutor.de'));
    expect(codeOf(sameState)).toBe('BAD_USER_INPUT');
    expect(codeOf(await stack.gql(SHARE, { input: { ...card, handlingCode: 'H0' } }, as('liaison_officer.md')))).toBe('NOT_FOUND');

    // The MD side asks for disclosure; the DE side answers with a card linked to the hit.
    expect(await ok(REQUEST_DISCLOSURE, { matchId: mdMatch.id, message: 'Same recruiter?' }, as('liaison_officer.md'))).toEqual({
      requestDisclosure: true,
    });
    await eventually(async () =>
      (await notificationsOf('prosecutor.de')).find((n) => n.kind === 'CASE_DISCLOSURE_REQUESTED' && n.subjectId === mdMatch.id),
    );
    const shared = (
      await ok<{ shareCase: CardNode }>(
        SHARE,
        { input: { ...card, handlingCode: 'H3', handlingRestriction: 'Not to be passed to third States', matchId: mdMatch.id } },
        as('prosecutor.de'),
      )
    ).shareCase;
    expect(shared).toMatchObject({ handlingCode: 'H3', matchId: mdMatch.id });

    const listed = await ok<{ sharedCases: { edges: { node: CardNode }[] } }>(SHARED_CASES, {}, as('liaison_officer.md'));
    const mine = listed.sharedCases.edges.find((e) => e.node.id === shared.id);
    expect(mine?.node.handlingCode).toBe('H3');
    const read = await stack.gql<{ sharedCase: CardNode }>(SHARED_CASE, { id: shared.id }, as('liaison_officer.md'));
    expect(read.data?.sharedCase.handlingCode).toBe('H3');
    // Only the card: never the case's title, reference or identifiers.
    for (const secret of [de.title, de.nationalReference, 'identifiers']) expect(read.raw + JSON.stringify(listed)).not.toContain(secret);
    const acknowledged = await ok<{ acknowledgeCaseShare: { acknowledgedAt: string } }>(ACKNOWLEDGE, { id: shared.id }, as('liaison_officer.md'));
    expect(acknowledged.acknowledgeCaseShare.acknowledgedAt).toBeTruthy();
    expect(codeOf(await stack.gql(ACKNOWLEDGE, { id: shared.id }, as('prosecutor.de')))).toBe('NOT_FOUND');

    for (const who of ['prosecutor.ro', 'prosecutor.at', 'prosecutor.md']) {
      expect(codeOf(await stack.gql(SHARED_CASE, { id: shared.id }, as(who)))).toBe('NOT_FOUND');
    }
    expect(await deniedAudits('case-share:read', shared.id)).toHaveLength(3);

    await eventually(async () => (await notificationsOf('liaison_officer.md')).find((n) => n.kind === 'CASE_CARD_SHARED' && n.subjectId === shared.id));
    const ownerKinds = await eventually(async () => {
      const kinds = (await notificationsOf('prosecutor.de')).filter((n) => n.subjectId === shared.id).map((n) => n.kind);
      return kinds.length >= 2 ? kinds.sort() : null;
    });
    expect(ownerKinds).toEqual(['CASE_CARD_ACKNOWLEDGED', 'CASE_CARD_READ']);

    const revoked = await ok<{ revokeCaseShare: { revokedAt: string } }>(REVOKE, { id: shared.id }, as('prosecutor.de'));
    expect(revoked.revokeCaseShare.revokedAt).toBeTruthy();
    expect(codeOf(await stack.gql(SHARED_CASE, { id: shared.id }, as('liaison_officer.md')))).toBe('NOT_FOUND');
    const after = await ok<{ sharedCases: { edges: { node: CardNode }[] } }>(SHARED_CASES, {}, as('liaison_officer.md'));
    expect(after.sharedCases.edges.map((e) => e.node.id)).not.toContain(shared.id);
    await eventually(async () => (await notificationsOf('liaison_officer.md')).find((n) => n.kind === 'CASE_CARD_REVOKED' && n.subjectId === shared.id));
    const audited = await stack.db.query(
      `SELECT action FROM audit_event WHERE target_id = $1 AND outcome = 'SUCCESS' ORDER BY id`,
      [shared.id],
    );
    expect(audited.map((a: { action: string }) => a.action)).toEqual(['case.share', 'case-share.read', 'case-share.acknowledge', 'case-share.revoke']);
  });

  it('lets an expired card disappear for the recipient at once', async () => {
    const owned = await createCase('prosecutor.de');
    const mdAgency = await agencyOf('liaison_officer.md');
    const expiresAt = new Date(Date.now() + 1500).toISOString();
    const shared = (
      await ok<{ shareCase: CardNode }>(
        SHARE,
        { input: { caseId: owned.id, recipientAgencyId: mdAgency, summary: 'Short-lived', contactPoint: 'desk', handlingCode: 'H1', expiresAt } },
        as('prosecutor.de'),
      )
    ).shareCase;
    expect((await stack.gql(SHARED_CASE, { id: shared.id }, as('liaison_officer.md'))).errors).toBeUndefined();
    const before = await ok<{ sharedCases: { edges: { node: CardNode }[] } }>(SHARED_CASES, {}, as('liaison_officer.md'));
    expect(before.sharedCases.edges.map((e) => e.node.id)).toContain(shared.id);
    await new Promise((resolve) => setTimeout(resolve, 1600));
    expect(codeOf(await stack.gql(SHARED_CASE, { id: shared.id }, as('liaison_officer.md')))).toBe('NOT_FOUND');
    const listed = await ok<{ sharedCases: { edges: { node: CardNode }[] } }>(SHARED_CASES, {}, as('liaison_officer.md'));
    expect(listed.sharedCases.edges.map((e) => e.node.id)).not.toContain(shared.id);
    // The owner still sees its own expired card.
    expect((await stack.gql(SHARED_CASE, { id: shared.id }, as('prosecutor.de'))).errors).toBeUndefined();
  });

  type Page = { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };

  /** Walks a list two at a time; every id of `whole` (one big page read before) comes once, in the same order. */
  async function walk(query: string, field: 'sharedCases' | 'notifications', who: string, whole: string[]): Promise<string[]> {
    const walked: string[] = [];
    let after: string | null = null;
    do {
      const page: Page = (await ok<Record<string, Page>>(query, { first: 2, after }, as(who)))[field];
      expect(page.edges.length).toBeGreaterThan(0);
      walked.push(...page.edges.map((e) => e.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after && walked.length <= whole.length + 50);
    expect(new Set(walked).size).toBe(walked.length);
    // Rows added meanwhile by other test files can only come first (newest first), never between pages.
    const known = new Set(whole);
    expect(walked.filter((id) => known.has(id))).toEqual(whole);
    return walked;
  }

  it('pages through received cards and notifications with the cursor, without gaps or repeats', async () => {
    const mdAgency = await agencyOf('liaison_officer.md');
    const made: string[] = [];
    for (let i = 0; i < 3; i++) {
      const owned = await createCase('prosecutor.de');
      const card = { caseId: owned.id, recipientAgencyId: mdAgency, summary: `Paging ${i}`, contactPoint: 'desk', handlingCode: 'H0' };
      made.push((await ok<{ shareCase: CardNode }>(SHARE, { input: card }, as('prosecutor.de'))).shareCase.id);
    }
    const cards = (await ok<Record<string, Page>>(SHARED_PAGE, { first: 100 }, as('liaison_officer.md'))).sharedCases;
    const cardIds = cards.edges.map((e) => e.node.id);
    expect(cardIds.slice(0, 3)).toEqual([...made].reverse());
    expect(await walk(SHARED_PAGE, 'sharedCases', 'liaison_officer.md', cardIds)).toEqual(expect.arrayContaining(made));

    // Notifications (prosecutor.de has several from the tests above) page the same way.
    const notes = (await ok<Record<string, Page>>(NOTIFICATION_PAGE, { first: 100 }, as('prosecutor.de'))).notifications;
    const noteIds = notes.edges.map((e) => e.node.id);
    expect(noteIds.length).toBeGreaterThan(2);
    await walk(NOTIFICATION_PAGE, 'notifications', 'prosecutor.de', noteIds);

    for (const query of [SHARED_PAGE, NOTIFICATION_PAGE]) {
      expect(codeOf(await stack.gql(query, { first: 2, after: 'not-a-cursor' }, as('liaison_officer.md')))).toBe('BAD_USER_INPUT');
    }
  });
});
