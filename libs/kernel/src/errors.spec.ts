import {
  BadUserInputError,
  ConflictError,
  ForbiddenError,
  isUnauditedRefusal,
  NotFoundError,
  refusalError,
  refusalExtensions,
  TooManyRequestsError,
} from './errors';

describe('the refusal table', () => {
  const problems = [{ field: 'action', problem: 'START is not possible in state PROPOSED' }];

  it('gives each kind of a rule’s refusal its one answer', () => {
    expect(refusalError({ refusal: 'WRONG_SIDE', problems }, 'PROPOSED')).toBeInstanceOf(ForbiddenError);
    const state = refusalError({ refusal: 'STATE', problems }, 'PROPOSED');
    expect(state).toBeInstanceOf(ConflictError);
    expect(refusalExtensions(state)).toEqual({ reason: 'STATE', state: 'PROPOSED' });
    const input = refusalError({ refusal: 'INPUT', problems }, 'PROPOSED');
    expect(input).toBeInstanceOf(BadUserInputError);
    expect(input.problems).toEqual(problems);
  });

  it('names a conflict’s reason in the extensions, and a state only for a state refusal', () => {
    expect(refusalExtensions(ConflictError.staleVersion('reload'))).toEqual({ reason: 'VERSION' });
    expect(refusalExtensions(ConflictError.duplicate('exists'))).toEqual({ reason: 'DUPLICATE' });
    expect(refusalExtensions(new NotFoundError('case not found'))).toEqual({});
  });

  it('audits every refusal but invalid input, once', () => {
    const hidden = new NotFoundError('case not found');
    expect([hidden, new ForbiddenError('no'), ConflictError.staleVersion('reload')].every(isUnauditedRefusal)).toBe(true);
    expect(isUnauditedRefusal(BadUserInputError.of(problems))).toBe(false);
    expect(isUnauditedRefusal(new TooManyRequestsError('slow down', 60))).toBe(false);
    expect(isUnauditedRefusal(new Error('bug'))).toBe(false);
    hidden.deniedAudited = true;
    expect(isUnauditedRefusal(hidden)).toBe(false);
  });
});
