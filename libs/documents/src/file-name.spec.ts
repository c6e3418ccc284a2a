import { fileNameProblem, MAX_FILE_NAME_LENGTH } from './file-name';

describe('fileNameProblem', () => {
  it.each([['bank-statement.pdf'], ['Kontoauszug März 2026.pdf'], ['выписка.pdf'], ['📄.png']])('accepts %s', (name) => {
    expect(fileNameProblem(name)).toBeNull();
  });

  it.each([
    ['no name', '  ', 'must have a file name'],
    ['a NUL', 'a\u0000.pdf', 'file name must not contain a NUL character'],
    ['a lone surrogate', 'a\ud800.pdf', 'file name must be valid Unicode (it holds a lone surrogate)'],
    ['a line break', 'a\r\nb.pdf', 'file name must not contain control characters'],
    ['an over-long name', `${'a'.repeat(MAX_FILE_NAME_LENGTH)}.pdf`, `file name must be at most ${MAX_FILE_NAME_LENGTH} characters`],
  ])('refuses %s', (_, name, problem) => {
    expect(fileNameProblem(name)).toBe(problem);
  });
});
