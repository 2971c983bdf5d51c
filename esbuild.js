// Builds the extension and the CLI as bundles, and (with --tests) transpiles the
// engine and every test file one-to-one into out/ for mocha. Types are checked by
// `npm run lint` (tsc --noEmit), as esbuild does not check them.
const esbuild = require('esbuild');
const fs = require('node:fs');
const path = require('node:path');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const tests = process.argv.includes('--tests');

/** Lists the .ts files under `dir`, recursively. */
function tsFiles(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.d.ts'))
    .map((e) => path.join(e.parentPath ?? e.path, e.name));
}

const bundles = [
  { entryPoints: ['src/vscode/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  // The reader threads' script, beside the bundles that start them (src/core/corpus/readerPool.ts).
  { entryPoints: ['src/core/corpus/readWorker.ts'], outfile: 'dist/readWorker.js' },
  // The source thread's script, likewise (src/core/draft/sourceThread.ts).
  { entryPoints: ['src/core/draft/sourceWorker.ts'], outfile: 'dist/sourceWorker.js' },
  // The glossary thread's script, likewise (src/core/glossary/glossaryThread.ts).
  { entryPoints: ['src/core/glossary/glossaryWorker.ts'], outfile: 'dist/glossaryWorker.js' },
];

async function main() {
  const common = {
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    minify: production,
    sourcemap: !production,
    sourcesContent: false,
    // jsonc-parser's default (UMD) build hides its requires from bundlers; its ESM build does not.
    // tinyglobby's ESM build reads import.meta.url, which a CommonJS bundle lacks: take its CJS build.
    alias: {
      'jsonc-parser': './node_modules/jsonc-parser/lib/esm/main.js',
      tinyglobby: './node_modules/tinyglobby/dist/index.cjs',
    },
    logLevel: 'warning',
  };
  const contexts = await Promise.all(bundles.map((b) => esbuild.context({ ...common, ...b })));
  if (tests) {
    // One file in, one file out: tests import the engine by relative path.
    contexts.push(await esbuild.context({
      entryPoints: [...tsFiles('src'), ...tsFiles('test')],
      outdir: 'out',
      outbase: '.',
      format: 'cjs',
      platform: 'node',
      target: 'node20',
      sourcemap: true,
      logLevel: 'warning',
    }));
  }
  if (watch) {
    await Promise.all(contexts.map((c) => c.watch()));
    return;
  }
  await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
  fs.chmodSync('dist/cli.js', 0o755);
}

main().catch((e) => {
  console.error(e.message ?? e);
  process.exit(1);
});
