// Child processes and temp dirs that must not outlive this script: whatever
// happens (normal end, failure, Ctrl-C), they are killed and removed.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './paths.mjs';

const groups = new Set(); // pids of detached children = their process-group ids
const tempDirs = new Set();

function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

function cleanupAll() {
  for (const pid of groups) killGroup(pid, 'SIGKILL');
  groups.clear();
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
  tempDirs.clear();
}

let installed = false;
/** Installs the exit / Ctrl-C handlers once. Playwright's own 'exit' handler kills Chromium. */
export function installExitHandlers() {
  if (installed) return;
  installed = true;
  process.on('exit', cleanupAll);
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(sig, () => {
      console.error(`\n${sig}: stopping`);
      cleanupAll();
      process.exit(sig === 'SIGINT' ? 130 : 143);
    });
  }
}

/** A fresh temp dir under the OS temp folder, removed at exit at the latest. */
export function tempDir(prefix) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  tempDirs.add(dir);
  return dir;
}

export function removeTempDir(dir) {
  tempDirs.delete(dir);
  fs.rmSync(dir, { recursive: true, force: true });
}

/** Spawns a child in its own process group, so the whole tree can be killed at once. */
export function spawnGroup(cmd, args, opts) {
  const child = spawn(cmd, args, { ...opts, detached: true });
  if (child.pid) groups.add(child.pid);
  child.on('exit', () => groups.delete(child.pid));
  return child;
}

/** Stops a child's whole process group: SIGTERM, then SIGKILL after `graceMs`. */
export async function stopGroup(child, graceMs = 3000) {
  if (!child?.pid) return;
  // The group may outlive its leader (the extension host), so always signal the group.
  killGroup(child.pid, 'SIGTERM');
  if (child.exitCode === null && child.signalCode === null) {
    await Promise.race([
      new Promise((r) => child.once('exit', r)),
      new Promise((r) => setTimeout(r, graceMs).unref()),
    ]);
  }
  killGroup(child.pid, 'SIGKILL');
  groups.delete(child.pid);
}

/** True if 127.0.0.1:port can be bound now. */
function portFree(port) {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once('error', () => resolve(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
  });
}

/** A free loopback port: `preferred` or the next free ones after it, else any. */
export async function freePort(preferred) {
  if (preferred) {
    for (let p = preferred; p < preferred + 50; p++) if (await portFree(p)) return p;
  }
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Runs a command in the foreground (output shown); throws on failure. */
export function runVisible(cmd, args, what) {
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit', timeout: 10 * 60_000 });
  if (r.status !== 0) throw new Error(`${what} failed (${r.error?.message ?? r.signal ?? `exit ${r.status}`})`);
}

/** Transpiles tests to out/ and bundles dist/ (see esbuild.js). */
export function build() {
  // Stale compiled suites (a deleted .ts) must not run, so start from a clean out/test/integration.
  fs.rmSync(path.join(ROOT, 'out', 'test', 'integration'), { recursive: true, force: true });
  runVisible(process.execPath, ['esbuild.js', '--tests'], 'build (node esbuild.js --tests)');
  runVisible(process.execPath, ['esbuild.js'], 'build (node esbuild.js)');
}
