import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { draftSentences } from '../../../src/core/draft/lint';
import { isProseAt, sentenceAround } from '../../../src/core/draft/sentenceAround';
import { parseDraft } from '../../../src/core/draft/blocks';
import { options, soup } from './arbitraries';

/** Drafts of plain paragraphs and list items with citations, some longer than the reach around a place. */
const paragraph = fc
  .array(fc.oneof(soup(12), fc.constantFrom(' [@a].', ' [@b, p. 3]', ' @c dit.', ' [voir @a; @b].', '. ', ' La Russie a bloqué le rapport [@rapport-2021].', '\n')), { minLength: 1, maxLength: 30 })
  .map((a) => a.join(''));
const plainDraft = fc
  .tuple(fc.array(fc.oneof(paragraph, paragraph.map((p) => `- ${p}`)), { minLength: 1, maxLength: 6 }), fc.constantFrom('\n\n', '\n\n\n', '\r\n\r\n'), fc.nat(3))
  .map(([ps, sep, long]) => ps.map((p, i) => (i === long ? `${p} ${'Le texte continue. '.repeat(300)}` : p)).join(sep));
/**
 * Blocks that run over blank lines (comments, fenced code, front matter), opened and closed by
 * lines that do and do not count: indented, longer or other marks, inside a table or a
 * footnote's text, a comment inside code and code inside a comment.
 */
const opener = fc.constantFrom(
  '<!--',
  '-->',
  '<!-- dossier-disable uncited-claim -->',
  '  <!--',
  'Texte <!-- note',
  '```',
  '````',
  '~~~',
  '  ```',
  '    ```',
  '```js',
  '> ```',
  '---\ntitle: x\n',
  '| a | b |\n|---|---|\n``` |',
  '[^1]: note\n  ```',
  '[^1]: note\n  <!--',
);
const closer = fc.constantFrom('-->', '```', '````', '~~~', '\n---\n', '', '   ```', '    ```', '``` x', 'x -->');
const spanning = fc
  .tuple(fc.array(fc.tuple(opener, plainDraft, fc.constantFrom('\n\n', '\n'), plainDraft, closer), { minLength: 1, maxLength: 3 }), plainDraft)
  .map(([parts, end]) => parts.map(([open, a, sep, b, close]) => `${open}${a}${sep}${b}\n${close}\n\n`).join('') + end);

/** Drafts where a block opened before the cited paragraph closes inside it, or a line only looks like an opener. */
const examples = [
  '<!--\n\nText -->\nMore [@b].\n',
  '```\n\ncode\n```\nMore [@b].\n',
  '~~~~\n\n~~~\n\ncode\n~~~~\nMore [@b].\n',
  '| a | b |\n|---|---|\n``` |\n\n<!--\n\n```\n\nText [@a]. -->\nMore [@b].\n',
  '[^1]: note\n  ```\n\n<!--\n\n```\n\nText [@a]. -->\nMore [@b].\n',
  '---\ntitle: x\n\nnote: y\n...\nmore [@b].\n',
];

describe('properties: whether a place is prose', () => {
  const withCode = fc
    .tuple(plainDraft, fc.constantFrom('`@a` et `code`', '```\n@b\n```', '<!-- @c -->', '# Titre @d', '[x]: http://y', '    @e indenté'), plainDraft)
    .map(([a, middle, b]) => `${a}\n\n${middle}\n\n${b}`);
  it('is what a parse of the whole draft says, read from the paragraph alone', () => {
    fc.assert(
      fc.property(fc.oneof(plainDraft, spanning, withCode), (text) => {
        const { prose } = parseDraft(text);
        // Every `@`, and a sample of the other places (each asks for a parse of its paragraph).
        for (let i = 0; i < text.length; i++) {
          if (/\s/.test(text[i]) || (text[i] !== '@' && i % 13 !== 0)) continue;
          assert.equal(isProseAt(text, i), prose[i] === text[i], JSON.stringify({ i, c: text[i] }));
        }
      }),
      options(60),
    );
  });

  it('says no to an @ in inline code, fenced code, a comment or a heading, and yes in a sentence', () => {
    const text = 'Une phrase [@a].\n\nDu `@b` ici.\n\n```\n@c\n```\n\n<!-- @d -->\n\n# Titre @e\n\nFin @f.\n';
    const at = (k: string) => text.indexOf(`@${k}`);
    assert.deepEqual(['a', 'b', 'c', 'd', 'e', 'f'].map((k) => isProseAt(text, at(k))), [true, false, false, false, false, true]);
  });
});

describe('properties: the sentence around a citation', () => {
  it('is right where a block closes inside the paragraph, or a line only looks like an opener', () => {
    for (const text of examples) {
      const b = draftSentences(text).find((s) => s.keys.some((k) => k.key === 'b'));
      assert.ok(b, text);
      assert.match(text.slice(b.start, b.end), /^more \[@b\]\.$/i, text);
      const k = b.keys.find((x) => x.key === 'b')!;
      assert.deepEqual(sentenceAround(text, k.start, k.end), { start: b.start, end: b.end }, text);
    }
  });


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
