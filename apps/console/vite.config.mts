import { parse } from '@formatjs/icu-messageformat-parser';
import react from '@vitejs/plugin-react';
import ts from 'typescript';
import { defineConfig, Plugin } from 'vite';

const gateway = process.env.GATEWAY_URL ?? 'http://127.0.0.1:3000';

/** Message catalogues: each journey's messages.ts and the shared vocabulary. */
const CATALOGUE_FILE = /\/apps\/console\/src\/.*(messages|vocabulary)\.ts$/;

/**
 * Builds the catalogues' messages as react-intl's parsed form, so the console ships without
 * the ICU message parser (react-intl's documented "pre-compile messages" setup): each string
 * inside a `catalogue(...)` call becomes its AST. The sources stay plain text, which the
 * catalogue tests read.
 */
function precompileMessages(): Plugin {
  return {
    name: 'cbc-precompile-messages',
    enforce: 'pre',
    apply: 'build',
    transform(code, id) {
      if (!CATALOGUE_FILE.test(id)) return null;
      const source = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true);
      const edits: { start: number; end: number; text: string }[] = [];
      const visit = (node: ts.Node, inCatalogue: boolean) => {
        const entersCatalogue = ts.isCallExpression(node) && node.expression.getText() === 'catalogue';
        if (inCatalogue && ts.isPropertyAssignment(node) && ts.isStringLiteral(node.initializer)) {
          const text = JSON.stringify(parse(node.initializer.text));
          edits.push({ start: node.initializer.getStart(), end: node.initializer.getEnd(), text });
        }
        ts.forEachChild(node, (child) => visit(child, inCatalogue || entersCatalogue));
      };
      visit(source, false);
      const compiled = edits.reverse().reduce((out, e) => out.slice(0, e.start) + e.text + out.slice(e.end), code);
      return { code: compiled, map: null };
    },
  };
}


// The console is built into dist/console, which the gateway serves at `/`. `npm run dev`
// serves it with hot reload and passes the API's paths to a running gateway.
export default defineConfig(({ command }) => ({
  root: import.meta.dirname,
  plugins: [precompileMessages(), react()],
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
