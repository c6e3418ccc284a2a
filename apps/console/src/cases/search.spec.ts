import { validateCasesSearch } from './search';

describe('cases list search params', () => {
  it('keeps valid filters and drops malformed ones', () => {
    expect(validateCasesSearch({ status: 'OPEN', form: 'LABOUR', text: 'BLN', updatedSince: '2026-11-01', after: 'abc' })).toEqual({
      status: 'OPEN',
      form: 'LABOUR',
      text: 'BLN',
      updatedSince: '2026-11-01',
      after: 'abc',
    });
    expect(validateCasesSearch({ status: 'LOST', form: 3, text: '', updatedSince: '1 Nov', extra: 'x' })).toEqual({});
  });
});
