import type { MlaAction, MlaMeasureOutcome, MlaRefusalGround, MlaRequestFieldsFragment, MlaTransitionInput } from '../../gql/graphql';
import type { MessageKey } from '../../i18n/messages';
import { MAX_EXTENSION_DAYS, needsConsultation } from '../domain';

/** The inputs of every step; each action shows and sends only its own (ACTION_FIELDS). */
export interface ActionValues {
  comment: string;
  question: string;
  answer: string;
  reason: string;
  /** A date, YYYY-MM-DD (POSTPONE). */
  until: string;
  ground: MlaRefusalGround | '';
  groundText: string;
  forwardToAgencyId: string;
  extensionDays: string;
  outcomes: { measureId: string; outcome: MlaMeasureOutcome; ground: MlaRefusalGround | ''; note: string }[];
}

export type ActionField = 'comment' | 'consultation' | 'question' | 'answer' | 'reason' | 'until' | 'refusal' | 'forward' | 'extensionDays' | 'outcomes';

/** What each step asks for. A consultation's conclusion is its comment, and required. */
export const ACTION_FIELDS: Record<MlaAction, readonly ActionField[]> = {
  SUBMIT: ['comment'],
  ACKNOWLEDGE: ['comment'],
  START_EXECUTION: ['comment'],
  RECORD_OUTCOMES: ['outcomes', 'comment'],
  CLOSE: ['comment'],
  REQUEST_INFO: ['question'],
  ANSWER: ['answer'],
  POSTPONE: ['reason', 'until'],
  RESUME: ['comment'],
  RECORD_CONSULTATION: ['consultation'],
  REFUSE: ['refusal', 'reason'],
  WITHDRAW: ['comment'],
  FORWARD: ['forward', 'comment'],
  EXTEND_DEADLINE: ['extensionDays', 'reason'],
};

export const emptyActionValues = (request: MlaRequestFieldsFragment): ActionValues => ({
  comment: '',
  question: '',
  answer: '',
  reason: '',
  until: '',
  ground: '',
  groundText: '',
  forwardToAgencyId: '',
  extensionDays: '',
  outcomes: request.measures.filter((m) => m.outcome === 'PENDING').map((m) => ({ measureId: m.id, outcome: 'PENDING', ground: '', note: '' })),
});

/**
 * Whether the holder of the request has recorded a consultation (EIO art. 11(4)) since it
 * received it: a forward starts the new holder's own, as on the server.
 */
export function consultationRecorded(request: MlaRequestFieldsFragment): boolean {
  const last = (action: string) => request.history.map((h) => h.action).lastIndexOf(action);
  return last('RECORD_CONSULTATION') > last('FORWARD');
}

/** A catalogue key per field path with a problem (`reason`, `outcomes.0.ground`). */
export type ActionProblems = Partial<Record<string, MessageKey>>;

const blank = (value: string) => value.trim() === '';
/** The start of the day chosen, in the user's time zone. */
const untilOf = (date: string) => new Date(`${date}T00:00:00`);

/**
 * The problems the console can see before sending, as catalogue keys (the server checks the
 * same and more): required texts, a future date, the bounds of an extension, a ground that
 * needs a consultation first.
 */
export function actionProblems(action: MlaAction, values: ActionValues, request: MlaRequestFieldsFragment): ActionProblems {
  const fields = ACTION_FIELDS[action];
  const problems: ActionProblems = {};
  if (fields.includes('consultation') && blank(values.comment)) problems.comment = 'mla.form.consultationMissing';
  if (fields.includes('question') && blank(values.question)) problems.question = 'mla.form.required';
  if (fields.includes('answer') && blank(values.answer)) problems.answer = 'mla.form.required';
  if (fields.includes('reason') && blank(values.reason)) problems.reason = 'mla.form.required';
  if (fields.includes('until') && !(values.until && untilOf(values.until).getTime() > Date.now())) problems.until = 'mla.form.futureDate';
  if (fields.includes('forward') && !values.forwardToAgencyId) problems.forwardToAgencyId = 'mla.form.required';
  if (fields.includes('extensionDays')) {
    const days = Number(values.extensionDays);
    if (!Number.isInteger(days) || days < 1 || days > MAX_EXTENSION_DAYS(request.legalBasis)) problems.extensionDays = 'mla.form.extensionRange';
  }
  if (fields.includes('refusal')) {
    if (!values.ground) problems.ground = 'mla.form.required';
    else if (needsConsultation(values.ground) && !consultationRecorded(request)) problems.ground = 'mla.refuse.consultFirst';
    if (values.ground === 'OTHER' && blank(values.groundText)) problems.groundText = 'mla.form.required';
  }
  if (fields.includes('outcomes')) {
    if (values.outcomes.every((o) => o.outcome === 'PENDING')) problems.outcomes = 'mla.form.outcomeMissing';
    values.outcomes.forEach((o, i) => {
      if (o.outcome !== 'REFUSED') return;
      if (!o.ground) problems[`outcomes.${i}.ground`] = 'mla.form.required';
      else if (needsConsultation(o.ground) && !consultationRecorded(request)) problems[`outcomes.${i}.ground`] = 'mla.refuse.consultFirst';
      // The note is the text of an OTHER ground.
      if (o.ground === 'OTHER' && blank(o.note)) problems[`outcomes.${i}.note`] = 'mla.form.required';
    });
  }
  return problems;
}

const text = (value: string) => (blank(value) ? null : value.trim());

/** The mutation's input for the step: only the action's own inputs, with the version seen. */
export function transitionInputOf(action: MlaAction, values: ActionValues, request: MlaRequestFieldsFragment): MlaTransitionInput {
  const fields = ACTION_FIELDS[action];
  const has = (field: ActionField) => fields.includes(field);
  return {
    id: request.id,
    expectedVersion: request.version,
    action,
    comment: has('comment') || has('consultation') ? text(values.comment) : null,
    question: has('question') ? text(values.question) : null,
    answer: has('answer') ? text(values.answer) : null,
    reason: has('reason') ? text(values.reason) : null,
    until: has('until') && values.until ? untilOf(values.until).toISOString() : null,
    ground: has('refusal') && values.ground ? values.ground : null,
    groundText: has('refusal') && values.ground === 'OTHER' ? text(values.groundText) : null,
    forwardToAgencyId: has('forward') ? values.forwardToAgencyId || null : null,
    extensionDays: has('extensionDays') ? Number(values.extensionDays) : null,
    outcomes: has('outcomes')
      ? values.outcomes
          .filter((o) => o.outcome !== 'PENDING')
          .map((o) => ({
            measureId: o.measureId,
            outcome: o.outcome,
            ground: o.outcome === 'REFUSED' && o.ground ? o.ground : null,
            note: text(o.note),
          }))
      : null,
  };
}
