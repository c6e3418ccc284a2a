import { FieldProblem } from '@app/kernel';
import { LegalBasis, MeasureKind, MeasureOutcome, REFUSAL_GROUNDS, RefusalGround } from './mla-vocabulary';

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

/** Records the outcome of requested measures; a refused measure needs a ground fitting the legal basis. */
export function applyOutcomes(
  measures: readonly Measure[],
  changes: readonly OutcomeChange[],
  basis: LegalBasis | null,
): { measures: Measure[]; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  if (changes.length === 0) problems.push({ field: 'outcomes', problem: 'at least one outcome is required' });
  const byId = new Map(measures.map((m) => [m.id, m]));
  changes.forEach((change, i) => {
    const field = `outcomes[${i}]`;
    if (!byId.has(change.measureId)) problems.push({ field: `${field}.measureId`, problem: 'is not a measure of this request' });
    if (change.outcome === MeasureOutcome.PENDING) problems.push({ field: `${field}.outcome`, problem: 'must be a decided outcome' });
    if (change.outcome === MeasureOutcome.REFUSED) {
      const fitting = basis ? REFUSAL_GROUNDS[basis] : [];
      if (!change.ground || !fitting.includes(change.ground)) {
        problems.push({ field: `${field}.ground`, problem: `a refused measure needs a ground of ${fitting.join(', ')}` });
      }
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
