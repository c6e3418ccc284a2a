import type { MlaRequestFieldsFragment } from '../../gql/graphql';
import { actionProblems, ActionValues, consultationRecorded, emptyActionValues, transitionInputOf } from './action-form';

const step = (action: string) => ({ action, fromStatus: null, toStatus: 'ACKNOWLEDGED' as const, actorAgencyId: 'a', at: '2026-01-01T00:00:00Z', comment: null });

const request = (over: Partial<MlaRequestFieldsFragment> = {}): MlaRequestFieldsFragment => ({
  id: 'r1',
  reference: 'MLA-DE-2026-000001',
  status: 'ACKNOWLEDGED',
  closed: false,
  version: 7,
  availableActions: [],
  requesting: { agencyId: 'de', agencyName: 'DE', stateCode: 'DE' },
  requested: { agencyId: 'md', agencyName: 'MD', stateCode: 'MD' },
  caseId: null,
  legalBasis: 'EIO_DIRECTIVE',
  treatyName: null,
  measures: [
    { id: 'm1', kind: 'BANK_RECORDS', details: 'x', outcome: 'PENDING', ground: null, note: null },
    { id: 'm2', kind: 'DOCUMENTS', details: 'y', outcome: 'EXECUTED', ground: null, note: null },
  ],
  factsSummary: null,
  offences: [],
  personsConcerned: null,
  urgent: false,
  urgencyReason: null,
  confidential: true,
  language: 'en',
  infoQuestion: null,
  postponedReason: null,
  postponedUntil: null,
  refusalGround: null,
  refusalGroundText: null,
  refusalReasons: null,
  extensionDays: 0,
  extensionReason: null,
  submittedAt: null,
  receivedAt: null,
  deadlines: [],
  overdue: false,
  history: [step('CREATE'), step('SUBMIT')],
  messages: [],
  documents: [],
  ...over,
});

const values = (over: Partial<ActionValues> = {}): ActionValues => ({ ...emptyActionValues(request()), ...over });

describe('the forms of the MLA steps', () => {
  it('asks for outcomes of the pending measures only', () => {
    expect(emptyActionValues(request()).outcomes.map((o) => o.measureId)).toEqual(['m1']);
  });

  it.each([
    ['REQUEST_INFO', {}, { question: 'mla.form.required' }],
    ['ANSWER', { answer: ' ' }, { answer: 'mla.form.required' }],
    ['POSTPONE', { reason: 'Domestic search first', until: '2000-01-01' }, { until: 'mla.form.futureDate' }],
    ['EXTEND_DEADLINE', { reason: 'Bank', extensionDays: '31' }, { extensionDays: 'mla.form.extensionRange' }],
    ['EXTEND_DEADLINE', { reason: 'Bank', extensionDays: '30' }, {}],
    ['RECORD_CONSULTATION', {}, { comment: 'mla.form.consultationMissing' }],
    ['FORWARD', {}, { forwardToAgencyId: 'mla.form.required' }],
    ['REFUSE', { reason: 'r' }, { ground: 'mla.form.required' }],
    ['REFUSE', { reason: 'r', ground: 'EIO_11_1_B_NATIONAL_SECURITY' }, { ground: 'mla.refuse.consultFirst' }],
    ['REFUSE', { reason: 'r', ground: 'EIO_11_1_G_DUAL_CRIMINALITY' }, {}],
    ['RECORD_OUTCOMES', {}, { outcomes: 'mla.form.outcomeMissing' }],
    ['ACKNOWLEDGE', {}, {}],
  ] as const)('%s with %o: %o', (action, over, problems) => {
    expect(actionProblems(action, values(over), request())).toEqual(problems);
  });

  it('knows a consultation recorded since the request reached its holder, and forgets one before a forward', () => {
    expect(consultationRecorded(request({ history: [step('SUBMIT'), step('RECORD_CONSULTATION')] }))).toBe(true);
    expect(consultationRecorded(request({ history: [step('RECORD_CONSULTATION'), step('FORWARD')] }))).toBe(false);
    const consulted = request({ history: [step('SUBMIT'), step('RECORD_CONSULTATION')] });
    expect(actionProblems('REFUSE', values({ reason: 'r', ground: 'EIO_11_1_B_NATIONAL_SECURITY' }), consulted)).toEqual({});
  });

  it('sends only the step’s own inputs, with the version seen', () => {
    const input = transitionInputOf('REFUSE', values({ reason: ' Reasons ', ground: 'EIO_11_1_G_DUAL_CRIMINALITY', question: 'stray', comment: 'stray' }), request());
    expect(input).toMatchObject({ id: 'r1', expectedVersion: 7, action: 'REFUSE', reason: 'Reasons', ground: 'EIO_11_1_G_DUAL_CRIMINALITY' });
    expect(input).toMatchObject({ question: null, comment: null, groundText: null, outcomes: null, extensionDays: null });
    const outcomes = values({ outcomes: [{ measureId: 'm1', outcome: 'REFUSED', ground: 'OTHER', note: 'Account closed' }] });
    expect(transitionInputOf('RECORD_OUTCOMES', outcomes, request()).outcomes).toEqual([
      { measureId: 'm1', outcome: 'REFUSED', ground: 'OTHER', note: 'Account closed' },
    ]);
  });
});
