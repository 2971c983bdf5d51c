// Drives the VS Code workbench in the browser the way a user would (keyboard,
// command palette, Quick Open), for screenshots. Each helper waits for the
// state it brings about, with the page's default timeout.
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './paths.mjs';

/** Runs a command through the command palette (F1, type its id, Enter), as a user would. */
export async function runCommand(page, id) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`>${id}`);
  // The palette also matches command ids; wait until it has filtered, then take the first entry.
  await page.locator('.quick-input-list .monaco-list-row').first().waitFor({ state: 'visible' });
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}

/** Opens a workspace file with Quick Open (Ctrl+P) and waits for its editor. */
export async function openFile(page, relPath) {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(relPath);
  await page.locator('.quick-input-list .monaco-list-row').first().waitFor({ state: 'visible' });
  await page.keyboard.press('Enter');
  await page.locator(`.tab[data-resource-name="${path.basename(relPath)}"]`).waitFor({ state: 'visible' });
}

/** Moves the cursor of the active editor to `line` with Go to Line (Ctrl+G), revealing it. */
export async function goToLine(page, line) {
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`:${line}`);
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
  await page.locator('.editor-group-container.active .line-numbers.active-line-number', { hasText: String(line) }).waitFor({ state: 'visible' });
}

/**
 * Rests the mouse on the middle of the first rendered occurrence of `word` in the active editor
 * (a token span may hold more than the word, so this measures the word's own text range) until
 * a hover holding each of `texts` shows. A hover asked for while the extension is still loading
 * stays empty or partial, so it hovers again, for at most `timeout` ms.
 */
export async function hoverText(page, word, texts, timeout = 30_000) {
  const span = page.locator('.editor-group-container.active .view-lines span span', { hasText: new RegExp(word) }).first();
  await span.waitFor({ state: 'visible' });
  const box = await span.evaluate((el, w) => {
    const node = el.firstChild;
    const range = document.createRange();
    const start = node.textContent.indexOf(w);
    range.setStart(node, start);
    range.setEnd(node, start + w.length);
    const r = range.getBoundingClientRect();
    return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
  }, word);
  const hover = texts.reduce((l, text) => l.filter({ hasText: text }), page.locator('.monaco-hover'));
  const deadline = Date.now() + timeout;
  for (;;) {
    await page.mouse.move(box.x, box.y, { steps: 5 });
    try {
      return await hover.waitFor({ state: 'visible', timeout: 3000 });
    } catch (e) {
      if (Date.now() > deadline) throw e;
    }
    await page.keyboard.press('Escape'); // hide the stale hover, then come back to the word
    await page.mouse.move(box.x, 5);
  }
}

/** Waits until a view's tree shows rows and its progress bar is idle. */
export async function waitForTree(page, containerId) {
  const container = page.locator(`[id="workbench.view.extension.${containerId}"]`);
  await container.locator('.monaco-list-row').first().waitFor({ state: 'visible' });
  await container.locator('.monaco-progress-container.active').waitFor({ state: 'hidden' });
}

/** The activity-bar title of a view container of package.json (resolving %nls% keys). */
export function containerTitle(id) {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const container = pkg.contributes?.viewsContainers?.activitybar?.find((c) => c.id === id);
  if (!container) throw new Error(`package.json declares no activity-bar view container "${id}"`);
  const key = /^%(.+)%$/.exec(container.title)?.[1];
  if (!key) return container.title;
  return JSON.parse(fs.readFileSync(path.join(ROOT, 'package.nls.json'), 'utf8'))[key];
}

/** Waits until the extension's view container shows in the activity bar, i.e. it is loaded. */
export async function waitForContainer(page, id) {
  const title = containerTitle(id);
  await page.locator(`.part.activitybar a.action-label[aria-label^=${JSON.stringify(title)}]`)
    .waitFor({ state: 'visible', timeout: 60_000 });
}

/** Moves focus to the editor area so no focus outline shows in the picture. */
export async function blur(page) {
  await page.locator('.part.editor').click({ position: { x: 400, y: 300 } });
}

/** Drags the side bar's edge so it is `width` px wide (long labels stay readable). */
export async function setSidebarWidth(page, width) {
  const box = await page.locator('.part.sidebar').boundingBox();
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width - 1, y);
  await page.mouse.down();
  await page.mouse.move(box.x + width, y, { steps: 5 });
  await page.mouse.up();
  // Leave the edge, and wait until it is no longer drawn highlighted.
  await page.mouse.move(box.x + width + 300, y);
  await page.waitForFunction(() => !document.querySelector('.monaco-sash.hover, .monaco-sash.active'));
}

/** Waits for web fonts and for running CSS transitions to end (not for endless animations). */
export async function settle(page) {
  await page.evaluate(async () => {
    await document.fonts.ready;
    const finite = document.getAnimations().filter((a) => a.effect?.getComputedTiming().endTime !== Infinity);
    await Promise.race([Promise.all(finite.map((a) => a.finished.catch(() => {}))), new Promise((r) => setTimeout(r, 2000))]);
  });
}
