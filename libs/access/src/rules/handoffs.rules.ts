import { Actor, Role } from '@app/kernel';
import { ALLOW, Decision, has, hide, refuse, RuleSet } from './rule';

/** The consent scopes under which police and prosecutors may learn of a handoff. */
export const LAW_ENFORCEMENT_CONSENT_SCOPES: readonly string[] = ['SHARE_WITH_LAW_ENFORCEMENT', 'CRIMINAL_PROCEEDINGS'];

/** The roles that see a handoff as law enforcement, when the consent scope allows it. */
export const LAW_ENFORCEMENT_ROLES: readonly Role[] = [Role.PROSECUTOR, Role.LIAISON_OFFICER];

/** What the policy needs to know of a handoff. */
export interface HandoffTarget {
  readonly referringAgencyId: string;
  readonly receivingAgencyId: string;
  readonly referringStateCode: string;
  readonly receivingStateCode: string;
  /** null when no consent is in force (withdrawn). */
  readonly consentScope: string | null;
}

export interface HandoffTargets {
  /** Proposing a handoff from the actor's own agency. */
  'handoff:propose': Record<string, never>;
  'handoff:read': HandoffTarget;
  /** Consent, safeguards, transitions, service log and messages. */
  'handoff:update': HandoffTarget;
  'handoff:reveal-identity': HandoffTarget;
  /** Documents of a handoff (consent form, risk assessment, medical or legal papers): listing, upload, download. */
  'handoff:documents': HandoffTarget;
  /** Figures of the actor's own agency. */
  'handoff:statistics': Record<string, never>;
}

/**
 * How much of a handoff the actor may see: the victim coordinators of the two agencies see
 * all of it (identity only through a reveal), police and prosecutors of the two States only
 * status, dates, pseudonym and linked case, and only while consent allows law enforcement.
 */
export type HandoffView = 'COORDINATOR' | 'LAW_ENFORCEMENT';

/** Mirrored in SQL for lists by `handoffReadableSql` below: a change to one is a change to the other. */
export function handoffViewOf(actor: Actor, target: HandoffTarget): HandoffView | null {
  if (isCoordinatorOf(actor, target)) return 'COORDINATOR';
  const involvedState = actor.stateCode === target.referringStateCode || actor.stateCode === target.receivingStateCode;
  const scopeAllows = target.consentScope !== null && LAW_ENFORCEMENT_CONSENT_SCOPES.includes(target.consentScope);
  if (involvedState && scopeAllows && has(actor, ...LAW_ENFORCEMENT_ROLES)) return 'LAW_ENFORCEMENT';
  return null;
}

function isCoordinatorOf(actor: Actor, target: HandoffTarget): boolean {
  const ownAgency = actor.agencyId === target.referringAgencyId || actor.agencyId === target.receivingAgencyId;
  return ownAgency && has(actor, Role.VICTIM_COORDINATOR);
}

/**
 * 'handoff:read' (`handoffViewOf` above) as an SQL condition over a handoff row `t`, so a list
 * never loads a handoff the caller may not see; `bind` adds a parameter and gives its placeholder.
 */
export function handoffReadableSql(actor: Actor, bind: (value: unknown) => string): string {
  const seen: string[] = [];
  if (has(actor, Role.VICTIM_COORDINATOR)) seen.push(`${bind(actor.agencyId)} IN (t.referring_agency_id, t.receiving_agency_id)`);
  if (has(actor, ...LAW_ENFORCEMENT_ROLES)) {
    // Withdrawal takes effect at once: without consent in force no scope reaches law enforcement.
    seen.push(
      `(${bind(actor.stateCode)} IN (t.referring_state, t.receiving_state) AND t.consent_withdrawn_at IS NULL
        AND t.consent_scope = ANY(${bind(LAW_ENFORCEMENT_CONSENT_SCOPES)}::text[]))`,
    );
  }
  return seen.length ? `(${seen.join(' OR ')})` : 'false';
}

const coordinatorsOnly = (actor: Actor, target: HandoffTarget): Decision => {
  if (isCoordinatorOf(actor, target)) return ALLOW;
  return handoffViewOf(actor, target) ? refuse('only the victim coordinators of the two agencies act on a handoff') : hide('handoff not visible');
};

export const handoffsRules: RuleSet<HandoffTargets> = {
  // A liaison officer may make a first referral; any later work is the coordinators'.
  'handoff:propose': (actor) =>
    has(actor, Role.VICTIM_COORDINATOR, Role.LIAISON_OFFICER)
      ? ALLOW
      : refuse('only a victim coordinator or a liaison officer proposes a handoff'),
  'handoff:read': (actor, target) => (handoffViewOf(actor, target) ? ALLOW : hide('handoff not visible')),
  'handoff:update': coordinatorsOnly,
  // Never hidden: the issue asks for FORBIDDEN (audited) for everyone but the two coordinators.
  'handoff:reveal-identity': (actor, target) =>
    isCoordinatorOf(actor, target)
      ? ALLOW
      : refuse('identifying data is for the victim coordinators of the two agencies only'),
  // Hidden even from law enforcement that sees the handoff: the papers are the coordinators' alone.
  'handoff:documents': (actor, target) =>
    isCoordinatorOf(actor, target) ? ALLOW : hide('handoff documents are for the victim coordinators of the two agencies only'),
  'handoff:statistics': (actor) =>
    has(actor, Role.VICTIM_COORDINATOR) ? ALLOW : refuse('only a victim coordinator reads handoff figures'),
};
