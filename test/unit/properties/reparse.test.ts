import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { parseDraft } from '../../../src/core/draft/blocks';
import { reparseDraft, reparseDraftHow } from '../../../src/core/draft/reparse';
import { draft, options, soup } from './arbitraries';

/** An edit: where (any offset, taken modulo the length), how much it removes, what it inserts. */
const edit = fc.record({
  at: fc.nat(),
  remove: fc.nat(6),
  insert: fc.oneof(fc.constantFrom('', 'x', 'é', ' ', 'ab c', '.', ',', '1', '@cle', ':', '!', '?', '«', '»', '"', '’', "'", '(', ')', ' 42 %'), soup(3)),
});

function apply(text: string, e: { at: number; remove: number; insert: string }): string {
  const at = e.at % (text.length + 1); // fc.double would favour 0 and 1: the ends
  return text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.remove));
}

describe('properties: parsing a draft again after an edit', () => {
  it('gives what a full parse gives, after any edit of any draft, and edit after edit', () => {
    fc.assert(
      fc.property(fc.oneof(draft, soup(80)), fc.array(edit, { minLength: 1, maxLength: 4 }), (original, edits) => {
        let previous = { text: original, structure: parseDraft(original) };
        for (const e of edits) {
          const text = apply(previous.text, e);
          const structure = reparseDraft(previous, text);
          const full = parseDraft(text);
          assert.deepEqual(structure.blocks, full.blocks);
          assert.equal(structure.prose, full.prose);
          assert.deepEqual([...structure.footnotes].map(([k, b]) => [k, structure.blocks.indexOf(b)]), [...full.footnotes].map(([k, b]) => [k, full.blocks.indexOf(b)]));
          previous = { text, structure };
        }
      }),
      options(2000),
    );
  });

  it('gives what a full parse gives when typing in the prose of a plain draft (where the blocks are moved, not parsed)', () => {
    const word = fc.oneof(
      { weight: 30, arbitrary: fc.constantFrom('Le', 'ministre', 'a', 'signé', 'l’accord', 'le', '12', 'mars', '2019', '[@otan-2019]', '« rien »', 'selon', 'M.', 'Dupont', '45 %', '[^1]', '[lien](corpus/a.md)', 'fin.') },
      { weight: 1, arbitrary: fc.constantFrom('`code`', '<b>', '<!-- x -->') },
    );
    const line = fc.oneof(
      { weight: 8, arbitrary: fc.array(word, { minLength: 1, maxLength: 12 }).map((w) => w.join(' ')) },
      { weight: 1, arbitrary: fc.array(word, { minLength: 1, maxLength: 6 }).map((w) => `- ${w.join(' ')}`) },
      { weight: 1, arbitrary: fc.array(word, { minLength: 1, maxLength: 6 }).map((w) => `## ${w.join(' ')}`) },
      { weight: 1, arbitrary: fc.array(word, { minLength: 1, maxLength: 6 }).map((w) => `| ${w.join(' ')} | b |\n|---|---|\n| c | ${w.join(' ')} |`) },
      { weight: 1, arbitrary: fc.array(word, { minLength: 1, maxLength: 6 }).map((w) => `[^1]: ${w.join(' ')}`) },
      { weight: 1, arbitrary: fc.array(word, { minLength: 1, maxLength: 6 }).map((w) => `> ${w.join(' ')}`) },
      { weight: 2, arbitrary: fc.constant('') },
    );
    const plain = fc.tuple(fc.array(line, { minLength: 1, maxLength: 15 }), fc.constantFrom('\n', '\r\n')).map(([ls, eol]) => ls.join(eol));
    const typing = fc.record({ at: fc.nat(), remove: fc.nat(3), insert: fc.constantFrom('', 'x', 'é', ' ', 'de la', '.', ',', '3', '@cle') });
    let moved = 0;
    let runs = 0;
    fc.assert(
      fc.property(plain, fc.array(typing, { minLength: 1, maxLength: 5 }), (original, edits) => {
        let previous = { text: original, structure: parseDraft(original) };
        for (const e of edits) {
          const text = apply(previous.text, e);
          const { structure, moved: wasMoved } = reparseDraftHow(previous, text);
          const full = parseDraft(text);
          runs++;
          if (wasMoved) moved++;
          assert.deepEqual(structure.blocks, full.blocks);
          assert.equal(structure.prose, full.prose);
          assert.deepEqual([...structure.footnotes].map(([k, b]) => [k, structure.blocks.indexOf(b)]), [...full.footnotes].map(([k, b]) => [k, full.blocks.indexOf(b)]));
          previous = { text, structure };
        }
      }),
      options(2000),
    );
    assert.ok(moved / runs > 0.3, `the shortcut is taken often enough to be tested (${moved} of ${runs})`);
  });

  it('an edit that makes a definition of a line that opens with a bracket parses again (found by the property above)', () => {
    for (const [before, after] of [
      ['[^de la]: a a fin.\n', '[^dla]: a a fin.\n'], // spaces out of a label: a footnote now
      ['Texte.\n\n[ref]:\n', 'Texte.\n\n[ref]: x\n'], // a target after the colon: a link definition now
    ]) {
      const previous = { text: before, structure: parseDraft(before) };
      assert.deepEqual(reparseDraft(previous, after).blocks, parseDraft(after).blocks, after);
    }
    // Typing in a footnote's text still moves the blocks.
    const note = '[^1]: Voir le rapport.\n';
    assert.equal(reparseDraftHow({ text: note, structure: parseDraft(note) }, note.replace('rapport', 'rapports')).moved, true);
  });

  it('typing in a paragraph of a long draft moves the blocks rather than parsing again', () => {
    const paragraph = 'Le Conseil a adopté trois mesures le 12 mars 2019 [@conseil-2019]. Selon le ministre, « rien ne change ».';
    const text = Array.from({ length: 2000 }, (_, i) => (i % 10 === 0 ? `## Partie ${i}` : paragraph)).join('\n\n');
    const before = parseDraft(text);
    const at = text.indexOf('adopté', text.length / 2);
    const typed = `${text.slice(0, at)}x${text.slice(at)}`;
    const after = reparseDraft({ text, structure: before }, typed);
    assert.deepEqual(after, parseDraft(typed));
    const untouched = before.blocks.filter((b) => b.end < at);
    assert.ok(untouched.length > 100);
    assert.ok(untouched.every((b, i) => after.blocks[i] === b), 'blocks before the edit are the same objects: no parse happened');
  });
});
