// Where things live. Everything is resolved from this file's location, so the
// scripts work from any checkout and any current directory.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CODE_SERVER_VERSION = '4.100.3'; // = VS Code 1.100.3, the last one on Node 20
export const HOST_DIR = path.join(ROOT, '.vscode-test', 'host');
export const CODE_SERVER_DIR = path.join(HOST_DIR, 'node_modules', 'code-server');
export const CODE_SERVER_ENTRY = path.join(CODE_SERVER_DIR, 'out', 'node', 'entry.js');
export const VSCODE_DIR = path.join(CODE_SERVER_DIR, 'lib', 'vscode');
export const INSTALLED_MARKER = path.join(HOST_DIR, `.installed-${CODE_SERVER_VERSION}`);
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** The VS Code version inside the installed code-server, or 'unknown'. */
export function hostVSCodeVersion() {
  try {
    return JSON.parse(fs.readFileSync(path.join(VSCODE_DIR, 'package.json'), 'utf8')).version;
  } catch {
    return 'unknown';
  }
}

/** The environment for child npm/node runs, without the npm_* variables `npm run` adds
 * (they would point a nested npm at this repository's config and prefix). */
export function cleanEnv(extra = {}) {
  const env = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (!/^npm_/i.test(k)) env[k] = v;
  }
  return { ...env, ...extra };
}
