import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { citationInsertOffset, findCitations, findFootnoteRefs, findLinks } from '../../../src/core/draft/citations';
import { assertOrdered, assertOrderedDisjoint, assertSpansWithin, options, soup, text } from './arbitraries';
import { citationInsertOffsetReference, findCitationsReference, findLinksReference } from './reference';

/** Text thick with the marks of citations, for the parser's every branch. */
const citationish = fc
  .array(
    fc.oneof(
      { weight: 5, arbitrary: fc.constantFrom('[', '[@', '@', '@a', '@{a b}', '@{a]b}', '@{x', '}', ']', ']:', '](', '][', '-', '-@k', 'a', '.', '@a.b', '@a:b', '\n', ' ', '^', '[^1]', 'é', '😀', '\uD800', 'a@b.c', '=@x', '/@y', '@@z', '; ', 'p. 3', '[voir ', '(x)', ')') },
      { weight: 1, arbitrary: soup(3) },
    ),
    { maxLength: 60 },
  )
  .map((a) => a.join(''));

/** A citation key as Pandoc reads one: word characters, inner punctuation followed by a word character. */
const key = fc
  .tuple(fc.stringMatching(/^[\p{L}\p{N}_]$/u), fc.array(fc.oneof(fc.stringMatching(/^[a-zA-Z0-9_éÉ]{1,5}$/), fc.tuple(fc.constantFrom(':', '.', '#', '$', '%', '&', '-', '+', '?', '<', '>', '~', '/'), fc.stringMatching(/^[a-z0-9]{1,3}$/)).map(([p, w]) => p + w)), { maxLength: 5 }))
  .map(([first, rest]) => first + rest.join(''))
  .filter((k) => k.length <= 150);

/** Random text that cannot glue itself to what is put after it. */
const around = soup(15).map((s) => s.replace(/[[\]{}@]/g, '').replace(/[\p{L}\p{N}_./:=\\-]+$/u, ''));

function within(text: string, from: number, to: number) {
  const refs = findCitations(text, from, to);
  assertSpansWithin(refs, from, to, 'citation');
  assertOrderedDisjoint(refs, 'citations');
  for (const r of refs) {
    assert.equal(text[r.start], '@', 'a key starts at its @');
    assert.ok(r.key.length > 0, 'no empty key (`@{ }` names nothing)');
    if (r.group) {
      assert.ok(r.group.start < r.start && r.end < r.group.end, 'a key stands within its group');
      assert.equal(text[r.group.start], '[');
      assert.equal(text[r.group.end - 1], ']');
    }
    assert.equal(r.narrative, r.group === undefined);
  }
  const groups = refs.filter((r) => r.group).map((r) => r.group!);
  for (const r of refs.filter((x) => x.narrative)) assert.ok(!groups.some((g) => g.start <= r.start && r.start < g.end), 'no narrative key inside a group');
  return refs;
}

describe('properties: citations, footnote calls and links', () => {
  it('findCitations never throws; keys stand at their @ within the range, in order, each within its group', () => {
    fc.assert(
      fc.property(fc.oneof(citationish, text), fc.nat(), fc.nat(), (t, x, y) => {
        within(t, 0, t.length);
        const from = Math.min(x, y) % (t.length + 1);
        const to = Math.max(from, Math.max(x, y) % (t.length + 1));
        within(t, from, to);
        assert.deepEqual(findCitations(t, from, to), findCitations(t, from, to), 'deterministic');
      }),
      options(),
    );
  });

  it('findCitations answers as the former regular expressions did (now in linear time)', () => {
    fc.assert(
      fc.property(fc.oneof(citationish, text), (t) => {
        assert.deepEqual(findCitations(t), findCitationsReference(t));
      }),
      options(400),
    );
    // The length limits of a group: 1,000 characters before the first key and after it.
    for (const before of [999, 1000, 1001]) {
      for (const fill of ['x', '😀', '-', ' ']) {
        for (const k of ['@k', '-@k', '@{k}', `@${'k'.repeat(201)}`]) {
          for (const after of [0, 999, 1000, 1001]) {
            const t = `[${fill.repeat(before)}${k}${'y'.repeat(after)}] [${fill.repeat(3)}]`;
            assert.deepEqual(findCitations(t), findCitationsReference(t), `${before} ${fill} ${k.slice(0, 4)} ${after}`);
          }
        }
      }
    }
  });

  it('a key written [@key], [see @key, p. 3], @key or @{key} is read back as that key, where it stands', () => {
    fc.assert(
      fc.property(key, around, around, fc.constantFrom('bracket', 'prefixed', 'narrative', 'braced'), (k, left, right, form) => {
        const written = { bracket: `[@${k}]`, prefixed: `[voir @${k}, p. 3]`, narrative: `@${k}`, braced: `[@{ ${k} }]` }[form];
        const t = `${left} ${written} ${right}`;
        const at = left.length + 1 + written.indexOf('@');
        const refs = findCitations(t);
        const ref = refs.find((r) => r.start === at);
        assert.ok(ref, `a key at ${at} in ${JSON.stringify(t)}`);
        assert.equal(ref.key, k);
        assert.equal(ref.narrative, form === 'narrative');
        assert.equal(ref.end, at + 1 + (form === 'braced' ? k.length + 4 : k.length));
      }),
      options(),
    );
  });

  it('findFootnoteRefs and findLinks never throw; what they find stands within the range and reads as written', () => {
    fc.assert(
      fc.property(fc.oneof(citationish, text), fc.nat(), (t, x) => {
        const from = x % (t.length + 1);
        const calls = findFootnoteRefs(t, from, t.length);
        assertSpansWithin(calls, from, t.length, 'footnote call');
        assertOrderedDisjoint(calls, 'footnote calls');
        for (const c of calls) assert.equal(t.slice(c.start, c.end), `[^${c.label}]`);
        const links = findLinks(t, from, t.length);
        assertSpansWithin(links, from, t.length, 'link');
        assertOrdered(links, 'links');
        for (const l of links) {
          assert.equal(t[l.start], '[');
          assert.equal(t[l.end - 1], ')');
          assert.ok(l.target.length > 0 && !/[\s)]/.test(l.target));
          assert.ok(t.slice(l.start, l.end).includes(l.target));
        }
      }),
      options(),
    );
  });

  it('findLinks answers as the former regular expression did (now in linear time)', () => {
    const linkish = fc.array(fc.oneof(fc.constantFrom('[', ']', '](', '(', ')', '<', '>', ' ', '  ', '\n', '"', ' "t"', 'a', 'x.md', 'http://x', '[[', '\t'), soup(2)), { maxLength: 40 }).map((a) => a.join(''));
    fc.assert(
      fc.property(fc.oneof(linkish, citationish, text), fc.nat(), (t, x) => {
        const from = x % (t.length + 1);
        assert.deepEqual(findLinks(t, from, t.length), findLinksReference(t, from, t.length));
      }),
      options(400),
    );
    for (const inside of [499, 500, 501]) {
      for (const target of [999, 1000, 1001]) {
        const t = `x [${'a'.repeat(inside)}](${'u'.repeat(target)} "titre") [b](c) [[d](e)`;
        assert.deepEqual(findLinks(t, 0, t.length), findLinksReference(t, 0, t.length), `${inside} ${target}`);
      }
    }
  });

  it('citationInsertOffset stays within the sentence, as the former pattern put it', () => {
    const sentence = fc.array(fc.constantFrom('.', '!', '?', '…', '  ', ' ', '\u00A0', '»', '”', ')', ']', 'a', '\n', 'mot'), { maxLength: 30 }).map((a) => a.join(''));
    fc.assert(
      fc.property(fc.oneof(sentence, text), soup(3), (s, pad) => {
        const t = pad + s + pad;
        const at = citationInsertOffset(t, pad.length, pad.length + s.length);
        assert.ok(at >= pad.length && at <= pad.length + s.length);
        assert.equal(at, citationInsertOffsetReference(t, pad.length, pad.length + s.length));
      }),
      options(),
    );
  });
});
