// Runs one scenario in desktop VS Code (Electron), where one can be had:
// VSCODE_EXECUTABLE names its binary (e.g. /usr/share/code/code), or
// DOSSIER_TEST_DOWNLOAD=1 lets @vscode/test-electron download it (needs internet).
//
// We spawn VS Code with the same arguments as @vscode/test-electron's runTests
// rather than calling runTests, because runTests always adds
// --disable-workspace-trust (Restricted-Mode scenarios would silently run
// trusted) and gives no handle to kill VS Code on a timeout.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { QUIET_SETTINGS } from './codeServer.mjs';
import { ROOT } from './paths.mjs';
import { spawnGroup, stopGroup } from './procs.mjs';
import { hostLogger } from './hostLog.mjs';

/** The desktop VS Code to use, or null for the default (code-server). */
export async function resolveElectron() {
  const exe = process.env.VSCODE_EXECUTABLE;
  if (exe) {
    if (!fs.existsSync(exe)) throw new Error(`VSCODE_EXECUTABLE=${exe} does not exist`);
    return path.resolve(exe);
  }
  if (process.env.DOSSIER_TEST_DOWNLOAD !== '1') return null;
  const { default: testElectron } = await import('@vscode/test-electron');
  return testElectron.downloadAndUnzipVSCode({
    version: process.env.DOSSIER_VSCODE_VERSION || '1.100.3',
    cachePath: path.join(ROOT, '.vscode-test'),
  });
}

/** X.Y.Z of a desktop VS Code: its resources/app/package.json, else `--version`. */
export function electronVersion(exe) {
  const dir = path.dirname(exe);
  for (const p of [path.join(dir, 'resources', 'app', 'package.json'), path.join(dir, '..', 'Resources', 'app', 'package.json')]) {
    try {
      return JSON.parse(fs.readFileSync(p, 'utf8')).version;
    } catch { /* try the next layout */ }
  }
  const r = spawnSync(exe, ['--version'], { encoding: 'utf8', timeout: 30_000 });
  return r.stdout?.split('\n')[0].trim() || 'unknown';
}

export async function runScenarioInElectron({ sc, prep, exe, timeoutMs, logFile }) {
  const logger = hostLogger(logFile);
  const userDir = path.join(prep.tmp, 'user-data', 'User');
  fs.mkdirSync(userDir, { recursive: true });
  fs.writeFileSync(path.join(userDir, 'settings.json'), JSON.stringify({ ...QUIET_SETTINGS, ...sc.settings }));
  const args = [
    ...(prep.open ? [prep.open] : []),
    '--no-sandbox', '--disable-gpu-sandbox', '--disable-updates', '--skip-welcome', '--skip-release-notes',
    ...(sc.trusted ? ['--disable-workspace-trust'] : []),
    `--extensionTestsPath=${sc.entry}`,
    `--extensionDevelopmentPath=${ROOT}`,
    `--user-data-dir=${path.join(prep.tmp, 'user-data')}`,
    `--extensions-dir=${path.join(prep.tmp, 'extensions')}`,
  ];
  // Its IPC sockets go to TMPDIR; keep them in the scenario's temp dir, not /tmp.
  const env = { ...process.env, ...prep.env, TMPDIR: prep.tmp };
  delete env.ELECTRON_RUN_AS_NODE; // would start Electron as plain Node
  const child = spawnGroup(exe, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.on('data', (d) => logger.chunk(String(d)));
  child.stderr.on('data', (d) => logger.chunk(String(d)));
  let timer;
  const outcome = await new Promise((resolve) => {
    child.once('error', (e) => resolve({ error: `cannot start ${exe}: ${e.message}` }));
    child.once('exit', (code, signal) => resolve(signal ? { error: `VS Code was killed by ${signal}` } : { code }));
    timer = setTimeout(() => resolve({ error: `timed out after ${timeoutMs / 1000} s` }), timeoutMs);
  });
  clearTimeout(timer);
  await stopGroup(child); // also whatever VS Code left running
  logger.flush();
  return { ...outcome, log: logger.lines };
}
