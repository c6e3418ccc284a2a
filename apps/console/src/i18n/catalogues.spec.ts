import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import ts from 'typescript';
import { CATALOGUES } from './all-catalogues';
import { LOCALES } from './catalogue';

const MESSAGES = Object.fromEntries(
  LOCALES.map((locale) => [locale, Object.assign({}, ...CATALOGUES.map((c) => c[locale])) as Record<string, string>]),
);

const SOURCE = join(__dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'gql' ? [] : sourceFiles(path);
    return /\.tsx$/.test(name) && !/\.spec\.tsx$/.test(name) ? [path] : [];
  });
}

// Attributes a person reads or hears; their text must come from a catalogue.
const READ_ATTRIBUTES = new Set(['label', 'title', 'placeholder', 'aria-label', 'alt', 'description', 'error']);
const HAS_LETTER = /\p{L}/u;

/** Text written into components instead of taken from a catalogue: `file:line text`. */
function hardCodedText(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const report = (node: ts.Node, text: string) =>
    found.push(`${file.slice(SOURCE.length + 1)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1} ${text.trim()}`);
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && HAS_LETTER.test(node.text)) report(node, node.text);
    if (ts.isJsxAttribute(node) && READ_ATTRIBUTES.has(node.name.getText()) && node.initializer) {
      const value = ts.isStringLiteral(node.initializer)
        ? node.initializer
        : ts.isJsxExpression(node.initializer) && node.initializer.expression && ts.isStringLiteral(node.initializer.expression)
          ? node.initializer.expression
          : null;
      if (value && HAS_LETTER.test(value.text)) report(node, value.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('message catalogues', () => {
  it('never give one key twice', () => {
    const keys = CATALOGUES.flatMap((c) => Object.keys(c.en));
    expect(keys.filter((key, i) => keys.indexOf(key) !== i)).toEqual([]);
  });

  it('give every key in every language, none empty', () => {
    const keys = Object.keys(MESSAGES.en).sort();
    expect(keys.length).toBeGreaterThan(20);
    for (const locale of LOCALES) {
      expect(Object.keys(MESSAGES[locale]).sort()).toEqual(keys);
      expect(Object.entries(MESSAGES[locale]).filter(([, text]) => text.trim() === '')).toEqual([]);
    }
  });

  it('hold messages that parse, with the same placeholders in every language', () => {
    const placeholders = (text: string, locale: string) => {
      const names = new Set<string>();
      const walk = (elements: unknown[]) =>
        elements.forEach((element) => {
          const e = element as { value?: unknown; options?: Record<string, { value: unknown[] }>; type: number };
          if (typeof e.value === 'string' && e.type !== 0) names.add(e.value);
          Object.values(e.options ?? {}).forEach((option) => walk(option.value));
        });
      walk(new IntlMessageFormat(text, locale).getAst());
      return [...names].sort();
    };
    for (const key of Object.keys(MESSAGES.en)) {
      const expected = placeholders(MESSAGES.en[key], 'en');
      for (const locale of LOCALES) expect({ key, locale, names: placeholders(MESSAGES[locale][key], locale) }).toEqual({ key, locale, names: expected });
    }
  });

  it('are the only place where components get their text', () => {
    const files = sourceFiles(SOURCE);
    expect(files.length).toBeGreaterThan(5);
    expect(files.flatMap(hardCodedText)).toEqual([]);
  });

  it('the scan itself finds text written into a component', () => {
    const dir = mkdtempSync(join(tmpdir(), 'console-probe-'));
    const probe = join(dir, 'Probe.tsx');
    writeFileSync(probe, 'export const P = () => <p title="Hello">Welcome back {name}</p>;');
    try {
      expect(hardCodedText(probe)).toHaveLength(2);
    } finally {
      rmSync(dir, { recursive: true });
    }
  });
});
