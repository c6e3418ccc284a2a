import { validateAgencyUsersSearch } from './search';

describe('the users list in the address bar', () => {
  it('keeps a known status and a cursor', () => {
    expect(validateAgencyUsersSearch({ status: 'LOCKED', after: 'abc' })).toEqual({ status: 'LOCKED', after: 'abc' });
  });

  it('drops an unknown status and an empty cursor', () => {
    expect(validateAgencyUsersSearch({ status: 'HACKED', after: '' })).toEqual({});
  });
});
