import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { parseDraft } from '../../../src/core/draft/blocks';
import { segmentEach, splitSentences } from '../../../src/core/draft/sentences';
import { parseSuppressions } from '../../../src/core/draft/suppressions';
import { LineIndex } from '../../../src/core/text/lineIndex';
import { anyString, assertOrderedDisjoint, assertSpansWithin, draft, options, soup, text } from './arbitraries';

/** Sentences that any French reader cuts the same way, to write paragraphs of a known count. */
const SENTENCES = [
  'Le ministre est parti hier soir.',
  'La délégation a signé quarante accords.',
  'M. Dupont a reçu V.V. Poutine à Paris.',
  '« Jamais ! » a-t-il ajouté devant la presse.',
  'Selon l’OTAN, la menace augmente chaque année.',
  'Il a dit : « Nous ne céderons pas. »',
  'Pourquoi la France a-t-elle attendu ?',
  'Le texte compte 1 000 mots et 45 % de citations.',
];

describe('properties: blocks and sentences of a draft', () => {
  it('parseDraft never throws; prose keeps every offset and only blanks marks; blocks stand in order within the text', () => {
    fc.assert(
      fc.property(fc.oneof(draft, text), (t) => {
        const { blocks, prose, footnotes } = parseDraft(t);
        assert.equal(prose.length, t.length);
        for (let i = 0; i < t.length; i++) if (prose[i] !== t[i]) assert.equal(prose[i], ' ', `only blanks at ${i}`);
        assertSpansWithin(blocks, 0, t.length, 'block');
        assertOrderedDisjoint(blocks, 'blocks');
        for (const [label, b] of footnotes) {
          assert.equal(b.kind, 'footnote');
          assert.equal(b.footnote, label);
        }
        assert.deepEqual(parseDraft(t), { blocks, prose, footnotes }, 'deterministic');
      }),
      options(),
    );
  });

  it('texts cut in batches are cut as each alone (the segmenter reads nothing past a paragraph separator)', () => {
    // Sentence ends, closings, spaces, cases, digits, continuations and every kind of separator
    // and ignored character (format, extend) that the sentence rules give a role to.
    const mark = fc.constantFrom('.', '!', '?', '…', '‼', '。', '»', '”', ')', '"', '« ', ' ', '  ', '\u00A0', '\t', ',', ':', ';', '-', '—', '\u00AD', '\u200D', '\u0301', '\u2028', '\u0085', '\u2029', '\u000B', '\f', '\uFEFF', '😀');
    const word = fc.constantFrom('Le', 'la', 'M', 'V.V', 'etc', 'U.S', 'Il', 'il', 'a', '12', '3,5', 'été', 'Été', 'ÉTÉ', 'ß', 'x');
    const piece = fc.array(fc.oneof(mark, word), { maxLength: 40 }).map((a) => a.join(''));
    fc.assert(
      fc.property(fc.array(fc.oneof({ weight: 4, arbitrary: piece }, { weight: 1, arbitrary: soup(30) }, { weight: 1, arbitrary: anyString(60) }), { maxLength: 30 }), fc.constantFrom('fr', 'en'), (texts, language) => {
        const alone = texts.map((t) => [...new Intl.Segmenter(language, { granularity: 'sentence' }).segment(t)].map((s) => [s.index, s.index + s.segment.length]));
        assert.deepEqual(segmentEach(texts, language), alone);
      }),
      options(1000),
    );
  });

  it('splitSentences never throws; sentences are trimmed, in order, without overlap, each within its block', () => {
    fc.assert(
      fc.property(fc.oneof(draft, text), fc.constantFrom('fr', 'en', 'de'), (t, language) => {
        const { blocks, prose } = parseDraft(t);
        const sentences = splitSentences(prose, blocks, language);
        assertSpansWithin(sentences, 0, t.length, 'sentence');
        assertOrderedDisjoint(sentences, 'sentences');
        for (const s of sentences) {
          assert.ok(blocks.includes(s.block));
          assert.ok(s.block.start <= s.start && s.end <= s.block.end, 'within its block');
          const own = prose.slice(s.start, s.end);
          assert.equal(own, own.trim(), 'trimmed');
        }
        assert.deepEqual(splitSentences(prose, blocks, language), sentences, 'deterministic');
      }),
      options(),
    );
  });

  it('a paragraph of known sentences is cut into them, whatever the spaces and line endings between', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...SENTENCES), { minLength: 1, maxLength: 6 }), fc.constantFrom(' ', '  ', '\n', '\r\n', ' \u00A0'), (list, sep) => {
        const t = list.join(sep);
        const { blocks, prose } = parseDraft(t);
        assert.deepEqual(splitSentences(prose, blocks).map((s) => t.slice(s.start, s.end)), list);
      }),
      options(),
    );
  });

  it('the former slow patterns and the new code cut alike: initials, closing marks, long runs', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('A.', 'A. ', 'V.V. ', 'M. ', 'Dupont', ' ', '*', '**', '_', '. ', '»', ' » ', 'Fin.', 'fin', '\n', '。'), { maxLength: 40 }), (parts) => {
        const t = parts.join('');
        const { blocks, prose } = parseDraft(t);
        const sentences = splitSentences(prose, blocks);
        assertOrderedDisjoint(sentences, 'sentences');
        // Every character of a block's prose that is not a space is in a sentence.
        const covered = new Set<number>();
        for (const s of sentences) for (let i = s.start; i < s.end; i++) covered.add(i);
        for (const b of blocks) for (let i = b.start; i < b.end; i++) if (/\S/.test(prose[i])) assert.ok(covered.has(i), `character ${i} of ${JSON.stringify(t)}`);
      }),
      options(),
    );
  });

  it('suppression comments never throw, and silence only what they name', () => {
    const comment = fc.constantFrom('<!-- dossier-disable-next-line -->', '<!-- dossier-disable-next-line uncited-claim -->', '<!-- dossier-disable-line x, y -->', '<!-- dossier-disable -->', '<!-- dossier-enable -->', '<!--dossier-disable-line-->', '<!-- dossier-disable <b -->', '<!-- dossier-', '-->');
    fc.assert(
      fc.property(fc.array(fc.oneof(comment, soup(5), fc.constantFrom('\n', '\n\n', '\r\n')), { maxLength: 20 }), (parts) => {
        const t = parts.join('');
        const lines = new LineIndex(t);
        const s = parseSuppressions(t, (o) => lines.position(o).line);
        const count = t.split('\n').length;
        for (let line = 1; line <= count + 1; line++) {
          for (const code of ['uncited-claim', 'x']) {
            const v = s.silenced(code, line);
            assert.equal(typeof v, 'boolean');
          }
        }
        if (!t.includes('dossier-')) for (let line = 1; line <= count; line++) assert.equal(s.silenced('uncited-claim', line), false);
      }),
      options(),
    );
  });
});
