// Opens examples/ in a VS Code with the extension under development loaded.
//
//   npm start
//
// With a desktop `code` on PATH, that one. Otherwise the browser-hosted VS Code
// (code-server) on 127.0.0.1:8080 or the next free port ($PORT overrides); open
// the printed URL. Its user data persists in .vscode-test/start/. After
// `npm run build`, run "Developer: Reload Window" to load the new build.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ensureHost } from './install-host.mjs';
import { startCodeServer, workbenchUrl } from './lib/codeServer.mjs';
import { ROOT } from './lib/paths.mjs';
import { freePort, installExitHandlers, runVisible } from './lib/procs.mjs';

const EXAMPLES = path.join(ROOT, 'examples');

function onPath(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

async function main() {
  installExitHandlers();
  runVisible(process.execPath, ['esbuild.js'], 'build (node esbuild.js)');
  const folder = fs.existsSync(EXAMPLES) ? EXAMPLES : null;
  if (!folder) console.warn('start: examples/ does not exist yet; opening an empty window');

  if (onPath('code')) {
    const args = [`--extensionDevelopmentPath=${ROOT}`, ...(folder ? [folder] : [])];
    console.log(`start: code ${args.join(' ')}`);
    const child = spawn('code', args, { stdio: 'inherit' });
    child.on('exit', (code) => process.exit(code ?? 1));
    return;
  }

  ensureHost();
  const port = await freePort(Number(process.env.PORT) || 8080);
  const dataDir = path.join(ROOT, '.vscode-test', 'start');
  fs.mkdirSync(dataDir, { recursive: true });
  const server = await startCodeServer({ dataDir, port, workspace: folder, trusted: true });
  server.exited.then((code) => {
    console.error(`start: code-server stopped (${code}); see ${path.relative(ROOT, server.logFile)}`);
    process.exit(1);
  });
  console.log(`\nVS Code (code-server) with Dossier loaded from ${ROOT}:\n\n  ${workbenchUrl(port, { folder })}\n`);
  console.log('Listening on 127.0.0.1 only. Press Ctrl-C to stop.');
}

main().catch((e) => {
  console.error(`start: FAILED: ${e?.message ?? e}`);
  process.exit(1);
});
