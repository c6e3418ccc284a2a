import { FieldProblem } from '@app/kernel';
import { GROUNDS_NEEDING_CONSULTATION, LegalBasis, REFUSAL_GROUNDS, RefusalGround } from './mla-vocabulary';

/** What a refusal ground is checked against. */
export interface RefusalSetting {
  readonly legalBasis: LegalBasis | null;
  /** Whether a consultation with the requesting side has been recorded (EIO art. 11(4)). */
  readonly consultationRecorded: boolean;
}

/**
 * The problems with refusing on `ground`, the whole request or one measure of it ("in whole
 * or in part", EIO art. 11(4)): the ground must fit the legal basis, OTHER needs its text,
 * and the EIO grounds (a), (b), (d), (e) and (f) need a consultation recorded first.
 */
export function refusalGroundProblems(
  ground: RefusalGround | null | undefined,
  text: string | null | undefined,
  setting: RefusalSetting,
  fields: { readonly ground: string; readonly text: string },
): FieldProblem[] {
  if (!ground) return [{ field: fields.ground, problem: 'is required' }];
  const fitting = setting.legalBasis ? REFUSAL_GROUNDS[setting.legalBasis] : [];
  // A ground of another basis is wrong whatever else is given: that alone is said.
  if (!fitting.includes(ground)) return [{ field: fields.ground, problem: `does not fit the legal basis; one of ${fitting.join(', ')}` }];
  const problems: FieldProblem[] = [];
  if (ground === RefusalGround.OTHER && !text?.trim()) problems.push({ field: fields.text, problem: 'is required for the ground OTHER' });
  if (GROUNDS_NEEDING_CONSULTATION.includes(ground) && !setting.consultationRecorded) {
    problems.push({ field: fields.ground, problem: 'a consultation with the requesting side must be recorded first (EIO art. 11(4))' });
  }
  return problems;
}
