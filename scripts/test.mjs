// npm test: the real VS Code installed if missing, the unit tests, then the integration tests in it.
// Both always run; the exit code is non-zero if either failed, and the
// integration summary is the last line printed. Arguments go to the integration runner.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ROOT } from './lib/paths.mjs';

function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit' });
  return r.status ?? 1;
}

// The host first: its VS Code's Markdown grammar is what the unit test of our grammar tokenizes with.
const host = run(process.execPath, [path.join(ROOT, 'scripts', 'install-host.mjs')]);
if (host !== 0) console.log(`\ninstalling the browser-hosted VS Code failed (exit ${host}); its tests will fail too`);
const unit = run('npm', ['run', 'test:unit']);
if (unit !== 0) console.log(`\nunit tests failed (exit ${unit}); running the integration tests anyway`);
const integration = run(process.execPath, [path.join(ROOT, 'scripts', 'integration.mjs'), ...process.argv.slice(2)]);
process.exit(unit !== 0 || integration !== 0 ? 1 : 0);
