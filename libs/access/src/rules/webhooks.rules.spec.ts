import { Actor, Role } from '@app/kernel';
import { decide } from '../policy';
import { webhooksRules, WebhookTargets } from './webhooks.rules';

const AGENCY = 'agency-de-police';

const actor = (role: Role, agencyId = AGENCY, stateCode = 'DE'): Actor => ({
  userId: `user-${role}-${agencyId}`,
  agencyId,
  stateCode,
  roles: [role],
  sessionId: 'session',
});

const ACTIONS = Object.keys(webhooksRules) as (keyof WebhookTargets)[];
type Outcome = 'allow' | 'forbidden' | 'not-found';

const outcomeOf = (who: Actor, action: keyof WebhookTargets): Outcome => {
  const decision = decide(who, action, { agencyId: AGENCY });
  if (decision.allowed) return 'allow';
  return decision.hidden ? 'not-found' : 'forbidden';
};

describe('webhooks rules', () => {
  const cases: [string, Actor, Outcome][] = [
    ['the agency admin of the endpoint\'s agency', actor(Role.AGENCY_ADMIN), 'allow'],
    ['an agency admin of another agency of the same State', actor(Role.AGENCY_ADMIN, 'agency-de-prosecution'), 'not-found'],
    ['an agency admin of another State', actor(Role.AGENCY_ADMIN, 'agency-md-police', 'MD'), 'not-found'],
    ['a liaison officer of the agency', actor(Role.LIAISON_OFFICER), 'forbidden'],
    ['an auditor of the State', actor(Role.AUDITOR), 'forbidden'],
    ['the platform admin', actor(Role.PLATFORM_ADMIN, 'agency-secretariat', 'AT'), 'forbidden'],
  ];

  it.each(cases)('%s: every webhook action answers as expected', (_who, who, expected) => {
    for (const action of ACTIONS) expect([action, outcomeOf(who, action)]).toEqual([action, expected]);
  });
});
