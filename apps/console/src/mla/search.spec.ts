import { validateMlaSearch } from './search';

describe('the MLA list’s search params', () => {
  it('keeps the filters it knows, typed', () => {
    expect(validateMlaSearch({ direction: 'INCOMING', statuses: ['SUBMITTED', 'REFUSED'], overdue: true, state: 'MD', after: 'abc' })).toEqual({
      direction: 'INCOMING',
      statuses: ['SUBMITTED', 'REFUSED'],
      overdue: true,
      state: 'MD',
      after: 'abc',
    });
  });

  it('drops what a hand-edited address gets wrong, rather than sending it to the API', () => {
    expect(validateMlaSearch({ direction: 'SIDEWAYS', statuses: ['SUBMITTED', 'NONSENSE'], overdue: 'perhaps', state: 'md', after: '' })).toEqual({
      statuses: ['SUBMITTED'],
    });
    expect(validateMlaSearch({ statuses: 'EXECUTED', overdue: 'true' })).toEqual({ statuses: ['EXECUTED'], overdue: true });
    expect(validateMlaSearch({})).toEqual({});
  });
});
