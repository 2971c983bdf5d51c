// Installs the browser-hosted VS Code (code-server + headless Chromium) into
// .vscode-test/host/, following /work/shared/notes/real-vscode.md. Idempotent:
// once the marker file is written, a second run only checks the Debian packages.
//
//   node scripts/install-host.mjs [--force]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CHROMIUM, CODE_SERVER_DIR, CODE_SERVER_ENTRY, CODE_SERVER_VERSION, HOST_DIR, INSTALLED_MARKER, VSCODE_DIR, cleanEnv,
} from './lib/paths.mjs';

const LOG = path.join(HOST_DIR, 'install.log');
const STEP_TIMEOUT_MS = 15 * 60_000; // a stuck npm/apt must not hang CI forever

class InstallError extends Error {}

function say(msg) {
  console.log(`install-host: ${msg}`);
}

/** Runs a command, its output going to install.log; throws with a one-line reason. */
function run(step, cmd, args, cwd, env = cleanEnv()) {
  fs.mkdirSync(HOST_DIR, { recursive: true });
  fs.appendFileSync(LOG, `\n$ (cd ${cwd} && ${cmd} ${args.join(' ')})\n`);
  const fd = fs.openSync(LOG, 'a');
  try {
    const r = spawnSync(cmd, args, { cwd, env, stdio: ['ignore', fd, fd], timeout: STEP_TIMEOUT_MS });
    if (r.error) throw new InstallError(`${step}: ${r.error.message}`);
    if (r.status !== 0) {
      const why = r.signal ? `killed by ${r.signal}` : `exit ${r.status}`;
      throw new InstallError(`${step}: \`${cmd} ${args.join(' ')}\` failed (${why}); see ${path.relative(process.cwd(), LOG)}`);
    }
  } finally {
    fs.closeSync(fd);
  }
}

function commandExists(name) {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

/** The Debian packages (and build tools for the native modules) not yet installed. */
function missingPackages() {
  const wanted = ['ripgrep', 'libkrb5-dev', 'pkg-config'];
  if (!process.env.CHROMIUM_PATH) wanted.unshift('chromium');
  // node-gyp needs these; only ask apt when the command is absent (it may come from elsewhere).
  for (const [cmd, pkg] of [['python3', 'python3'], ['make', 'make'], ['g++', 'g++']]) {
    if (!commandExists(cmd)) wanted.push(pkg);
  }
  if (!commandExists('dpkg-query')) {
    throw new InstallError(`dpkg-query not found: this installer needs Debian/Ubuntu (wanted: ${wanted.join(' ')})`);
  }
  const r = spawnSync('dpkg-query', ['-W', '-f=${Package} ${Status}\\n', ...wanted], { encoding: 'utf8' });
  const installed = new Set(
    (r.stdout ?? '').split('\n').filter((l) => l.endsWith(' install ok installed')).map((l) => l.split(' ')[0]),
  );
  return wanted.filter((p) => !installed.has(p));
}

function ensureSystemPackages() {
  const missing = missingPackages();
  if (missing.length === 0) return;
  const cmd = `apt-get update && apt-get install -y --no-install-recommends ${missing.join(' ')}`;
  if (process.getuid?.() !== 0) {
    throw new InstallError(`missing Debian packages ${missing.join(', ')}; run: sudo sh -c '${cmd}'`);
  }
  say(`apt-get install ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get update', 'apt-get', ['update'], HOST_DIR, env);
  run('apt-get install', 'apt-get', ['install', '-y', '--no-install-recommends', ...missing], HOST_DIR, env);
  const still = missingPackages();
  if (still.length) throw new InstallError(`apt-get did not install ${still.join(', ')}`);
}

function installCodeServer() {
  const steps = 6;
  fs.writeFileSync(path.join(HOST_DIR, 'package.json'), '{"private":true}\n');
  say(`[1/${steps}] npm install code-server@${CODE_SERVER_VERSION} (no scripts: its postinstall downloads from GitHub)`);
  run('code-server', 'npm', ['install', '--ignore-scripts', '--no-save', '--no-audit', '--no-fund',
    `code-server@${CODE_SERVER_VERSION}`], HOST_DIR);
  say(`[2/${steps}] build argon2`);
  run('argon2', 'npm', ['rebuild', '--yes', 'argon2'], HOST_DIR);
  say(`[3/${steps}] npm install VS Code server dependencies`);
  run('vscode deps', 'npm', ['install', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund'], VSCODE_DIR);
  say(`[4/${steps}] build native modules (spdlog, node-pty, watcher, watchdog, kerberos)`);
  run('native modules', 'npm', ['rebuild', '--yes', '@vscode/spdlog', 'node-pty', '@parcel/watcher',
    'native-watchdog', 'kerberos'], VSCODE_DIR);
  say(`[5/${steps}] ripgrep from Debian, node_modules.asar link`);
  const rgDir = path.join(VSCODE_DIR, 'node_modules', '@vscode', 'ripgrep', 'bin');
  fs.mkdirSync(rgDir, { recursive: true });
  const rg = spawnSync('sh', ['-c', 'command -v rg'], { encoding: 'utf8' }).stdout.trim();
  if (!rg) throw new InstallError('rg not found on PATH after installing ripgrep');
  fs.copyFileSync(rg, path.join(rgDir, 'rg'));
  fs.chmodSync(path.join(rgDir, 'rg'), 0o755);
  const asar = path.join(VSCODE_DIR, 'node_modules.asar');
  fs.rmSync(asar, { force: true, recursive: true });
  fs.symlinkSync('node_modules', asar); // VS Code looks its modules up in node_modules.asar
  say(`[6/${steps}] npm install built-in extensions' dependencies`);
  run('extensions deps', 'npm', ['install', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund'],
    path.join(VSCODE_DIR, 'extensions'));
}

/** Makes sure the host is installed; throws InstallError with a one-line reason. */
export function ensureHost({ force = false } = {}) {
  const t0 = Date.now();
  fs.mkdirSync(HOST_DIR, { recursive: true });
  ensureSystemPackages();
  if (!fs.existsSync(CHROMIUM)) throw new InstallError(`no Chromium at ${CHROMIUM}`);
  if (fs.existsSync(INSTALLED_MARKER) && fs.existsSync(CODE_SERVER_ENTRY) && !force) return false;
  if (force) fs.rmSync(CODE_SERVER_DIR, { recursive: true, force: true });
  fs.rmSync(LOG, { force: true });
  installCodeServer();
  fs.writeFileSync(INSTALLED_MARKER, `${new Date().toISOString()}\n`);
  say(`done in ${Math.round((Date.now() - t0) / 1000)} s (${path.relative(process.cwd(), HOST_DIR) || '.'})`);
  return true;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    if (!ensureHost({ force: process.argv.includes('--force') })) say(`code-server ${CODE_SERVER_VERSION} already installed`);
  } catch (e) {
    if (!(e instanceof InstallError)) throw e;
    if (fs.existsSync(LOG)) {
      const tail = fs.readFileSync(LOG, 'utf8').trimEnd().split('\n').slice(-15);
      console.error(tail.map((l) => `  | ${l}`).join('\n'));
    }
    console.error(`install-host: FAILED: ${e.message}`);
    process.exit(1);
  }
}
