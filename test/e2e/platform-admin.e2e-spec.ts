import { createPrivateDatabase } from '../support/private-database';
import { Stack, startStack, uniqueSuffix } from '../support/stack';

const CREATE_STATE = `mutation($input: CreateStateInput!) { createState(input: $input) { code name } }`;
const CREATE_AGENCY = `mutation($input: CreateAgencyInput!) { createAgency(input: $input) { id name kind state { code } } }`;
const PLATFORM_AGENCIES = `{ platformAgencies { id name kind state { code name } activeAdministrators } }`;
const FIRST_ADMIN = `mutation($input: CreateFirstAgencyAdminInput!) {
  createFirstAgencyAdmin(input: $input) { temporaryPassword user { id email roles passwordChangeRequired agency { id } } }
}`;
const CREATE_USER = `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`;
const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { user { email roles passwordChangeRequired } } }`;

interface PlatformAgency {
  id: string;
  name: string;
  state: { code: string };
  activeAdministrators: number;
}
interface FirstAdmin {
  temporaryPassword: string;
  user: { id: string; email: string; roles: string[]; passwordChangeRequired: boolean; agency: { id: string } };
}

/**
 * The platform administrator's directory: States, agencies and each agency's first
 * administrator. A database of its own, since it adds States and agencies to the platform.
 */
describe('platform administration (e2e)', () => {
  let stack: Stack;
  let database: { url: string; drop: () => Promise<void> };
  let platform: string;

  beforeAll(async () => {
    database = await createPrivateDatabase('platform_admin_e2e');
    stack = await startStack({ overrides: { DATABASE_URL: database.url } });
    platform = await stack.signIn('platform_admin@demo.example');
  });
  afterAll(async () => {
    await stack.close();
    await database.drop();
  });

  const auditRows = (action: string, outcome: string, targetId: string) =>
    stack.db.query(`SELECT details FROM audit_event WHERE action = $1 AND outcome = $2 AND target_id = $3`, [action, outcome, targetId]) as Promise<
      { details: Record<string, string> }[]
    >;

  async function newAgency(name = `Police Grand-Ducale ${uniqueSuffix()}`): Promise<string> {
    const created = await stack.gql<{ createAgency: { id: string } }>(CREATE_AGENCY, { input: { stateCode: 'LU', name, kind: 'POLICE' } }, platform);
    if (!created.data) throw new Error(created.raw);
    return created.data.createAgency.id;
  }

  const firstAdmin = (agencyId: string, token = platform, email = `admin.${uniqueSuffix()}@police.lu`) =>
    stack.gql<{ createFirstAgencyAdmin: FirstAdmin }>(FIRST_ADMIN, { input: { agencyId, email, displayName: 'Première Administratrice' } }, token);

  const agencyOf = async (id: string) =>
    (await stack.gql<{ platformAgencies: PlatformAgency[] }>(PLATFORM_AGENCIES, {}, platform)).data?.platformAgencies.find((a) => a.id === id);

  it('creates a State, refuses it twice, and creates an agency in it', async () => {
    const state = await stack.gql<{ createState: { code: string; name: string } }>(CREATE_STATE, { input: { code: 'LU' } }, platform);
    expect(state.data?.createState).toEqual({ code: 'LU', name: 'Luxembourg' });
    const again = await stack.gql(CREATE_STATE, { input: { code: 'LU', name: 'Luxemburg' } }, platform);
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'DUPLICATE' });

    const agencyId = await newAgency('Police Grand-Ducale');
    expect(await agencyOf(agencyId)).toEqual({
      id: agencyId,
      name: 'Police Grand-Ducale',
      kind: 'POLICE',
      state: { code: 'LU', name: 'Luxembourg' },
      activeAdministrators: 0,
    });
    const twice = await stack.gql(CREATE_AGENCY, { input: { stateCode: 'LU', name: 'Police Grand-Ducale', kind: 'POLICE' } }, platform);
    expect(twice.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'DUPLICATE' });
  });

  it('lists every agency with its count of active administrators and nothing of its users', async () => {
    const result = await stack.gql<{ platformAgencies: PlatformAgency[] }>(PLATFORM_AGENCIES, {}, platform);
    const agencies = result.data?.platformAgencies ?? [];
    const [{ n }] = await stack.db.query(`SELECT count(*)::int AS n FROM agency`);
    expect(agencies).toHaveLength(n);
    const [{ agency_id: administered }] = await stack.db.query(`SELECT agency_id FROM app_user WHERE email = 'agency_admin.de@demo.example'`);
    expect(agencies.find((a) => a.id === administered)?.activeAdministrators).toBe(1);
  });

  it('creates the first administrator of a new agency with a temporary password to be changed at the first sign-in', async () => {
    const agencyId = await newAgency();
    const email = `Admin.${uniqueSuffix()}@Police.lu`;
    const created = await firstAdmin(agencyId, platform, email);
    const admin = created.data?.createFirstAgencyAdmin;
    expect(admin?.user).toMatchObject({ email: email.toLowerCase(), roles: ['AGENCY_ADMIN'], passwordChangeRequired: true, agency: { id: agencyId } });
    expect(admin?.temporaryPassword).toMatch(/^[A-Za-z0-9]{20}$/);
    expect((await auditRows('agency.first-admin', 'SUCCESS', agencyId))[0].details).toMatchObject({ userId: admin?.user.id });
    expect((await agencyOf(agencyId))?.activeAdministrators).toBe(1);

    const signedIn = await stack.gql<{ signIn: { user: { roles: string[]; passwordChangeRequired: boolean } } }>(SIGN_IN, {
      input: { email, password: admin?.temporaryPassword },
    });
    expect(signedIn.data?.signIn.user).toMatchObject({ roles: ['AGENCY_ADMIN'], passwordChangeRequired: true });
  });

  it('refuses a second first administrator (CONFLICT, audited) until the agency has no active one', async () => {
    const agencyId = await newAgency();
    const first = await firstAdmin(agencyId);
    const second = await firstAdmin(agencyId);
    expect(second.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'STATE', state: 'ADMINISTERED' });
    expect(await auditRows('agency.first-admin', 'DENIED', agencyId)).toHaveLength(1);

    // An agency whose only administrator was disabled gets a new first one from the platform.
    await stack.db.query(`UPDATE app_user SET disabled_at = now() WHERE id = $1`, [first.data?.createFirstAgencyAdmin.user.id]);
    expect((await agencyOf(agencyId))?.activeAdministrators).toBe(0);
    expect((await firstAdmin(agencyId)).errors).toBeUndefined();
  });

  it('answers a taken e-mail with CONFLICT, an unknown agency with NOT_FOUND and a malformed address with BAD_USER_INPUT', async () => {
    const taken = await firstAdmin(await newAgency(), platform, 'prosecutor.de@demo.example');
    expect(taken.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'DUPLICATE' });
    const unknown = await firstAdmin('00000000-0000-4000-8000-000000000000');
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const malformed = await firstAdmin(await newAgency(), platform, 'not an address');
    expect(malformed.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('no longer lets the platform admin create users through createUser, not even an agency admin', async () => {
    const agencyId = await newAgency();
    const input = { agencyId, email: `admin.${uniqueSuffix()}@police.lu`, displayName: 'X', password: 'a-long-enough-password', roles: ['AGENCY_ADMIN'] };
    const refused = await stack.gql(CREATE_USER, { input }, platform);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it.each(['agency_admin.de', 'prosecutor.de', 'auditor.de', 'liaison_officer.md', 'central_authority_officer.md', 'victim_coordinator.ro'])(
    'refuses %s the platform administration, each attempt audited',
    async (who) => {
      const token = await stack.signIn(`${who}@demo.example`);
      const agencyId = await newAgency();
      const admin = await firstAdmin(agencyId, token);
      expect(admin.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(await auditRows('agency:first-admin', 'DENIED', agencyId)).toHaveLength(1);
      expect((await agencyOf(agencyId))?.activeAdministrators).toBe(0);

      const list = await stack.gql(PLATFORM_AGENCIES, {}, token);
      expect(list.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const state = await stack.gql(CREATE_STATE, { input: { code: 'BE' } }, token);
      expect(state.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const agency = await stack.gql(CREATE_AGENCY, { input: { stateCode: 'LU', name: `Other ${uniqueSuffix()}`, kind: 'POLICE' } }, token);
      expect(agency.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    },
  );
});
