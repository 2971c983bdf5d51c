import * as assert from 'node:assert/strict';
import { isMainThread } from 'node:worker_threads';
import { THREAD_FROM_CHARS, parseGlossaryOffThread, parseInThread } from '../../src/core/glossary/glossaryThread';
import { parseGlossary } from '../../src/core/glossary/parseGlossary';

/** A glossary longer than the threshold: entries with aliases, roles and a mistake or two. */
function bigGlossary(entries: number, broken = false): string {
  const lines: string[] = ['version: 1', 'entries:'];
  for (let i = 0; i < entries; i++) {
    lines.push(
      `  acteur-${i}:`,
      `    name: "Acteur n° ${i}, ministre d’État"`,
      '    type: person',
      `    aliases: [Acteur ${i}, A${i}]`,
      '    roles:',
      `      - title: Ministre des Affaires étrangères`,
      `        from: ${2000 + (i % 20)}-01-01`,
      i % 500 === 7 ? '    colour: blue' : '    description: Un acteur de la politique étrangère.',
    );
  }
  if (broken) lines.splice(lines.length - 3, 0, '    roles: [unclosed');
  return lines.join('\n') + '\n';
}

describe('the glossary thread', () => {
  it('parses a large glossary in a thread, as the calling thread would, problems included', async function () {
    this.timeout(60_000);
    assert.ok(isMainThread);
    const text = bigGlossary(1200);
    assert.ok(text.length > THREAD_FROM_CHARS, `${text.length} characters`);
    const here = parseGlossary('glossary.yaml', text);
    assert.ok(here.ok && here.entries.length === 1200 && here.diagnostics.length > 0, 'unknown keys are reported');
    // The event loop runs while the thread parses (the calling thread's parse holds it throughout).
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 1);
    try {
      assert.deepEqual(await parseInThread('glossary.yaml', text), here, 'parsed by the thread');
    } finally {
      clearInterval(ticker);
    }
    assert.ok(ticks >= 3, `the event loop ran ${ticks} times meanwhile`);
    assert.deepEqual(await parseGlossaryOffThread('glossary.yaml', text), here);
  });

  it('reports a broken large glossary from the thread as the calling thread does', async function () {
    this.timeout(60_000);
    const text = bigGlossary(1200, true);
    const here = parseGlossary('glossary.yaml', text);
    assert.equal(here.ok, false);
    assert.deepEqual(await parseInThread('glossary.yaml', text), here, 'parsed by the thread');
  });

  it('parses in the calling thread when the script is missing or the thread fails', async function () {
    this.timeout(60_000);
    const text = bigGlossary(1200);
    const here = parseGlossary('glossary.yaml', text);
    const failing = __filename.replace(/glossaryThread\.test\.js$/, 'failingWorker.js');
    assert.equal(await parseInThread('glossary.yaml', text, '/nonexistent/glossaryWorker.js'), undefined);
    assert.equal(await parseInThread('glossary.yaml', text, failing), undefined);
    assert.deepEqual(await parseGlossaryOffThread('glossary.yaml', text, '/nonexistent/glossaryWorker.js'), here);
    assert.deepEqual(await parseGlossaryOffThread('glossary.yaml', text, failing), here);
  });
});
