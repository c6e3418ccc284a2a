import { parse } from '@formatjs/icu-messageformat-parser';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { defineConfig, Plugin } from 'vite';

const gateway = process.env.GATEWAY_URL ?? 'http://127.0.0.1:3000';

/** Message catalogues: each journey's messages.ts and the shared vocabulary. */
const CATALOGUE_FILE = /\/apps\/console\/src\/.*(messages|vocabulary)\.ts$/;

/** The `catalogue(english, { de, ro, ru })` call of a catalogue file. */
function catalogueCall(id: string, code: string): { source: ts.SourceFile; english: ts.ObjectLiteralExpression; others: ts.ObjectLiteralExpression } {
  const source = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true);
  let found: ts.CallExpression | undefined;
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && node.expression.getText() === 'catalogue') found = node;
    else ts.forEachChild(node, visit);
  };
  visit(source);
  const [english, others] = found?.arguments ?? [];
  if (!english || !others || !ts.isObjectLiteralExpression(english) || !ts.isObjectLiteralExpression(others)) {
    throw new Error(`${id}: a catalogue file holds one catalogue({...}, { de: {...}, ... }) call`);
  }
  return { source, english, others };
}

/** An object literal of messages as react-intl's parsed form (its strings become their ICU AST). */
function compiledMessages(messages: ts.ObjectLiteralExpression): string {
  const entries = messages.properties.map((property) => {
    if (!ts.isPropertyAssignment(property) || !ts.isStringLiteral(property.initializer)) throw new Error(`not a message: ${property.getText()}`);
    return `${property.name.getText()}: ${JSON.stringify(parse(property.initializer.text))}`;
  });
  return `{${entries.join(',')}}`;
}

// A language of a catalogue file, as a module of its own: `\0<file without .ts>.<locale>.ts`.
const TRANSLATION = /^\0(.+)\.(de|ro|ru)\.ts$/;

/**
 * Builds the catalogues' messages as react-intl's parsed form, so the console ships without
 * the ICU message parser (react-intl's documented "pre-compile messages" setup), and gives
 * each language other than English a module of its own, loaded when a page is read in it.
 * The sources stay plain text in one file per journey, which the catalogue tests read.
 */
function precompileMessages(): Plugin {
  return {
    name: 'cbc-precompile-messages',
    enforce: 'pre',
    apply: 'build',
    resolveId(id) {
      return TRANSLATION.test(id) ? id : null;
    },
    load(id) {
      const translation = TRANSLATION.exec(id);
      if (!translation) return null;
      const [, base, locale] = translation;
      const file = `${base}.ts`;
      const language = catalogueCall(file, readFileSync(file, 'utf8')).others.properties.find(
        (property) => property.name?.getText() === locale,
      );
      if (!language || !ts.isPropertyAssignment(language) || !ts.isObjectLiteralExpression(language.initializer)) {
        throw new Error(`${file}: no ${locale} messages`);
      }
      return `export default ${compiledMessages(language.initializer)};`;
    },
    transform(code, id) {
      if (!CATALOGUE_FILE.test(id) || !/\bcatalogue\(\s*\{/.test(code)) return null;
      const { english, others } = catalogueCall(id, code);
      const base = id.replace(/\.ts$/, '');
      const loaders = others.properties.map((property) => {
        const locale = property.name?.getText() ?? '';
        return `${locale}: () => import(${JSON.stringify(`\0${base}.${locale}.ts`)}).then((m) => m.default)`;
      });
      const edits = [
        { start: others.getStart(), end: others.getEnd(), text: `{${loaders.join(',')}}` },
        { start: english.getStart(), end: english.getEnd(), text: compiledMessages(english) },
      ];
      return { code: edits.reduce((out, e) => out.slice(0, e.start) + e.text + out.slice(e.end), code), map: null };
    },
  };
}

const GENERATED = `${import.meta.dirname}/src/gql/graphql.ts`;

/** The generated documents by name (`SignInDocument`, `SessionFieldsFragmentDoc` ...), as the JSON codegen wrote. */
function generatedDocuments(): Map<string, string> {
  const documents = new Map<string, string>();
  for (const line of readFileSync(GENERATED, 'utf8').split('\n')) {
    const found = /^export const (\w+(?:Document|FragmentDoc)) = (\{.*\}) as unknown as DocumentNode/.exec(line);
    if (found) documents.set(found[1], found[2]);
  }
  return documents;
}

/**
 * Each document a page imports from the generated module is written into the page that uses
 * it: through one shared generated module, every page would load every other page's documents.
 */
function inlineDocuments(): Plugin {
  let documents = new Map<string, string>();
  return {
    name: 'cbc-inline-documents',
    enforce: 'pre',
    apply: 'build',
    buildStart() {
      documents = generatedDocuments();
    },
    transform(code, id) {
      if (!/\/apps\/console\/src\/.*\.tsx?$/.test(id) || id.includes('/src/gql/')) return null;
      const inlined = code.replace(/import\s*\{([^}]*)\}\s*from\s*(['"][./]*gql\/graphql['"]);?/g, (_, names: string, from: string) => {
        const imported = names.split(',').map((name) => name.trim()).filter(Boolean);
        const inline = imported.filter((name) => documents.has(name));
        const kept = imported.filter((name) => !documents.has(name));
        const missing = imported.filter((name) => /(Document|FragmentDoc)$/.test(name) && !documents.has(name));
        if (missing.length) throw new Error(`${id}: no generated document ${missing.join(', ')} (npm run codegen)`);
        return [
          ...(kept.length ? [`import { ${kept.join(', ')} } from ${from};`] : []),
          ...inline.map((name) => `const ${name} = (${documents.get(name)});`),
        ].join('\n');
      });
      return inlined === code ? null : { code: inlined, map: null };
    },
  };
}

// The console is built into dist/console, which the gateway serves at `/`. `npm run dev`
// serves it with hot reload and passes the API's paths to a running gateway.
export default defineConfig(({ command }) => ({
  root: import.meta.dirname,
  plugins: [precompileMessages(), inlineDocuments(), react()],
  resolve: {
    // Built messages arrive parsed (precompileMessages), so react-intl needs no parser in the
    // browser; the dev server keeps the parser and the plain text.
    alias: command === 'build' ? [{ find: '@formatjs/icu-messageformat-parser', replacement: '@formatjs/icu-messageformat-parser/no-parser.js' }] : [],
  },
  build: {
    outDir: '../../dist/console',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1000,
  },
  server: {
    port: 5173,
    proxy: { '/graphql': gateway, '/mla-requests': gateway },
  },
}));
