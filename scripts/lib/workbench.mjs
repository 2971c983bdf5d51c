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
  await page.locator(`.tab.active[data-resource-name="${path.basename(relPath)}"]`).waitFor({ state: 'visible' });
  await page.locator('.editor-group-container.active .monaco-editor.focused').waitFor({ state: 'visible' });
}

/**
 * Gives the keyboard to the editor of the first group (Ctrl+1, a keybinding rather than the
 * palette, which would give the focus back to where it was when it closes).
 */
export async function focusEditor(page) {
  await page.keyboard.press('Control+1');
  await page.locator('.editor-group-container.active .monaco-editor.focused').waitFor({ state: 'visible' });
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

/**
 * Makes the hover that shows `text` up to `px` taller (not past its content), dragging its free
 * top (or bottom) edge, so a long one is seen whole; the mouse then rests on the hover, which
 * keeps it open.
 */
export async function growHover(page, text, px) {
  const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: text }).first();
  const before = await hover.boundingBox();
  // The hover's edges are sashes; the one on the side away from the word is enabled.
  const sash = await page.evaluate(({ x, y, width, height }) => {
    const edges = [...document.querySelectorAll('.monaco-sash.horizontal:not(.disabled)')].map((s) => s.getBoundingClientRect())
      .filter((r) => r.left <= x + 10 && r.right >= x + width - 10 && (Math.abs(r.top + r.height / 2 - y) < 4 || Math.abs(r.top + r.height / 2 - (y + height)) < 4));
    return edges.length ? { x: edges[0].left + edges[0].width / 2, y: edges[0].top + edges[0].height / 2, north: Math.abs(edges[0].top + edges[0].height / 2 - y) < 4 } : null;
  }, before);
  if (!sash) throw new Error('the hover has no edge to drag');
  await page.mouse.move(sash.x, sash.y);
  await page.mouse.down();
  await page.mouse.move(sash.x, sash.y + (sash.north ? -px : px), { steps: 5 });
  await page.mouse.up();
  const after = await hover.boundingBox();
  await page.mouse.move(after.x + after.width - 20, after.y + after.height / 2);
  await page.waitForFunction(() => !document.querySelector('.monaco-sash.hover, .monaco-sash.active'));
  if (after.height <= before.height) throw new Error(`the hover did not grow (${before.height} px)`);
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

/** Drags the top edge of the panel (Problems, Terminal…) so it is `height` px tall. */
export async function setPanelHeight(page, height) {
  const box = await page.locator('.part.panel').boundingBox();
  const x = box.x + box.width / 2;
  await page.mouse.move(x, box.y + 1);
  await page.mouse.down();
  await page.mouse.move(x, box.y + box.height - height, { steps: 5 });
  await page.mouse.up();
  await page.mouse.move(x, box.y + box.height - height - 200);
  await page.waitForFunction(() => !document.querySelector('.monaco-sash.hover, .monaco-sash.active'));
  const now = (await page.locator('.part.panel').boundingBox()).height;
  if (Math.abs(now - height) > 2) throw new Error(`the panel is ${now} px tall, not ${height}`);
}

/**
 * Waits until the Problems panel lists, for each of `codes`, a problem from `source`
 * (the rows it shows, so the panel must be tall enough for them).
 */
export async function waitForProblems(page, source, codes, timeout = 60_000) {
  try {
    await page.waitForFunction(([src, wanted]) => {
      const seen = new Set([...document.querySelectorAll('.markers-panel .monaco-list-row')]
        .filter((row) => row.querySelector('.marker-source')?.textContent === src)
        .map((row) => row.querySelector('.marker-code')?.textContent));
      return wanted.every((c) => seen.has(c));
    }, [source, codes], { timeout, polling: 250 });
  } catch (e) {
    const shown = await page.locator('.markers-panel .monaco-list-row').allInnerTexts();
    throw new Error(`the Problems panel did not list ${codes.join(', ')} from ${source} within ${timeout / 1000} s; it shows:\n${shown.join('\n')}`, { cause: e });
  }
}

/**
 * Scrolls the active editor, which has the focus, a line at a time (Ctrl+Up, Ctrl+Down: the
 * cursor stays where it is) to its top, then down until `line` is the first line of the viewport
 * (under the sticky headings, if the editor shows any). From the top, rows stay aligned.
 */
export async function scrollToLine(page, line, maxPresses = 1000) {
  await page.locator('.editor-group-container.active .monaco-editor.focused').waitFor({ state: 'visible', timeout: 5000 });
  const editor = page.locator('.editor-group-container.active .monaco-editor').first();
  const handle = await editor.elementHandle();
  /** How far `line`'s first row is below the viewport's top (px; ±Infinity if it is not rendered), and the scroll. */
  const where = () => editor.evaluate((ed, wanted) => {
    const guard = ed.querySelector('.overflow-guard').getBoundingClientRect().top;
    const numbers = [...ed.querySelectorAll('.margin-view-overlays .line-numbers')]
      .map((e) => ({ n: Number(e.textContent), top: e.getBoundingClientRect().top }));
    const target = numbers.find((x) => x.n === wanted);
    const delta = target ? target.top - guard : numbers.every((x) => x.n < wanted) ? Infinity : -Infinity;
    const scrollTop = ed.querySelector('.lines-content').style.top;
    return { delta, scrollTop, atTop: scrollTop === '' || parseFloat(scrollTop) === 0 };
  }, line);
  const press = async (key, before) => {
    await page.keyboard.press(key);
    await page.waitForFunction(([ed, top]) => ed.querySelector('.lines-content').style.top !== top, [handle, before], { timeout: 5000 });
  };
  let presses = 0;
  for (let now = await where(); !now.atTop; now = await where()) {
    if (presses++ >= maxPresses) throw new Error(`the editor did not scroll to its top in ${maxPresses} lines`);
    await press('Control+ArrowUp', now.scrollTop);
  }
  for (let now = await where(); Math.abs(now.delta) >= 1; now = await where()) {
    if (now.delta < 0 || presses++ >= maxPresses) throw new Error(`line ${line} could not be brought to the top of the editor`);
    await press('Control+ArrowDown', now.scrollTop);
  }
}

/** Waits for web fonts and for running CSS transitions to end (not for endless animations). */
export async function settle(page) {
  await page.evaluate(async () => {
    await document.fonts.ready;
    const finite = document.getAnimations().filter((a) => a.effect?.getComputedTiming().endTime !== Infinity);
    await Promise.race([Promise.all(finite.map((a) => a.finished.catch(() => {}))), new Promise((r) => setTimeout(r, 2000))]);
  });
}
