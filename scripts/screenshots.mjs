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
  blur, focusEditor, goToLine, growHover, hoverText, openFile, runCommand, scrollToLine, setPanelHeight,
  setSidebarWidth, settle, waitForContainer, waitForProblems, waitForTree,
} from './lib/workbench.mjs';

const OUT_DIR = path.join(ROOT, 'docs', 'images');
const EXAMPLES = path.join(ROOT, 'examples');
const LOGS_DIR = path.join(ROOT, '.vscode-test', 'logs');
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
      // The sentence also has a problem, which shows first once the note is linted: wait for
      // it (the same picture each time), then make room for the whole card below it.
      await hoverText(page, 'Stoltenberg', ['quote-not-in-source', 'in office on', 'Mentioned in']);
      await growHover(page, 'Mentioned in', 150);
    },
  },
  {
    file: 'problems.png',
    async setup(page) {
      await page.keyboard.press('Escape'); // a hover left by an earlier shot
      await waitForContainer(page, 'dossier');
      await openFile(page, 'briefs/note-cyber-2019.md');
      await runCommand(page, 'workbench.action.closeSidebar'); // the editor and the panel get the width
      await runCommand(page, 'workbench.actions.view.problems');
      await setPanelHeight(page, 350); // all of the note's problems, without scrolling
      await waitForProblems(page, 'Dossier', ['unknown-source', 'uncited-claim', 'number-not-in-source', 'quote-not-in-source']);
      await page.keyboard.press('Escape'); // no selected row in the Problems list (it would hide the row's icon)
      await focusEditor(page);
      await scrollToLine(page, 11); // "## Contexte": its paragraphs carry most of the squiggles
      await page.mouse.move(5, 5);
    },
  },
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
    try {
      await shot.setup(page);
    } catch (e) {
      // What the window showed when a step gave up, to see why.
      const failed = path.join(LOGS_DIR, `screenshots-failed-${path.basename(shot.file, '.png')}.png`);
      fs.mkdirSync(LOGS_DIR, { recursive: true });
      await page.screenshot({ path: failed }).catch(() => {});
      throw new Error(`${shot.file}: ${e?.message ?? e}\n(the window then: ${path.relative(ROOT, failed)})`, { cause: e });
    }
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
