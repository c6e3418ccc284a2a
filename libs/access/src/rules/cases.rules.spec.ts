import { Actor, Role } from '@app/kernel';
import { casesRules, CaseTargets } from './cases.rules';
import { Decision } from './rule';

const OWN = 'agency-de-police';
const SAME_STATE = 'agency-de-prosecution';
const OTHER_STATE = 'agency-md-police';

type Relation = 'own' | 'other-agency' | 'other-state';
type Outcome = 'allow' | 'forbidden' | 'not-found';
type CaseAction = keyof CaseTargets;

const RELATIONS: Relation[] = ['own', 'other-agency', 'other-state'];
const ROLES = Object.values(Role);
const ACTIONS = Object.keys(casesRules) as CaseAction[];
const CASE_ROLE = new Set<Role>([Role.PROSECUTOR, Role.LIAISON_OFFICER]);

const actor = (role: Role): Actor => ({ userId: `user-${role}`, agencyId: OWN, stateCode: 'DE', roles: [role], sessionId: 's' });
const agencyOf = (relation: Relation) => ({ own: OWN, 'other-agency': SAME_STATE, 'other-state': OTHER_STATE })[relation];

/**
 * The target as seen from the actor. For cards, `relation` is the actor's agency's place:
 * 'own' = owner of the card, 'other-state' = its (active) recipient, 'other-agency' = neither.
 */
function targetFor(action: CaseAction, relation: Relation): CaseTargets[CaseAction] {
  const agencyId = agencyOf(relation);
  if (action === 'case-share:list-received') return { recipientAgencyId: agencyId };
  if (action.startsWith('case-share:')) {
    if (relation === 'own') return { ownerAgencyId: OWN, recipientAgencyId: OTHER_STATE, active: true };
    if (relation === 'other-state') return { ownerAgencyId: OTHER_STATE, recipientAgencyId: OWN, active: true };
    return { ownerAgencyId: OTHER_STATE, recipientAgencyId: SAME_STATE, active: true };
  }
  if (action.startsWith('case-match:')) {
    return relation === 'own' ? { agencyIds: [OTHER_STATE, OWN] } : { agencyIds: [OTHER_STATE, SAME_STATE] };
  }
  return { agencyId };
}

function expected(action: CaseAction, role: Role, relation: Relation): Outcome {
  const caseUser = CASE_ROLE.has(role);
  switch (action) {
    case 'case:create':
    case 'case:list':
    case 'case-share:list-received':
      if (!caseUser) return 'forbidden';
      return relation === 'own' ? 'allow' : 'not-found';
    case 'case:read':
    case 'case:update':
    case 'case:share':
    case 'case-share:revoke':
    case 'case-match:read':
    case 'case-match:request-disclosure':
      return caseUser && relation === 'own' ? 'allow' : 'not-found';
    case 'case-share:read':
      return caseUser && relation !== 'other-agency' ? 'allow' : 'not-found';
    case 'case-share:acknowledge':
      return caseUser && relation === 'other-state' ? 'allow' : 'not-found';
  }
}

const table = ACTIONS.flatMap((action) =>
  ROLES.flatMap((role) => RELATIONS.map((relation) => [action, role, relation, expected(action, role, relation)] as const)),
);

const outcomeOf = (action: CaseAction, who: Actor, target: CaseTargets[CaseAction]): Outcome => {
  const rule = casesRules[action] as (a: Actor, t: CaseTargets[CaseAction]) => Decision;
  const decision = rule(who, target);
  return decision.allowed ? 'allow' : decision.hidden ? 'not-found' : 'forbidden';
};

describe('cases access rules: every role against every case action and relationship', () => {
  it.each(table)('%s by %s on %s target → %s', (action, role, relation, outcome) => {
    expect(outcomeOf(action, actor(role), targetFor(action, relation))).toBe(outcome);
  });
});

describe('reference cards', () => {
  const prosecutor = actor(Role.PROSECUTOR);
  const received = (active: boolean) => ({ ownerAgencyId: OTHER_STATE, recipientAgencyId: OWN, active });

  it.each([
    ['case-share:read', true, 'allow'],
    ['case-share:read', false, 'not-found'],
    ['case-share:acknowledge', true, 'allow'],
    ['case-share:acknowledge', false, 'not-found'],
  ] as const)('%s of a received card (active %s) → %s', (action, active, outcome) => {
    expect(outcomeOf(action, prosecutor, received(active))).toBe(outcome);
  });

  it('lets the owner read its own revoked or expired card, but not acknowledge it', () => {
    const own = { ownerAgencyId: OWN, recipientAgencyId: OTHER_STATE, active: false };
    expect(outcomeOf('case-share:read', prosecutor, own)).toBe('allow');
    expect(outcomeOf('case-share:acknowledge', prosecutor, own)).toBe('not-found');
  });

  it('never lets the recipient revoke', () => {
    expect(outcomeOf('case-share:revoke', prosecutor, received(true))).toBe('not-found');
  });
});

describe('a user with several roles', () => {
  it('acts on cases when one of the roles is a case role', () => {
    const both: Actor = { ...actor(Role.AUDITOR), roles: [Role.AUDITOR, Role.LIAISON_OFFICER] };
    expect(outcomeOf('case:read', both, { agencyId: OWN })).toBe('allow');
  });
});
