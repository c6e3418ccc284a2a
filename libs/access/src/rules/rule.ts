import { Actor, Role } from '@app/kernel';

export type Decision =
  | { readonly allowed: true }
  /** `hidden`: the caller may not even learn that the target exists (answer NOT_FOUND). */
  | { readonly allowed: false; readonly hidden: boolean; readonly reason: string };

export const ALLOW: Decision = { allowed: true };
export const refuse = (reason: string): Decision => ({ allowed: false, hidden: false, reason });
export const hide = (reason: string): Decision => ({ allowed: false, hidden: true, reason });

export const has = (actor: Actor, ...roles: Role[]) => roles.some((role) => actor.roles.includes(role));

export type Rule<T> = (actor: Actor, target: T) => Decision;

/** The rules of one bounded context: for each action, what is aimed at and who may. */
export type RuleSet<Targets> = { readonly [A in keyof Targets]: Rule<Targets[A]> };
