import { Actor } from '@app/kernel';
import { identityRules, IdentityTargets } from './rules/identity.rules';
import { oversightRules, OversightTargets } from './rules/oversight.rules';
import { handoffsRules, HandoffTargets } from './rules/handoffs.rules';
import { mlaRules, MlaTargets } from './rules/mla.rules';
import { casesRules, CaseTargets } from './rules/cases.rules';
import { webhooksRules, WebhookTargets } from './rules/webhooks.rules';
import { notificationsRules, NotificationTargets } from './rules/notifications.rules';
import { Decision, RuleSet } from './rules/rule';

/**
 * The access policy: every permission of the platform is decided here, deny by default.
 * Each bounded context writes its rules in `rules/<context>.rules.ts`; this file joins them.
 * Services ask `decide()` (through AccessService) before acting; list queries apply the
 * same rules in SQL, so GraphQL, workers and exports all go through them.
 */
export interface PolicyTargets extends IdentityTargets, OversightTargets, HandoffTargets, MlaTargets, CaseTargets, WebhookTargets, NotificationTargets {}

export type Action = keyof PolicyTargets;

const RULES: RuleSet<PolicyTargets> = { ...identityRules, ...oversightRules, ...handoffsRules, ...mlaRules, ...casesRules, ...webhooksRules, ...notificationsRules };

export const ALL_ACTIONS = Object.keys(RULES) as Action[];

export function decide<A extends Action>(actor: Actor, action: A, target: PolicyTargets[A]): Decision {
  const rule = RULES[action] as ((actor: Actor, target: PolicyTargets[A]) => Decision) | undefined;
  return rule ? rule(actor, target) : { allowed: false, hidden: false, reason: `no rule for ${String(action)}` };
}

export type { Decision } from './rules/rule';
