import { FieldProblem } from '@app/kernel';
import { refusalGroundProblems, RefusalSetting } from './mla-refusal';
import { MeasureKind, MeasureOutcome, RefusalGround } from './mla-vocabulary';

export interface Measure {
  readonly id: string;
  readonly kind: MeasureKind;
  readonly details: string;
  readonly outcome: MeasureOutcome;
  readonly ground: RefusalGround | null;
  readonly note: string | null;
}

export interface OutcomeChange {
  readonly measureId: string;
  readonly outcome: MeasureOutcome;
  readonly ground?: RefusalGround | null;
  readonly note?: string | null;
}

/**
 * Records the outcome of requested measures. A refused measure is a refusal in part: its
 * ground follows the rules of a refusal (the note is the text of an OTHER ground).
 */
export function applyOutcomes(
  measures: readonly Measure[],
  changes: readonly OutcomeChange[],
  setting: RefusalSetting,
): { measures: Measure[]; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  if (changes.length === 0) problems.push({ field: 'outcomes', problem: 'at least one outcome is required' });
  const byId = new Map(measures.map((m) => [m.id, m]));
  changes.forEach((change, i) => {
    const field = `outcomes[${i}]`;
    if (!byId.has(change.measureId)) problems.push({ field: `${field}.measureId`, problem: 'is not a measure of this request' });
    if (change.outcome === MeasureOutcome.PENDING) problems.push({ field: `${field}.outcome`, problem: 'must be a decided outcome' });
    if (change.outcome === MeasureOutcome.REFUSED) {
      problems.push(...refusalGroundProblems(change.ground, change.note, setting, { ground: `${field}.ground`, text: `${field}.note` }));
    }
    const measure = byId.get(change.measureId);
    if (measure) {
      byId.set(measure.id, {
        ...measure,
        outcome: change.outcome,
        ground: change.outcome === MeasureOutcome.REFUSED ? (change.ground ?? null) : null,
        note: change.note ?? null,
      });
    }
  });
  return { measures: measures.map((m) => byId.get(m.id) ?? m), problems };
}

/** The human reference of a request, e.g. MLA-DE-2026-000042. */
export function formatReference(stateCode: string, year: number, serial: number): string {
  return `MLA-${stateCode}-${year}-${String(serial).padStart(6, '0')}`;
}
