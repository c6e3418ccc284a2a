import { randomUUID } from 'node:crypto';
import { Test, TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { ConfigModule } from '@app/config';
import { DatabaseModule } from '@app/database';
import { AgencyKind, Role } from '@app/kernel';
import { actorIn } from '@test/support/actors';
import { testConfig } from '@test/support/config';
import { AgencyDirectory, IdentityReadsModule } from './agency-directory';

describe('AgencyDirectory (PostgreSQL)', () => {
  let app: TestingModule;
  let db: DataSource;
  let directory: AgencyDirectory;

  beforeAll(async () => {
    app = await Test.createTestingModule({ imports: [ConfigModule.forRoot(testConfig()), DatabaseModule, IdentityReadsModule] }).compile();
    db = app.get(DataSource);
    directory = app.get(AgencyDirectory);
  });
  afterAll(() => app?.close());

  it('gives the facts of the agencies that exist, leaving out unknown and malformed ids', async () => {
    const { actor } = await actorIn(db, 'QR', AgencyKind.VICTIM_SUPPORT_SERVICE, Role.VICTIM_COORDINATOR);
    const found = await directory.agencies([actor.agencyId, randomUUID(), 'not-an-id']);
    expect([...found.values()]).toEqual([
      { id: actor.agencyId, name: expect.stringMatching(/^Agency /), kind: AgencyKind.VICTIM_SUPPORT_SERVICE, stateCode: 'QR', stateName: 'State QR' },
    ]);
  });

  it('reads an agency once, then answers from what it knows', async () => {
    const { actor } = await actorIn(db, 'QR', AgencyKind.PROSECUTION_SERVICE, Role.PROSECUTOR);
    const queries = jest.spyOn(db, 'query');
    await directory.agency(actor.agencyId);
    await directory.agency(actor.agencyId);
    expect(queries).toHaveBeenCalledTimes(1);
    queries.mockRestore();
  });
});
