// npm run fuzz: the property-based tests run long (20,000 cases each by default), the
// pathological inputs, and the regular-expression battery on longer runs (200,000 characters,
// ten runs per pattern in the second round). `npm test` runs the same tests, bounded.
//
//   npm run fuzz                      20,000 cases a property
//   npm run fuzz -- --runs 100000     more
//   npm run fuzz -- --seed 1234       replay a failure (fast-check prints the seed and the path)
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT } from './lib/paths.mjs';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '20000' },
    seed: { type: 'string' },
    'regex-chars': { type: 'string', default: '200000' },
  },
});

const build = spawnSync(process.execPath, [path.join(ROOT, 'esbuild.js'), '--tests'], { cwd: ROOT, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const env = {
  ...process.env,
  DOSSIER_FUZZ_RUNS: values.runs,
  DOSSIER_REGEX_CHARS: values['regex-chars'],
  DOSSIER_REGEX_SCREEN: '5000',
  DOSSIER_REGEX_TOP: '10',
  ...(values.seed === undefined ? {} : { DOSSIER_FUZZ_SEED: values.seed }),
};
const specs = ['out/test/unit/properties/*.test.js', 'out/test/unit/pathological.test.js', 'out/test/unit/security.test.js'];
const started = Date.now();
const mocha = spawnSync(
  process.execPath,
  [path.join(ROOT, 'node_modules', 'mocha', 'bin', 'mocha.js'), '--no-config', '--ui', 'bdd', '--timeout', '0', '--enable-source-maps', ...specs],
  { cwd: ROOT, stdio: 'inherit', env },
);
console.log(`\nfuzz: ${values.runs} cases a property${values.seed ? `, seed ${values.seed}` : ''}, in ${Math.round((Date.now() - started) / 1000)} s`);
process.exit(mocha.status ?? 1);
