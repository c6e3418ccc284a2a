import { Actor, Role } from '@app/kernel';
import { decide } from '../policy';
import { HandoffTarget, handoffViewOf } from './handoffs.rules';

const REFERRING = 'agency-de-support';
const RECEIVING = 'agency-md-support';

const actor = (role: Role, stateCode: string, agencyId: string): Actor => ({
  userId: `user-${role}-${agencyId}`,
  agencyId,
  stateCode,
  roles: [role],
  sessionId: 'session',
});

const ACTORS = {
  'referring coordinator': actor(Role.VICTIM_COORDINATOR, 'DE', REFERRING),
  'receiving coordinator': actor(Role.VICTIM_COORDINATOR, 'MD', RECEIVING),
  'coordinator of another DE agency': actor(Role.VICTIM_COORDINATOR, 'DE', 'agency-de-other'),
  'DE police': actor(Role.LIAISON_OFFICER, 'DE', 'agency-de-police'),
  'MD prosecutor': actor(Role.PROSECUTOR, 'MD', 'agency-md-prosecution'),
  'AT police': actor(Role.LIAISON_OFFICER, 'AT', 'agency-at-police'),
  'AT coordinator': actor(Role.VICTIM_COORDINATOR, 'AT', 'agency-at-support'),
  'DE central authority': actor(Role.CENTRAL_AUTHORITY_OFFICER, 'DE', 'agency-de-ca'),
  'DE auditor': actor(Role.AUDITOR, 'DE', 'agency-de-ca'),
  'platform admin': actor(Role.PLATFORM_ADMIN, 'AT', 'agency-secretariat'),
} as const;
type Who = keyof typeof ACTORS;

const target = (consentScope: string | null): HandoffTarget => ({
  referringAgencyId: REFERRING,
  receivingAgencyId: RECEIVING,
  referringStateCode: 'DE',
  receivingStateCode: 'MD',
  consentScope,
});

type Outcome = 'allow' | 'forbidden' | 'not-found';
const SCOPES = ['ASSISTANCE_ONLY', 'SHARE_WITH_LAW_ENFORCEMENT', 'CRIMINAL_PROCEEDINGS', null] as const;

/** [who, scope, view, read, update, reveal, documents] */
const table: [Who, (typeof SCOPES)[number], string | null, Outcome, Outcome, Outcome, Outcome][] = [];
for (const scope of SCOPES) {
  const lawEnforcementMaySee = scope === 'SHARE_WITH_LAW_ENFORCEMENT' || scope === 'CRIMINAL_PROCEEDINGS';
  for (const who of Object.keys(ACTORS) as Who[]) {
    if (who === 'referring coordinator' || who === 'receiving coordinator') {
      table.push([who, scope, 'COORDINATOR', 'allow', 'allow', 'allow', 'allow']);
    } else if ((who === 'DE police' || who === 'MD prosecutor') && lawEnforcementMaySee) {
      table.push([who, scope, 'LAW_ENFORCEMENT', 'allow', 'forbidden', 'forbidden', 'not-found']);
    } else {
      table.push([who, scope, null, 'not-found', 'not-found', 'forbidden', 'not-found']);
    }
  }
}

const outcome = (who: Who, action: 'handoff:read' | 'handoff:update' | 'handoff:reveal-identity' | 'handoff:documents', scope: string | null): Outcome => {
  const decision = decide(ACTORS[who], action, target(scope));
  return decision.allowed ? 'allow' : decision.hidden ? 'not-found' : 'forbidden';
};

describe('handoff access rules', () => {
  it.each(table)('%s, consent %s: view %s, read %s, update %s, reveal %s, documents %s', (who, scope, view, read, update, reveal, documents) => {
    expect(handoffViewOf(ACTORS[who], target(scope))).toBe(view);
    expect(outcome(who, 'handoff:read', scope)).toBe(read);
    expect(outcome(who, 'handoff:update', scope)).toBe(update);
    expect(outcome(who, 'handoff:reveal-identity', scope)).toBe(reveal);
    expect(outcome(who, 'handoff:documents', scope)).toBe(documents);
  });

  it.each([
    [Role.VICTIM_COORDINATOR, true],
    [Role.LIAISON_OFFICER, true],
    [Role.PROSECUTOR, false],
    [Role.CENTRAL_AUTHORITY_OFFICER, false],
    [Role.AGENCY_ADMIN, false],
    [Role.AUDITOR, false],
    [Role.PLATFORM_ADMIN, false],
  ])('propose by %s → %s', (role, allowed) => {
    expect(decide(actor(role, 'DE', REFERRING), 'handoff:propose', {}).allowed).toBe(allowed);
  });

  it.each([
    [Role.VICTIM_COORDINATOR, true],
    [Role.LIAISON_OFFICER, false],
    [Role.PROSECUTOR, false],
    [Role.AUDITOR, false],
  ])('statistics by %s → %s', (role, allowed) => {
    expect(decide(actor(role, 'DE', REFERRING), 'handoff:statistics', {}).allowed).toBe(allowed);
  });
});
