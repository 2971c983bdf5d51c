// npm test: the unit tests, then the integration tests in a real VS Code.
// Both always run; the exit code is non-zero if either failed, and the
// integration summary is the last line printed. Arguments go to the integration runner.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ROOT } from './lib/paths.mjs';

function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit' });
  return r.status ?? 1;
}

const unit = run('npm', ['run', 'test:unit']);
if (unit !== 0) console.log(`\nunit tests failed (exit ${unit}); running the integration tests anyway`);
const integration = run(process.execPath, [path.join(ROOT, 'scripts', 'integration.mjs'), ...process.argv.slice(2)]);
process.exit(unit !== 0 || integration !== 0 ? 1 : 0);
