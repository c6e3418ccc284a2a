import { EventPayloads } from '@app/events';

type HandoffChange = EventPayloads['handoff.changed'];

const WHAT: Record<string, string> = {
  proposed: 'a handoff was proposed to your agency',
  transitioned: 'the other agency moved the handoff',
  'consent-recorded': 'consent was recorded',
  'consent-withdrawn': 'consent was withdrawn',
  'safeguard-recorded': 'a safeguard was recorded',
  'service-logged': 'a service was logged',
  'message-sent': 'a new message from the other coordinator',
};

/** Wording of a notice: names the victim only by the pseudonymous code, never by identity. */
export function handoffChangeMessage(event: Pick<HandoffChange, 'victimCode' | 'change' | 'status'>): string {
  return `Handoff ${event.victimCode}: ${WHAT[event.change] ?? event.change} (status ${event.status}).`;
}

export function acceptanceDeadlineMessage(victimCode: string, dueAt: string, breached: boolean): string {
  const due = new Date(dueAt).toISOString().slice(0, 16).replace('T', ' ');
  return breached
    ? `Handoff ${victimCode} was not accepted or declined by ${due} UTC; the acceptance deadline is missed.`
    : `Handoff ${victimCode} awaits acceptance or a decline by ${due} UTC.`;
}
