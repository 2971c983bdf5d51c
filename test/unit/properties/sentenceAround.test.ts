import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { draftSentences } from '../../../src/core/draft/lint';
import { sentenceAround } from '../../../src/core/draft/sentenceAround';
import { options, soup } from './arbitraries';

/** Drafts of plain paragraphs and list items with citations, some longer than the reach around a place. */
const paragraph = fc
  .array(fc.oneof(soup(12), fc.constantFrom(' [@a].', ' [@b, p. 3]', ' @c dit.', ' [voir @a; @b].', '. ', ' La Russie a bloqué le rapport [@rapport-2021].', '\n')), { minLength: 1, maxLength: 30 })
  .map((a) => a.join(''));
const plainDraft = fc
  .tuple(fc.array(fc.oneof(paragraph, paragraph.map((p) => `- ${p}`)), { minLength: 1, maxLength: 6 }), fc.constantFrom('\n\n', '\n\n\n', '\r\n\r\n'), fc.nat(3))
  .map(([ps, sep, long]) => ps.map((p, i) => (i === long ? `${p} ${'Le texte continue. '.repeat(300)}` : p)).join(sep));
/** Blocks that run over blank lines: comments, fenced code, front matter. */
const spanning = fc
  .tuple(plainDraft, fc.constantFrom('<!--', '-->', '<!-- dossier-disable uncited-claim -->', '```', '~~~', '---\ntitle: x\n', '\n---\n'), plainDraft, fc.constantFrom('-->', '```', '~~~', '\n---\n', ''), plainDraft)
  .map(([a, open, b, close, c]) => `${open}${a}\n\n${b}${close}\n\n${c}`);

describe('properties: the sentence around a citation', () => {
  it('is the sentence a split of the whole draft gives, found from its paragraph alone', () => {
    fc.assert(
      fc.property(fc.oneof(plainDraft, spanning), (text) => {
        for (const s of draftSentences(text)) {
          for (const k of s.keys) assert.deepEqual(sentenceAround(text, k.start, k.end), { start: s.start, end: s.end }, JSON.stringify(k));
        }
      }),
      options(150),
    );
  });
});
