import { validateHandoffsSearch } from './search';

describe('the handoff lists’ search params', () => {
  it('keep the valid filters and drop what a hand-edited address got wrong', () => {
    expect(validateHandoffsSearch({ direction: 'INCOMING', status: 'PROPOSED', overdue: 'true', after: 'abc' })).toEqual({
      direction: 'INCOMING',
      status: 'PROPOSED',
      overdue: true,
      after: 'abc',
    });
    expect(validateHandoffsSearch({ direction: 'SIDEWAYS', status: 'LOST', overdue: 'no', after: '' })).toEqual({});
  });
});
