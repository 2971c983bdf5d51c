// Takes the README pictures in a real VS Code (code-server + headless Chromium)
// with the extension loaded on a copy of examples/.
//
//   npm run screenshots [-- <file.png> ...] [-- --no-build]
//
// Each entry of SHOTS brings the window into a state and names the PNG written
// to docs/images/. To add a picture, add an entry (see the commented ones; the
// helpers to drive the workbench are in lib/workbench.mjs).
import fs from 'node:fs';
import path from 'node:path';
import { ensureHost } from './install-host.mjs';
import { openBrowser, startCodeServer, workbenchUrl } from './lib/codeServer.mjs';
import { ROOT } from './lib/paths.mjs';
import { build, freePort, installExitHandlers, tempDir } from './lib/procs.mjs';
import {
  blur, goToLine, hoverText, openFile, runCommand, setSidebarWidth, settle, waitForContainer, waitForTree,
} from './lib/workbench.mjs';

const OUT_DIR = path.join(ROOT, 'docs', 'images');
const EXAMPLES = path.join(ROOT, 'examples');
const STEP_TIMEOUT_MS = 30_000;

/** The Dossier side bar on its Sources view, wide enough for the titles. */
async function showSources(page) {
  await waitForContainer(page, 'dossier');
  await runCommand(page, 'workbench.view.extension.dossier');
  await waitForTree(page, 'dossier');
  await setSidebarWidth(page, 520);
}

const SHOTS = [
  {
    file: 'sources-view.png',
    async setup(page) {
      await showSources(page);
      await blur(page);
    },
  },
  {
    file: 'hover-card.png',
    async setup(page) {
      await showSources(page);
      const file = 'briefs/note-cyber-2019.md';
      const line = fs.readFileSync(path.join(EXAMPLES, file), 'utf8').split('\n').findIndex((l) => l.includes('Stoltenberg')) + 1;
      await openFile(page, file);
      await goToLine(page, line); // "Jens Stoltenberg a estimé que …"
      await hoverText(page, 'Stoltenberg', ['in office on', 'Mentioned in']);
    },
  },
  // {
  //   file: 'problems.png',
  //   async setup(page) {
  //     await openFile(page, 'briefing.md');
  //     await runCommand(page, 'workbench.actions.view.problems');
  //     await page.locator('.markers-panel .monaco-list-row').first().waitFor({ state: 'visible' });
  //   },
  // },
];

async function main() {
  installExitHandlers();
  const args = process.argv.slice(2);
  const wanted = args.filter((a) => !a.startsWith('--'));
  const unknown = wanted.filter((w) => !SHOTS.some((s) => s.file === w));
  if (unknown.length) throw new Error(`unknown shot(s) ${unknown.join(', ')}; have ${SHOTS.map((s) => s.file).join(', ')}`);
  if (!fs.existsSync(EXAMPLES)) throw new Error('examples/ does not exist yet');
  if (!args.includes('--no-build')) build();
  ensureHost();

  const tmp = tempDir('dossier-shots-');
  const workspace = path.join(tmp, 'examples'); // a copy: the extension may write caches there
  fs.cpSync(EXAMPLES, workspace, { recursive: true });
  const port = await freePort();
  const server = await startCodeServer({
    dataDir: path.join(tmp, 'host'), port, workspace, trusted: true,
    settings: { 'workbench.colorTheme': 'Default Light Modern' }, // the same pictures whatever the default
  });
  const { browser, page } = await openBrowser({ width: 1400, height: 900 });
  page.setDefaultTimeout(STEP_TIMEOUT_MS);
  await page.goto(workbenchUrl(port, { folder: workspace }), { timeout: 60_000 });
  await page.locator('.monaco-workbench .part.activitybar').waitFor({ state: 'visible', timeout: 60_000 });

  fs.mkdirSync(OUT_DIR, { recursive: true });
  for (const shot of SHOTS.filter((s) => wanted.length === 0 || wanted.includes(s.file))) {
    await shot.setup(page);
    await settle(page);
    const file = path.join(OUT_DIR, shot.file);
    await page.screenshot({ path: file });
    console.log(`screenshots: wrote ${path.relative(ROOT, file)}`);
  }
  await browser.close();
  await server.stop();
}

main().then(() => process.exit(0), (e) => {
  console.error(`screenshots: FAILED: ${e?.message ?? e}`);
  process.exit(1);
});
