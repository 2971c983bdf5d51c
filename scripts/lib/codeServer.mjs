// Starts code-server (VS Code's server + web workbench) on loopback and opens it
// in headless Chromium, as in /work/shared/notes/real-vscode.md.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, CODE_SERVER_ENTRY, ROOT, cleanEnv } from './paths.mjs';
import { removeTempDir, spawnGroup, stopGroup, tempDir } from './procs.mjs';

const READY_TIMEOUT_MS = 60_000;

/** No welcome page, tips or update checks: fewer surprises in tests and pictures. */
export const QUIET_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'update.mode': 'none',
  'telemetry.telemetryLevel': 'off',
};

/** One GET of `/`; resolves the status code or null if nothing answers yet. */
function probe(port) {
  return new Promise((resolve) => {
    const req = http.get({ host: '127.0.0.1', port, path: '/', timeout: 2000 }, (res) => {
      res.resume();
      resolve(res.statusCode);
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(null));
  });
}

/**
 * Starts code-server with everything it writes kept under `dataDir` (user data,
 * extensions, its config, XDG and temp dirs: the user's home and /tmp are left alone).
 * `workspace` null opens no folder; `trusted` false keeps Workspace Trust on (Restricted Mode);
 * `settings` are user settings over QUIET_SETTINGS, written if there are none yet.
 */
export async function startCodeServer({ dataDir, port, workspace, trusted, env = {}, settings = {} }) {
  const xdg = (name) => path.join(dataDir, 'xdg', name);
  const userDir = path.join(dataDir, 'user-data', 'User');
  fs.mkdirSync(userDir, { recursive: true });
  const settingsFile = path.join(userDir, 'settings.json');
  // Never overwrite: `npm start` keeps its user data (and the user's edits) between runs.
  if (!fs.existsSync(settingsFile)) fs.writeFileSync(settingsFile, JSON.stringify({ ...QUIET_SETTINGS, ...settings }, null, 2));
  const config = path.join(dataDir, 'config.yaml');
  fs.writeFileSync(config, 'auth: none\ncert: false\n');
  const args = [
    CODE_SERVER_ENTRY,
    '--config', config,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`, // loopback only
    '--disable-telemetry', '--disable-update-check', '--disable-getting-started-override',
    '--user-data-dir', path.join(dataDir, 'user-data'),
    '--extensions-dir', path.join(dataDir, 'extensions'),
    ...(trusted ? ['--disable-workspace-trust'] : []),
    ...(workspace ? [workspace] : ['--ignore-last-opened']),
  ];
  // Its IPC and git sockets would otherwise be left behind in /tmp. A short
  // path of its own, as unix socket paths are limited to 108 bytes.
  const tmp = tempDir('dossier-cs-');
  const childEnv = cleanEnv({
    TMPDIR: tmp,
    XDG_CONFIG_HOME: xdg('config'), XDG_DATA_HOME: xdg('data'),
    XDG_CACHE_HOME: xdg('cache'), XDG_STATE_HOME: xdg('state'),
    ...env,
  });
  delete childEnv.PORT; // code-server would let $PORT override --bind-addr
  const logFile = path.join(dataDir, 'code-server.log');
  const out = fs.openSync(logFile, 'w');
  const child = spawnGroup(process.execPath, args, { cwd: dataDir, env: childEnv, stdio: ['ignore', out, out] });
  fs.closeSync(out);

  const stop = async () => {
    await stopGroup(child);
    removeTempDir(tmp);
  };
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve(signal ?? code)));
  const deadline = Date.now() + READY_TIMEOUT_MS;
  // Ready = it answers HTTP: 302 (to ?folder=) with a folder, 200 without.
  const ready = (status) => status !== null && status >= 200 && status < 400;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`code-server exited during start-up (${child.exitCode ?? child.signalCode})`);
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`code-server did not answer on 127.0.0.1:${port} within ${READY_TIMEOUT_MS / 1000} s`);
    }
    if (ready(await probe(port))) break;
    await new Promise((r) => setTimeout(r, 150));
  }
  return { child, port, logFile, exited, stop };
}

/**
 * The workbench URL that loads the extension under development (and, with
 * `extensionTestsPath`, runs that test entry) in the given folder.
 */
export function workbenchUrl(port, { folder, extensionTestsPath, extensionDevelopmentPath = ROOT }) {
  const encodePath = (p) => path.resolve(p).split('/').map(encodeURIComponent).join('/'); // spaces, #, %
  const remote = (p) => `vscode-remote://127.0.0.1:${port}${encodePath(p)}`;
  const payload = [['extensionDevelopmentPath', remote(extensionDevelopmentPath)]];
  if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
  payload.push(['skipWelcome', 'true']);
  const q = new URLSearchParams();
  if (folder?.endsWith('.code-workspace')) q.set('workspace', path.resolve(folder)); // several roots
  else if (folder) q.set('folder', path.resolve(folder));
  else q.set('ew', 'true'); // an empty window, not the last opened folder
  q.set('payload', JSON.stringify(payload));
  // Slashes, colons and commas need no escaping in a query; keeping them makes the URL readable.
  const query = q.toString().replace(/%2F/g, '/').replace(/%3A/g, ':').replace(/%2C/g, ',');
  return `http://127.0.0.1:${port}/?${query}`;
}

/** Headless Debian Chromium with one page of the given size. */
export async function openBrowser({ width = 1400, height = 900 } = {}) {
  // Its crash-report, dconf and singleton dirs go here, not in ~ or /tmp (a killed Chromium leaves them).
  const home = tempDir('dossier-chromium-');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    env: { ...process.env, XDG_CONFIG_HOME: home, XDG_CACHE_HOME: home, TMPDIR: home },
    // Our own exit handlers stop everything; Playwright still kills Chromium on 'exit'.
    handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false,
    timeout: 60_000,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-crash-reporter'],
  });
  browser.on('disconnected', () => removeTempDir(home));
  const page = await browser.newPage({ viewport: { width, height } });
  return { browser, page };
}
