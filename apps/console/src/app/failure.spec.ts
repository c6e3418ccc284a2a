import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describeFailure, failureSentence } from './failure';

const answered = (extensions: Record<string, unknown>) =>
  new CombinedGraphQLErrors({ errors: [{ message: 'refused', extensions }] });

describe('failureSentence', () => {
  it('names the state of a conflict with the current state, and keeps the stale-version sentence for the other conflicts', () => {
    const state = describeFailure(answered({ code: 'CONFLICT', reason: 'STATE', state: 'SUBMITTED' }));
    expect(state).toMatchObject({ kind: 'conflict', state: 'SUBMITTED' });
    expect(failureSentence(state)).toEqual({ key: 'error.conflictState', values: { state: 'SUBMITTED' } });
    const stale = describeFailure(answered({ code: 'CONFLICT', reason: 'VERSION' }));
    expect(failureSentence(stale).key).toBe('error.conflict');
    expect(failureSentence(describeFailure(answered({ code: 'NOT_FOUND' }))).key).toBe('error.notFound');
  });
});
