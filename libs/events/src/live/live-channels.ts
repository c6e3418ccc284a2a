/**
 * Live signals: after a change commits, the process that made it says so on Redis pub/sub, and
 * every gateway pushes it to the subscriptions that may see it. A signal names what changed,
 * never its content: a subscriber reads the content through the API's access rules.
 */
export interface LiveSignals {
  /** A command on an MLA request committed (a step, a message, a document, a draft change). */
  'mla-request-changed': { requestId: string };
  /** A command on a handoff committed. */
  'handoff-changed': { handoffId: string };
  /** Every consumer of a domain event committed: the notifications it wrote can be pushed. */
  'event-applied': { eventId: string };
}

export type LiveChannel = keyof LiveSignals;

/** A signal with its channel, as a change that committed elsewhere (a consumer's, say) hands it on. */
export type LiveSignal = { [C in LiveChannel]: { channel: C; signal: LiveSignals[C] } }[LiveChannel];

/** The Redis channel of a live signal; the prefix keeps deployments (and test runs) sharing a Redis apart. */
export const liveChannelName = (prefix: string, channel: LiveChannel): string => `${prefix}:live:${channel}`;
