import { Actor, Role } from '@app/kernel';
import { decide } from '../policy';

const actor = (role: Role, agencyId: string): Actor => ({
  userId: `user-${role}-${agencyId}`,
  agencyId,
  stateCode: 'DE',
  roles: [role],
  sessionId: 'session',
});

type Outcome = 'allow' | 'forbidden' | 'not-found';
const outcome = (decision: ReturnType<typeof decide>): Outcome => (decision.allowed ? 'allow' : decision.hidden ? 'not-found' : 'forbidden');

describe('notification rules', () => {
  it.each(Object.values(Role))('lets a %s set only their own mail preferences', (role) => {
    const me = actor(role, 'agency-de-police');
    expect(outcome(decide(me, 'notification-preference:set', { ownerUserId: me.userId }))).toBe('allow');
    expect(outcome(decide(me, 'notification-preference:set', { ownerUserId: 'someone-else' }))).toBe('not-found');
  });

  it.each(Object.values(Role).map((role) => [role, role === Role.AGENCY_ADMIN ? 'allow' : 'forbidden'] as const))(
    'lets a %s read the failed mails of its own agency: %s',
    (role, expected) => {
      expect(outcome(decide(actor(role, 'agency-de-police'), 'mail-delivery:list', { agencyId: 'agency-de-police' }))).toBe(expected);
    },
  );

  it("hides another agency's failed mails from its agency admin", () => {
    expect(outcome(decide(actor(Role.AGENCY_ADMIN, 'agency-de-police'), 'mail-delivery:list', { agencyId: 'agency-md-police' }))).toBe('not-found');
  });
});
