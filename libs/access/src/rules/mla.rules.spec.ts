import { Actor, Role } from '@app/kernel';
import { decide } from '../policy';
import { MlaRequestTarget } from './mla.rules';

const REQUESTING = 'agency-de-prosecution';
const REQUESTED = 'agency-md-central';
const target: MlaRequestTarget = { requestingAgencyId: REQUESTING, requestedAgencyId: REQUESTED, submitted: true, forwardedBy: [] };

const actor = (role: Role, agencyId: string): Actor => ({
  userId: 'u', agencyId, stateCode: agencyId.includes('-de-') ? 'DE' : 'MD', roles: [role], sessionId: 's',
});

type Outcome = 'allow' | 'forbidden' | 'not-found';
const WORKS_MLA = [Role.PROSECUTOR, Role.CENTRAL_AUTHORITY_OFFICER];
const AGENCIES = { requesting: REQUESTING, requested: REQUESTED, 'same-state-other': 'agency-de-police', 'other-state': 'agency-at-central' };

const table = Object.values(Role).flatMap((role) =>
  Object.entries(AGENCIES).flatMap(([relation, agencyId]) =>
    (['mla:read', 'mla:act'] as const).map((action) => {
      const expected: Outcome =
        WORKS_MLA.includes(role) && (agencyId === REQUESTING || agencyId === REQUESTED) ? 'allow' : 'not-found';
      return [action, role, relation, agencyId, expected] as const;
    }),
  ),
);

describe('MLA access rules', () => {
  it.each(table)('%s by %s of the %s agency → %s', (action, role, _relation, agencyId, expected) => {
    const decision = decide(actor(role, agencyId), action, target);
    expect(decision.allowed ? 'allow' : decision.hidden ? 'not-found' : 'forbidden').toBe(expected);
  });

  it('keeps a request never submitted (a draft, or one withdrawn as a draft) from the requested agency', () => {
    const draft = { ...target, submitted: false };
    expect(decide(actor(Role.CENTRAL_AUTHORITY_OFFICER, REQUESTED), 'mla:read', draft)).toMatchObject({ allowed: false, hidden: true });
    expect(decide(actor(Role.PROSECUTOR, REQUESTING), 'mla:act', draft).allowed).toBe(true);
  });

  it('lets a central authority that forwarded the request read it, but act on it no longer', () => {
    const FORWARDER = 'agency-md-central-first';
    const forwarded = { ...target, forwardedBy: [FORWARDER] };
    expect(decide(actor(Role.CENTRAL_AUTHORITY_OFFICER, FORWARDER), 'mla:read', forwarded).allowed).toBe(true);
    expect(decide(actor(Role.CENTRAL_AUTHORITY_OFFICER, FORWARDER), 'mla:act', forwarded)).toMatchObject({ allowed: false, hidden: false });
    expect(decide(actor(Role.AUDITOR, FORWARDER), 'mla:read', forwarded)).toMatchObject({ allowed: false, hidden: true });
    expect(decide(actor(Role.CENTRAL_AUTHORITY_OFFICER, REQUESTED), 'mla:act', forwarded).allowed).toBe(true);
  });

  it.each(Object.values(Role).flatMap((role) => (['mla:create', 'mla:statistics'] as const).map((action) => [action, role] as const)))(
    '%s by %s',
    (action, role) => {
      const decision = decide(actor(role, REQUESTING), action, {});
      expect(decision.allowed ? 'allow' : decision.hidden ? 'not-found' : 'forbidden').toBe(
        WORKS_MLA.includes(role) ? 'allow' : 'forbidden',
      );
    },
  );
});
