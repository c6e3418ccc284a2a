import { Actor, Role } from '@app/kernel';
import { ALL_ACTIONS, decide, PolicyTargets } from './policy';
import { identityRules, IdentityTargets } from './rules/identity.rules';
import { oversightRules, OversightTargets } from './rules/oversight.rules';

/** The foundation's actions; every other context tables its own actions in its rules spec. */
type Action = keyof IdentityTargets | keyof OversightTargets;
const ACTIONS = [...Object.keys(identityRules), ...Object.keys(oversightRules)] as Action[];

const AGENCY = 'agency-de-police';
const OTHER_AGENCY_SAME_STATE = 'agency-de-prosecution';
const OTHER_STATE_AGENCY = 'agency-md-police';

const actor = (role: Role): Actor => ({
  userId: `user-${role}`,
  agencyId: AGENCY,
  stateCode: 'DE',
  roles: [role],
  sessionId: 'session',
});

type Relation = 'own' | 'other-agency' | 'other-state';
type Outcome = 'allow' | 'forbidden' | 'not-found';

/** The target of each action, as seen from the actor: in its own agency, another agency of its State, or another State. */
function targetFor(action: Action, role: Role, relation: Relation): PolicyTargets[Action] {
  const agencyId = { own: AGENCY, 'other-agency': OTHER_AGENCY_SAME_STATE, 'other-state': OTHER_STATE_AGENCY }[relation];
  const stateCode = relation === 'other-state' ? 'MD' : 'DE';
  switch (action) {
    case 'user:create':
    case 'user:grant-roles':
    case 'user:reset-password':
      return { agencyId, roles: [Role.LIAISON_OFFICER] };
    case 'notification:read':
    case 'session:end':
      return { ownerUserId: relation === 'own' ? `user-${role}` : 'someone-else' };
    default:
      return { agencyId, stateCode };
  }
}

const ROLES = Object.values(Role);
const RELATIONS: Relation[] = ['own', 'other-agency', 'other-state'];

/** Expected outcome for every role, action and relationship. */
function expected(action: Action, role: Role, relation: Relation): Outcome {
  switch (action) {
    case 'state:create':
    case 'agency:create':
    case 'agency:overview':
    case 'agency:first-admin':
      return role === Role.PLATFORM_ADMIN ? 'allow' : 'forbidden';
    case 'user:create':
    case 'user:disable':
    case 'user:enable':
    case 'user:unlock':
    case 'user:grant-roles':
    case 'user:list':
    case 'user:reset-password':
      if (role !== Role.AGENCY_ADMIN) return 'forbidden';
      return relation === 'own' ? 'allow' : 'not-found';
    case 'audit:read':
      if (role !== Role.AUDITOR) return 'forbidden';
      return relation === 'other-state' ? 'not-found' : 'allow';
    case 'notification:read':
    case 'session:end':
      return relation === 'own' ? 'allow' : 'not-found';
  }
}

const table = ACTIONS.flatMap((action) =>
  ROLES.flatMap((role) => RELATIONS.map((relation) => [action, role, relation, expected(action, role, relation)] as const)),
);

describe('access policy: every role against every foundation action', () => {
  it.each(table)('%s by %s on %s target → %s', (action, role, relation, outcome) => {
    const decision = decide(actor(role), action, targetFor(action, role, relation));
    const got: Outcome = decision.allowed ? 'allow' : decision.hidden ? 'not-found' : 'forbidden';
    expect(got).toBe(outcome);
  });
});

describe('role grants', () => {
  const admin = actor(Role.AGENCY_ADMIN);

  it('never lets an agency admin reset the password of a platform admin in its agency', () => {
    const decision = decide(admin, 'user:reset-password', { agencyId: AGENCY, roles: [Role.AGENCY_ADMIN, Role.PLATFORM_ADMIN] });
    expect(decision).toMatchObject({ allowed: false, hidden: false });
  });

  it('never lets an agency admin unlock or enable a platform admin of its agency', () => {
    for (const action of ['user:unlock', 'user:enable'] as const) {
      expect(decide(admin, action, { agencyId: AGENCY, roles: [Role.PLATFORM_ADMIN] })).toMatchObject({ allowed: false, hidden: false });
    }
  });

  it('never lets an agency admin grant PLATFORM_ADMIN', () => {
    const decision = decide(admin, 'user:grant-roles', { agencyId: AGENCY, roles: [Role.PLATFORM_ADMIN] });
    expect(decision).toMatchObject({ allowed: false, hidden: false });
    expect(decide(admin, 'user:create', { agencyId: AGENCY, roles: [Role.AUDITOR, Role.PLATFORM_ADMIN] }).allowed).toBe(
      false,
    );
  });

  it('lets the platform admin create the first agency admin through its own command, never through createUser', () => {
    const platform = actor(Role.PLATFORM_ADMIN);
    expect(decide(platform, 'agency:first-admin', {}).allowed).toBe(true);
    expect(decide(platform, 'agency:overview', {}).allowed).toBe(true);
    expect(decide(platform, 'user:create', { agencyId: OTHER_STATE_AGENCY, roles: [Role.AGENCY_ADMIN] }).allowed).toBe(false);
    expect(decide(platform, 'user:create', { agencyId: OTHER_STATE_AGENCY, roles: [Role.PROSECUTOR] }).allowed).toBe(false);
    expect(decide(platform, 'user:disable', { agencyId: OTHER_STATE_AGENCY }).allowed).toBe(false);
  });

  it('has a rule for every action (an action without one is refused)', () => {
    expect(ALL_ACTIONS).toEqual(expect.arrayContaining(ACTIONS));
    const unknownAction = 'case:teleport' as Action;
    expect(decide(actor(Role.PLATFORM_ADMIN), unknownAction, { agencyId: AGENCY })).toMatchObject({ allowed: false });
  });

  it('denies by default when a role is missing', () => {
    const nobody: Actor = { ...actor(Role.AUDITOR), roles: [] };
    for (const action of ACTIONS.filter((a) => a !== 'notification:read')) {
      expect(decide(nobody, action, { agencyId: AGENCY, stateCode: 'DE', roles: [] }).allowed).toBe(false);
    }
  });
});
