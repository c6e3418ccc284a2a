import { randomInt, randomUUID } from 'node:crypto';
import { Test, TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { AccessModule } from '@app/access';
import { AuditModule } from '@app/audit';
import { ConfigModule } from '@app/config';
import { DatabaseModule } from '@app/database';
import { EventsModule } from '@app/events';
import { AgencyKind, AuthenticatedContext, BadUserInputError, ConflictError, FormOfExploitation, NotFoundError, Role } from '@app/kernel';
import { ClockModule } from '@app/platform';
import { actorIn } from '@test/support/actors';
import { testConfig } from '@test/support/config';
import { CasesService } from './cases.service';
import { IdentifierRole, IdentifierType } from './domain/case.enums';
import { CaseModel } from './dto/case.types';

/**
 * CasesService's commands on the real PostgreSQL (between the pure rules and the e2e tests):
 * an edit writes the case, its audit row and its event together; a refusal writes one DENIED
 * row and nothing else; invalid input writes nothing. Its States and agencies are its own.
 */
describe('CasesService commands (PostgreSQL)', () => {
  let app: TestingModule;
  let db: DataSource;
  let cases: CasesService;
  let owner: AuthenticatedContext;
  let stranger: AuthenticatedContext;

  beforeAll(async () => {
    app = await Test.createTestingModule({
      imports: [ConfigModule.forRoot(testConfig()), DatabaseModule, ClockModule, AccessModule, AuditModule, EventsModule],
      providers: [CasesService],
    }).compile();
    await app.init();
    db = app.get(DataSource);
    cases = app.get(CasesService);
    owner = await actorIn(db, 'QT', AgencyKind.PROSECUTION_SERVICE, Role.PROSECUTOR);
    stranger = await actorIn(db, 'QU', AgencyKind.POLICE, Role.LIAISON_OFFICER);
  });
  afterAll(() => app?.close());

  const created = (): Promise<CaseModel> =>
    cases.create(owner, { nationalReference: `REF-${randomUUID()}`, title: 'Recruiters', formsOfExploitation: [FormOfExploitation.LABOUR] });

  /** Rows written about a case (audit rows by outcome), and its title, identifiers and version. */
  async function written(caseId: string): Promise<Record<string, unknown>> {
    const [row] = await db.query(
      `SELECT (SELECT count(*) FROM outbox_event WHERE aggregate_id = $1::text)::int AS outbox,
              (SELECT count(*) FROM audit_event WHERE target_id = $1::text AND outcome = 'SUCCESS')::int AS succeeded,
              (SELECT count(*) FROM audit_event WHERE target_id = $1::text AND outcome = 'DENIED')::int AS denied,
              (SELECT count(*) FROM case_identifier WHERE case_id = $1::uuid)::int AS identifiers,
              (SELECT title FROM case_file WHERE id = $1::uuid), (SELECT version FROM case_file WHERE id = $1::uuid)`,
      [caseId],
    );
    return row;
  }

  it('writes an edit with its audit row and event, and moves the version on by one', async () => {
    const file = await created();
    const before = await written(file.id);
    await cases.update(owner, { id: file.id, version: file.version, title: 'Recruiters in Chisinau' });
    expect(await written(file.id)).toEqual({
      ...before,
      outbox: Number(before.outbox) + 1,
      succeeded: Number(before.succeeded) + 1,
      title: 'Recruiters in Chisinau',
      version: file.version + 1,
    });
  });

  it('refuses an edit on a stale version, and any edit by another agency, with a DENIED row and nothing else', async () => {
    const file = await created();
    await cases.update(owner, { id: file.id, version: file.version, title: 'Edited once' });
    const before = await written(file.id);
    await expect(cases.update(owner, { id: file.id, version: file.version, title: 'Stale' })).rejects.toMatchObject({
      code: 'CONFLICT',
      reason: 'VERSION',
    });
    expect(await written(file.id)).toEqual({ ...before, denied: Number(before.denied) + 1 });
    await expect(cases.update(stranger, { id: file.id, version: file.version + 1, title: 'Not mine' })).rejects.toBeInstanceOf(NotFoundError);
    expect(await written(file.id)).toEqual({ ...before, denied: Number(before.denied) + 2 });
  });

  it('refuses an identifier already on the case as a duplicate (audited), and an invalid one without an audit row', async () => {
    const file = await created();
    const phone = { caseId: file.id, type: IdentifierType.PHONE, value: `+49151${randomInt(10_000_000, 99_999_999)}`, role: IdentifierRole.SUSPECT };
    await cases.addIdentifier(owner, phone);
    const before = await written(file.id);
    const again = cases.addIdentifier(owner, phone);
    await expect(again).rejects.toBeInstanceOf(ConflictError);
    await expect(again).rejects.toMatchObject({ reason: 'DUPLICATE' });
    expect(await written(file.id)).toEqual({ ...before, denied: Number(before.denied) + 1 });
    const invalid = cases.addIdentifier(owner, { ...phone, type: IdentifierType.IBAN, value: 'DE00 0000' });
    await expect(invalid).rejects.toBeInstanceOf(BadUserInputError);
    expect(await written(file.id)).toEqual({ ...before, denied: Number(before.denied) + 1 });
  });
});
