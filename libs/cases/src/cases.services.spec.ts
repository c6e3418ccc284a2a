import { randomInt, randomUUID } from 'node:crypto';
import { Test, TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig, ConfigModule } from '@app/config';
import { DatabaseModule } from '@app/database';
import { AgencyKind, AuthenticatedContext, BadUserInputError, FormOfExploitation, NotFoundError, Role } from '@app/kernel';
import { ClockModule } from '@app/platform';
import { actorIn } from '@test/support/actors';
import { testConfig } from '@test/support/config';
import { blindIndex } from './domain/blind-index';
import { HandlingCode, IdentifierRole, IdentifierType } from './domain/case.enums';
import { matchPair } from './domain/matching';
import { CaseMatchesCommands } from './case-matches.commands';
import { CaseMatchesQueries } from './case-matches.queries';
import { CaseSharesCommands } from './case-shares.commands';
import { CaseSharesQueries } from './case-shares.queries';
import { CasesCommands } from './cases.commands';
import { CasesModule } from './cases.module';
import { CasesQueries } from './cases.queries';
import { CaseView } from './case.views';

/**
 * The cases context's services on the real PostgreSQL (between the pure rules and the e2e
 * tests). Each command writes its row, its audit row and its event together; a refusal writes
 * one DENIED row and nothing else; invalid input writes nothing. Each list answers exactly what
 * the rule its SQL mirrors allows (listedCasesSql, receivedCardsSql). Its States and agencies
 * are its own.
 */
describe('cases services (PostgreSQL)', () => {
  let app: TestingModule;
  let db: DataSource;
  let config: AppConfig;
  let cases: CasesCommands;
  let shares: CaseSharesCommands;
  let matches: CaseMatchesCommands;
  let caseLists: CasesQueries;
  let cards: CaseSharesQueries;
  let hits: CaseMatchesQueries;
  /** A prosecutor in QT, a liaison officer of another agency in QT, and one in QU: another State, to share with and to meet in a hit. */
  let owner: AuthenticatedContext;
  let neighbour: AuthenticatedContext;
  let abroad: AuthenticatedContext;

  beforeAll(async () => {
    app = await Test.createTestingModule({ imports: [ConfigModule.forRoot(testConfig()), DatabaseModule, ClockModule, CasesModule] }).compile();
    await app.init();
    db = app.get(DataSource);
    config = app.get(APP_CONFIG);
    cases = app.get(CasesCommands);
    shares = app.get(CaseSharesCommands);
    matches = app.get(CaseMatchesCommands);
    caseLists = app.get(CasesQueries);
    cards = app.get(CaseSharesQueries);
    hits = app.get(CaseMatchesQueries);
    owner = await actorIn(db, 'QT', AgencyKind.PROSECUTION_SERVICE, Role.PROSECUTOR);
    neighbour = await actorIn(db, 'QT', AgencyKind.POLICE, Role.LIAISON_OFFICER);
    abroad = await actorIn(db, 'QU', AgencyKind.POLICE, Role.LIAISON_OFFICER);
  });
  afterAll(() => app?.close());

  const created = (by: AuthenticatedContext = owner, title = 'Recruiters'): Promise<CaseView> =>
    cases.create(by, { nationalReference: `REF-${randomUUID()}`, title, formsOfExploitation: [FormOfExploitation.LABOUR] });
  const phone = () => `+49151${randomInt(10_000_000, 99_999_999)}`;

  /** Rows written about a target (audit rows by outcome, outbox events), and a case's title, identifiers and version. */
  async function written(targetId: string): Promise<Record<string, unknown>> {
    const [row] = await db.query(
      `SELECT (SELECT count(*) FROM outbox_event WHERE aggregate_id = $1::text)::int AS outbox,
              (SELECT count(*) FROM audit_event WHERE target_id = $1::text AND outcome = 'SUCCESS')::int AS succeeded,
              (SELECT count(*) FROM audit_event WHERE target_id = $1::text AND outcome = 'DENIED')::int AS denied,
              (SELECT count(*) FROM case_identifier WHERE case_id::text = $1)::int AS identifiers,
              (SELECT title FROM case_file WHERE id::text = $1), (SELECT version FROM case_file WHERE id::text = $1)`,
      [targetId],
    );
    return row;
  }
  const plus = (before: Record<string, unknown>, more: Record<string, number>) =>
    ({ ...before, ...Object.fromEntries(Object.entries(more).map(([key, n]) => [key, Number(before[key]) + n])) });

  describe('cases', () => {
    it('creates a case with its audit row and event, owned by the creator’s agency', async () => {
      const file = await created();
      expect(file).toMatchObject({ agencyId: owner.actor.agencyId, status: 'OPEN', version: 1, formsOfExploitation: ['LABOUR'] });
      expect(await written(file.id)).toEqual({ outbox: 1, succeeded: 1, denied: 0, identifiers: 0, title: 'Recruiters', version: 1 });
    });

    it('refuses a second case with the same national reference as a duplicate, audited, nothing else written', async () => {
      const file = await created();
      const [{ count: before }] = await db.query(`SELECT count(*)::int FROM case_file WHERE agency_id = $1`, [owner.actor.agencyId]);
      const again = cases.create(owner, { nationalReference: file.nationalReference, title: 'Again', formsOfExploitation: [FormOfExploitation.LABOUR] });
      await expect(again).rejects.toMatchObject({ code: 'CONFLICT', reason: 'DUPLICATE' });
      expect(await db.query(`SELECT count(*)::int FROM case_file WHERE agency_id = $1`, [owner.actor.agencyId])).toEqual([{ count: before }]);
      const [denied] = await db.query(
        `SELECT action, target_type AS "targetType" FROM audit_event WHERE actor_user_id = $1 AND outcome = 'DENIED' ORDER BY id DESC LIMIT 1`,
        [owner.actor.userId],
      );
      expect(denied).toEqual({ action: 'case:create', targetType: 'case' });
    });

    it('writes an edit (a field left out or null kept) with its audit row and event, and moves the version on by one', async () => {
      const file = await created();
      const before = await written(file.id);
      const edited = await cases.update(owner, { id: file.id, version: file.version, title: ' Recruiters in Chisinau ', childVictims: true, status: null });
      expect(edited).toMatchObject({ title: 'Recruiters in Chisinau', childVictims: true, status: 'OPEN', nationalReference: file.nationalReference, version: 2 });
      expect(await written(file.id)).toEqual({ ...plus(before, { outbox: 1, succeeded: 1, version: 1 }), title: 'Recruiters in Chisinau' });
    });

    it('refuses an edit on a stale version, and any edit by another agency, with a DENIED row and nothing else', async () => {
      const file = await created();
      await cases.update(owner, { id: file.id, version: file.version, title: 'Edited once' });
      const before = await written(file.id);
      await expect(cases.update(owner, { id: file.id, version: file.version, title: 'Stale' })).rejects.toMatchObject({ code: 'CONFLICT', reason: 'VERSION' });
      expect(await written(file.id)).toEqual(plus(before, { denied: 1 }));
      await expect(cases.update(abroad, { id: file.id, version: file.version + 1, title: 'Not mine' })).rejects.toBeInstanceOf(NotFoundError);
      expect(await written(file.id)).toEqual(plus(before, { denied: 2 }));
    });
  });

  describe('identifiers', () => {
    it('adds an identifier, normalised, as a change of its case that leaves its version alone', async () => {
      const file = await created();
      const before = await written(file.id);
      const added = await cases.addIdentifier(owner, { caseId: file.id, type: IdentifierType.EMAIL, value: ' Boss@Example.TEST ', role: IdentifierRole.SUSPECT });
      expect(added).toMatchObject({ type: 'EMAIL', value: 'boss@example.test', role: 'SUSPECT', note: null });
      expect(await written(file.id)).toEqual(plus(before, { outbox: 1, succeeded: 1, identifiers: 1 }));
      const [stored] = await db.query(`SELECT value, created_at AS "addedAt" FROM case_identifier WHERE id = $1`, [added.id]);
      expect(stored).toEqual({ value: 'boss@example.test', addedAt: added.addedAt });
    });

    it('refuses an identifier already on the case as a duplicate (audited), and an invalid one without an audit row', async () => {
      const file = await created();
      const identifier = { caseId: file.id, type: IdentifierType.PHONE, value: phone(), role: IdentifierRole.SUSPECT };
      await cases.addIdentifier(owner, identifier);
      const before = await written(file.id);
      await expect(cases.addIdentifier(owner, identifier)).rejects.toMatchObject({ code: 'CONFLICT', reason: 'DUPLICATE' });
      expect(await written(file.id)).toEqual(plus(before, { denied: 1 }));
      await expect(cases.addIdentifier(owner, { ...identifier, type: IdentifierType.IBAN, value: 'DE00 0000' })).rejects.toBeInstanceOf(BadUserInputError);
      expect(await written(file.id)).toEqual(plus(before, { denied: 1 }));
    });

    it('refuses an invalid identifier on a case the caller may not see as not found, audited', async () => {
      const file = await created();
      const before = await written(file.id);
      const invalid = cases.addIdentifier(abroad, { caseId: file.id, type: IdentifierType.IBAN, value: 'DE00 0000', role: IdentifierRole.SUSPECT });
      await expect(invalid).rejects.toBeInstanceOf(NotFoundError);
      expect(await written(file.id)).toEqual(plus(before, { denied: 1 }));
    });

    it('removes an identifier and withdraws the hit only it supported, audited on its case', async () => {
      const value = phone();
      const ours = await created();
      const theirs = await created(abroad);
      const removed = await cases.addIdentifier(owner, { caseId: ours.id, type: IdentifierType.PHONE, value, role: IdentifierRole.SUSPECT });
      await cases.addIdentifier(abroad, { caseId: theirs.id, type: IdentifierType.PHONE, value, role: IdentifierRole.VICTIM });
      // What the matching consumer would have written: both indexes and the hit between the cases.
      await db.query(`UPDATE case_identifier SET blind_index = $2 WHERE case_id = ANY($1::uuid[])`, [
        [ours.id, theirs.id],
        blindIndex(config.BLIND_INDEX_KEY, IdentifierType.PHONE, value),
      ]);
      const { caseA, caseB } = matchPair(ours.id, theirs.id);
      const [hit] = await db.query(`INSERT INTO case_match (case_a_id, case_b_id, identifier_type) VALUES ($1, $2, 'PHONE') RETURNING id`, [caseA, caseB]);
      const before = await written(ours.id);

      await expect(cases.removeIdentifier(owner, removed.id)).resolves.toBe(true);
      expect(await written(ours.id)).toEqual(plus(before, { outbox: 1, succeeded: 1, identifiers: -1 }));
      const [withdrawn] = await db.query(`SELECT withdrawn_at IS NOT NULL AS withdrawn FROM case_match WHERE id = $1`, [hit.id]);
      expect(withdrawn).toEqual({ withdrawn: true });
    });

    it('refuses to remove an identifier of another agency’s case as not found, audited on the identifier', async () => {
      const file = await created();
      const identifier = await cases.addIdentifier(owner, { caseId: file.id, type: IdentifierType.PHONE, value: phone(), role: IdentifierRole.SUSPECT });
      const before = await written(file.id);
      await expect(cases.removeIdentifier(abroad, identifier.id)).rejects.toBeInstanceOf(NotFoundError);
      expect(await written(file.id)).toEqual(before);
      expect(await written(identifier.id)).toMatchObject({ succeeded: 0, denied: 1 });
    });
  });

  describe('reference cards', () => {
    const card = (caseId: string, handlingCode = HandlingCode.H1) => ({
      caseId,
      recipientAgencyId: abroad.actor.agencyId,
      summary: ' Recruiters in Chisinau ',
      contactPoint: 'StA QT',
      handlingCode,
    });

    it('shares a card, which its recipient reads (the first time told to the owner), acknowledges and its owner revokes', async () => {
      const file = await created();
      const shared = await shares.share(owner, card(file.id));
      expect(shared).toMatchObject({
        summary: 'Recruiters in Chisinau',
        ownerAgency: { id: owner.actor.agencyId, stateCode: 'QT', stateName: 'State QT' },
        recipientAgency: { id: abroad.actor.agencyId, stateCode: 'QU' },
        acknowledgedAt: null,
        revokedAt: null,
      });
      expect(await written(shared.id)).toMatchObject({ outbox: 1, succeeded: 1, denied: 0 });
      await shares.read(abroad, shared.id);
      await shares.read(abroad, shared.id);
      await shares.read(owner, shared.id);
      expect(await written(shared.id)).toMatchObject({ outbox: 2, succeeded: 4 });
      expect((await shares.acknowledge(abroad, shared.id)).acknowledgedAt).toBeInstanceOf(Date);
      await shares.acknowledge(abroad, shared.id);
      expect(await written(shared.id)).toMatchObject({ outbox: 3, succeeded: 6 });
      expect((await shares.revoke(owner, shared.id)).revokedAt).toBeInstanceOf(Date);
      expect(await written(shared.id)).toMatchObject({ outbox: 4, succeeded: 7, denied: 0 });
      const [readTrail] = await db.query(`SELECT target_state AS "targetState" FROM audit_event WHERE target_id = $1 AND action = 'case-share.read' LIMIT 1`, [
        shared.id,
      ]);
      expect(readTrail).toEqual({ targetState: 'QT' });
    });

    it('tells the owner of two first readings at the same instant once: the second finds the card read and is told to reload', async () => {
      const file = await created();
      const shared = await shares.share(owner, card(file.id));
      const readings = await Promise.allSettled([shares.read(abroad, shared.id), shares.read(abroad, shared.id)]);
      const refused = readings.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
      // Both may also pass in turn (the second then reads a card already read): never two events.
      expect(refused.every((e) => (e as { code?: string }).code === 'CONFLICT')).toBe(true);
      expect(await written(shared.id)).toMatchObject({ outbox: 2 });
    });

    it('refuses a card with problems without an audit row, and one of a case the caller may not see as not found', async () => {
      const file = await created();
      const before = await written(file.id);
      await expect(shares.share(owner, card(file.id, HandlingCode.H3))).rejects.toMatchObject({
        code: 'BAD_USER_INPUT',
        problems: [{ field: 'handlingRestriction', problem: expect.any(String) }],
      });
      await expect(shares.share(owner, { ...card(file.id), recipientAgencyId: owner.actor.agencyId })).rejects.toBeInstanceOf(BadUserInputError);
      expect(await written(file.id)).toEqual(before);
      await expect(shares.share(abroad, card(file.id))).rejects.toBeInstanceOf(NotFoundError);
      expect(await written(file.id)).toEqual(plus(before, { denied: 1 }));
    });

    it('hides a revoked card from its recipient: acknowledging it is refused as not found, audited, nothing else written', async () => {
      const file = await created();
      const shared = await shares.share(owner, card(file.id));
      await shares.revoke(owner, shared.id);
      const before = await written(shared.id);
      await expect(shares.acknowledge(abroad, shared.id)).rejects.toBeInstanceOf(NotFoundError);
      await expect(shares.revoke(abroad, shared.id)).rejects.toBeInstanceOf(NotFoundError);
      expect(await written(shared.id)).toEqual(plus(before, { denied: 2 }));
      const [row] = await db.query(`SELECT acknowledged_at AS "acknowledgedAt" FROM case_share WHERE id = $1`, [shared.id]);
      expect(row).toEqual({ acknowledgedAt: null });
    });
  });

  describe('hits', () => {
    it('asks the other party to a hit for a card (an event to tell it), and refuses anyone else as not found, audited', async () => {
      const ours = await created();
      const theirs = await created(abroad);
      const { caseA, caseB } = matchPair(ours.id, theirs.id);
      const [hit] = await db.query(`INSERT INTO case_match (case_a_id, case_b_id, identifier_type) VALUES ($1, $2, 'PHONE') RETURNING id`, [caseA, caseB]);
      await expect(matches.requestDisclosure(abroad, hit.id, ' please share ')).resolves.toBe(true);
      const [event] = await db.query(`SELECT payload FROM outbox_event WHERE aggregate_id = $1`, [hit.id]);
      expect(event.payload).toEqual({ matchId: hit.id, requesterAgencyId: abroad.actor.agencyId, ownerAgencyId: owner.actor.agencyId, message: 'please share' });
      const stranger = await actorIn(db, 'QU', AgencyKind.POLICE, Role.LIAISON_OFFICER);
      await expect(matches.requestDisclosure(stranger, hit.id, 'me too')).rejects.toBeInstanceOf(NotFoundError);
      expect(await written(hit.id)).toMatchObject({ outbox: 1, succeeded: 1, denied: 1 });
    });
  });

  describe('lists', () => {
    const ids = (items: readonly { id: string }[]) => items.map((item) => item.id).sort();

    it('lists the cases of the caller’s agency only, newest change first, a page at a time', async () => {
      const tag = randomUUID();
      const older = await created(owner, `Older ${tag}`);
      const newer = await created(owner, `Newer ${tag}`);
      await created(neighbour, `Theirs ${tag}`);
      const first = await caseLists.list(owner, { first: 1, filter: { text: tag } });
      expect(first.entries.map((e) => e.item.id)).toEqual([newer.id]);
      expect(first.hasNextPage).toBe(true);
      const second = await caseLists.list(owner, { first: 1, after: first.entries[0].cursor, filter: { text: tag } });
      expect(second.entries.map((e) => e.item.id)).toEqual([older.id]);
      expect(second.hasNextPage).toBe(false);
      expect((await caseLists.list(neighbour, { filter: { text: tag } })).entries).toHaveLength(1);
    });

    it('lists the cards shared with the caller’s agency while active, with both agencies named', async () => {
      const file = await created();
      const card = (handlingCode: HandlingCode, expiresAt?: Date) =>
        shares.share(owner, { caseId: file.id, recipientAgencyId: abroad.actor.agencyId, summary: 'S', contactPoint: 'C', handlingCode, expiresAt });
      const active = await card(HandlingCode.H0);
      const revoked = await card(HandlingCode.H1);
      await shares.revoke(owner, revoked.id);
      const expired = await card(HandlingCode.H2, new Date(Date.now() + 60_000));
      await db.query(`UPDATE case_share SET expires_at = now() - interval '1 second' WHERE id = $1`, [expired.id]);

      const received = (await cards.received(abroad, { first: 100 })).entries.map((e) => e.item);
      expect(ids(received.filter((c) => [active.id, revoked.id, expired.id].includes(c.id)))).toEqual([active.id]);
      expect(received.find((c) => c.id === active.id)).toMatchObject({
        ownerAgency: { id: owner.actor.agencyId, stateCode: 'QT', stateName: 'State QT' },
        recipientAgency: { id: abroad.actor.agencyId, stateCode: 'QU', stateName: 'State QU' },
      });
      expect(ids(await cards.ofCase(owner, file.id))).toEqual(ids([active, revoked, expired]));
      expect((await cards.received(neighbour, { first: 100 })).entries.map((e) => e.item.id)).not.toContain(active.id);
    });

    it('answers the hits of the caller’s cases with the other side’s agency and officer in charge, nothing of its case', async () => {
      const ours = await created();
      const theirs = await created(abroad, 'Their secret title');
      const { caseA, caseB } = matchPair(ours.id, theirs.id);
      const [hit] = await db.query(`INSERT INTO case_match (case_a_id, case_b_id, identifier_type) VALUES ($1, $2, 'PHONE') RETURNING id`, [caseA, caseB]);
      const expected = {
        id: hit.id,
        caseId: ours.id,
        caseReference: ours.nationalReference,
        identifierType: 'PHONE',
        foundAt: expect.any(Date),
        otherAgency: { id: abroad.actor.agencyId, name: expect.any(String), stateCode: 'QU', stateName: 'State QU' },
        contact: { displayName: 'Test user', email: expect.stringMatching(/@example\.test$/) },
      };
      expect(await hits.ofCase(owner, ours.id)).toEqual([expected]);
      expect((await hits.recent(owner, 100)).find((h) => h.id === hit.id)).toEqual(expected);
      expect((await hits.recent(neighbour, 100)).map((h) => h.id)).not.toContain(hit.id);
    });
  });
});
