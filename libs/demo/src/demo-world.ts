import { EntityManager } from 'typeorm';
import { AgencyKind, Role } from '@app/kernel';
import { seedDemoCases } from './demo-cases';
import { seedDemoHandoffs } from './demo-handoffs';
import { seedDemoMla } from './demo-mla';

/**
 * The demo world of DESIGN.md: a labour-exploitation ring recruiting in Moldova and
 * exploiting in Germany, with a Romanian transit link; Austria takes no part and proves
 * isolation. Every State has a police agency, a prosecution service, a central authority
 * and a victim-support service.
 */
export const DEMO_STATES = ['DE', 'MD', 'RO', 'AT'] as const;
export type DemoState = (typeof DEMO_STATES)[number];

const AGENCY_NAMES: Record<DemoState, Record<DemoAgencyKind, string>> = {
  DE: {
    POLICE: 'Bundeskriminalamt (DE)',
    PROSECUTION_SERVICE: 'Staatsanwaltschaft Berlin',
    CENTRAL_AUTHORITY: 'Bundesamt für Justiz',
    VICTIM_SUPPORT_SERVICE: 'Fachberatungsstelle Menschenhandel Berlin',
  },
  MD: {
    POLICE: 'Centre for Combating Trafficking in Persons',
    PROSECUTION_SERVICE: 'Prosecutor’s Office for Combating Organised Crime',
    CENTRAL_AUTHORITY: 'Prosecutor General’s Office, International Legal Assistance',
    VICTIM_SUPPORT_SERVICE: 'La Strada Moldova',
  },
  RO: {
    POLICE: 'Romanian Police, Directorate for Combating Organised Crime',
    PROSECUTION_SERVICE: 'DIICOT',
    CENTRAL_AUTHORITY: 'Ministry of Justice, International Judicial Cooperation',
    VICTIM_SUPPORT_SERVICE: 'National Agency against Trafficking in Persons',
  },
  AT: {
    POLICE: 'Bundeskriminalamt (AT)',
    PROSECUTION_SERVICE: 'Staatsanwaltschaft Wien',
    CENTRAL_AUTHORITY: 'Bundesministerium für Justiz (AT)',
    VICTIM_SUPPORT_SERVICE: 'LEFÖ-IBF',
  },
};

type DemoAgencyKind =
  | AgencyKind.POLICE
  | AgencyKind.PROSECUTION_SERVICE
  | AgencyKind.CENTRAL_AUTHORITY
  | AgencyKind.VICTIM_SUPPORT_SERVICE;

/** Which agency each demo account works in. */
const ACCOUNT_AGENCY: Record<Exclude<Role, Role.PLATFORM_ADMIN>, DemoAgencyKind> = {
  [Role.PROSECUTOR]: AgencyKind.PROSECUTION_SERVICE,
  [Role.LIAISON_OFFICER]: AgencyKind.POLICE,
  [Role.CENTRAL_AUTHORITY_OFFICER]: AgencyKind.CENTRAL_AUTHORITY,
  [Role.VICTIM_COORDINATOR]: AgencyKind.VICTIM_SUPPORT_SERVICE,
  [Role.AGENCY_ADMIN]: AgencyKind.POLICE,
  [Role.AUDITOR]: AgencyKind.CENTRAL_AUTHORITY,
};

/** The platform's own administrators sit in a secretariat outside any national agency. */
const PLATFORM_SECRETARIAT = { state: 'AT' as DemoState, name: 'Platform Secretariat', kind: AgencyKind.CENTRAL_AUTHORITY };

export function demoEmail(role: Role, state?: DemoState): string {
  return role === Role.PLATFORM_ADMIN ? 'platform_admin@demo.example' : `${role.toLowerCase()}.${state?.toLowerCase()}@demo.example`;
}

export interface DemoAccount {
  email: string;
  role: Role;
  state: DemoState;
  agency: string;
}

export function demoAccounts(): DemoAccount[] {
  const accounts: DemoAccount[] = DEMO_STATES.flatMap((state) =>
    Object.entries(ACCOUNT_AGENCY).map(([role, kind]) => ({
      email: demoEmail(role as Role, state),
      role: role as Role,
      state,
      agency: AGENCY_NAMES[state][kind],
    })),
  );
  accounts.push({
    email: demoEmail(Role.PLATFORM_ADMIN),
    role: Role.PLATFORM_ADMIN,
    state: PLATFORM_SECRETARIAT.state,
    agency: PLATFORM_SECRETARIAT.name,
  });
  return accounts;
}

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

/**
 * Loads the demo world; safe to run again (it converges to the same world and resets the
 * demo accounts' password, lock and roles). `passwordHash` is the argon2id hash of the demo password.
 */
export async function seedDemoWorld(m: EntityManager, passwordHash: string): Promise<DemoAccount[]> {
  for (const state of DEMO_STATES) {
    await m.query(`INSERT INTO state (code, name) VALUES ($1, $2) ON CONFLICT (code) DO NOTHING`, [
      state,
      regionNames.of(state),
    ]);
    for (const [kind, name] of Object.entries(AGENCY_NAMES[state])) {
      await upsertAgency(m, state, name, kind as AgencyKind);
    }
  }
  await upsertAgency(m, PLATFORM_SECRETARIAT.state, PLATFORM_SECRETARIAT.name, PLATFORM_SECRETARIAT.kind);
  const accounts = demoAccounts();
  for (const account of accounts) {
    await m.query(
      `INSERT INTO app_user (email, display_name, password_hash, agency_id, roles)
       SELECT $1, $2, $3, a.id, ARRAY[$4]::text[] FROM agency a WHERE a.state_code = $5 AND a.name = $6
       ON CONFLICT (email) DO UPDATE
         SET password_hash = EXCLUDED.password_hash, agency_id = EXCLUDED.agency_id, roles = EXCLUDED.roles,
             failed_sign_ins = 0, locked_until = NULL, disabled_at = NULL, updated_at = now()`,
      [account.email, displayName(account), passwordHash, account.role, account.state, account.agency],
    );
  }
  await seedDemoCases(m);
  await seedDemoHandoffs(m);
  await seedDemoMla(m);
  return accounts;
}

async function upsertAgency(m: EntityManager, state: string, name: string, kind: AgencyKind): Promise<void> {
  await m.query(
    `INSERT INTO agency (state_code, name, kind) VALUES ($1, $2, $3) ON CONFLICT (state_code, name) DO NOTHING`,
    [state, name, kind],
  );
}

function displayName(account: DemoAccount): string {
  const role = account.role.toLowerCase().replace(/_/g, ' ');
  return account.role === Role.PLATFORM_ADMIN ? 'Demo platform admin' : `Demo ${role} (${account.state})`;
}
