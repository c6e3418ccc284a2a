import { textProblem } from './text';

describe('textProblem', () => {
  it.each([
    ['plain text', 'Operation Danube'],
    ['a surrogate pair (emoji)', 'file 📄'],
    ['other control characters', 'line\r\n\ttab\u0007'],
    ['an empty string', ''],
  ])('accepts %s', (_, value) => {
    expect(textProblem(value)).toBeNull();
  });

  it.each([
    ['a NUL', 'a\u0000b', 'must not contain a NUL character'],
    ['a lone high surrogate', 'a\ud800', 'must be valid Unicode (it holds a lone surrogate)'],
    ['a lone low surrogate', '\udc00b', 'must be valid Unicode (it holds a lone surrogate)'],
    ['reversed surrogates', '\udc00\ud800', 'must be valid Unicode (it holds a lone surrogate)'],
  ])('refuses %s', (_, value, problem) => {
    expect(textProblem(value)).toBe(problem);
  });
});
