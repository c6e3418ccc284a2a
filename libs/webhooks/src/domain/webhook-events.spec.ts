import { DomainEventJob } from '@app/events';
import { noticeOf, webhookPayload, WebhookEventKind } from './webhook-events';

const base = { eventId: 'e1', aggregateType: 'x', aggregateId: 'a1', occurredAt: '2030-01-02T03:04:05.000Z' };
const event = (job: Omit<DomainEventJob, keyof typeof base>): DomainEventJob => ({ ...base, ...job }) as DomainEventJob;

describe('webhook events', () => {
  it('names the parties of an MLA step: the acting agency and those it tells', () => {
    const notice = noticeOf(
      event({
        type: 'mla.request-transitioned',
        payload: { requestId: 'r1', reference: 'DE-2030-0001', action: 'SUBMIT', fromStatus: 'DRAFT', toStatus: 'SUBMITTED', actorAgencyId: 'de', notifyAgencyIds: ['md', 'de'] },
      }),
    );
    expect(notice).toEqual({ kind: WebhookEventKind.MLA_REQUEST_TRANSITIONED, objectType: 'mla-request', objectId: 'r1', reference: 'DE-2030-0001', agencyIds: ['de', 'md'] });
  });

  it('names both agencies of a handoff and of a reference card, without the victim code', () => {
    const handoff = noticeOf(
      event({
        type: 'handoff.changed',
        payload: { handoffId: 'h1', victimCode: 'V-SECRET', referringAgencyId: 'de', receivingAgencyId: 'md', actorAgencyId: 'de', change: 'proposed', status: 'PROPOSED' },
      }),
    );
    expect(handoff).toEqual({ kind: WebhookEventKind.HANDOFF_CHANGED, objectType: 'handoff', objectId: 'h1', reference: null, agencyIds: ['de', 'md'] });
    expect(JSON.stringify(handoff)).not.toContain('V-SECRET');
    const card = noticeOf(event({ type: 'cases.card-acknowledged', payload: { shareId: 's1', ownerAgencyId: 'de', recipientAgencyId: 'md', handlingCode: 'H2' } }));
    expect(card).toEqual({ kind: WebhookEventKind.CASE_CARD_ACKNOWLEDGED, objectType: 'case-share', objectId: 's1', reference: null, agencyIds: ['de', 'md'] });
  });

  it("looks up an MLA request's deadline, and ignores other subjects' deadlines and a postponement's end", () => {
    const deadline = (subjectType: string, kind: string) =>
      event({ type: 'deadline.breached', payload: { deadlineId: 'd1', subjectType, subjectId: 'r1', kind, dueAt: '2030-01-01T00:00:00Z' } });
    expect(noticeOf(deadline('mla-request', 'acknowledgement'))).toEqual({ kind: WebhookEventKind.MLA_DEADLINE_BREACHED, requestId: 'r1' });
    expect(noticeOf(deadline('mla-request', 'postponement-end'))).toBeNull();
    expect(noticeOf(deadline('handoff', 'acceptance'))).toBeNull();
    expect(noticeOf(event({ type: 'cases.case-created', payload: { caseId: 'c1', agencyId: 'de' } }))).toBeNull();
  });


  it('makes a payload of kind, object, reference and time: nothing else', () => {
    const payload = webhookPayload({ eventKind: 'mla.message-posted', objectType: 'mla-request', objectId: 'r1', reference: 'DE-2030-0001', occurredAt: new Date(base.occurredAt) });
    expect(payload).toEqual({ type: 'mla.message-posted', timestamp: '2030-01-02T03:04:05.000Z', data: { objectType: 'mla-request', objectId: 'r1', reference: 'DE-2030-0001' } });
    expect(Object.keys(payload.data).sort()).toEqual(['objectId', 'objectType', 'reference']);
  });
});
