import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { mentionAt } from '../../../src/core/glossary/entities';
import { NameMatcher, nameKey } from '../../../src/core/glossary/nameMatcher';
import { anyString, assertOrderedDisjoint, assertSpansWithin, options, soup, text } from './arbitraries';

/** Names as a glossary holds them: words with the separators names use, and any string at all. */
const WORDS = ['Jens', 'Stoltenberg', 'OTAN', 'ONU', 'Fédération', 'de', 'Russie', 'Jean', 'Yves', 'Le', 'Drian', 'La', 'Raudière', 'V', 'Poutine', 'ß', 'İstanbul', 'Ærø', 'e\u0301té', '12', 'G7'];
const SEPARATORS = [' ', '-', "'", '’', '–', ' - ', '. ', '.'];
const wordName = fc
  .tuple(fc.constantFrom(...WORDS), fc.array(fc.tuple(fc.constantFrom(...SEPARATORS), fc.constantFrom(...WORDS)), { maxLength: 3 }))
  .map(([first, rest]) => first + rest.map(([sep, w]) => sep + w).join(''));
const anyName = fc.oneof({ weight: 3, arbitrary: wordName }, { weight: 1, arbitrary: soup(4) }, { weight: 1, arbitrary: anyString(6) });

function matcherOf(names: [string, string][]): NameMatcher {
  const m = new NameMatcher();
  for (const [n, entry] of names) m.add(n, entry);
  return m;
}

/** The key of a stretch of text without its acronym mark: what a name and its mention share. */
const looseKey = (s: string) => nameKey(s)?.replace(/#A$/, '');

describe('properties: matching glossary names', () => {
  it('find never throws; mentions stand within the text, in order, without overlap, and read as a name of their entry', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(anyName, fc.constantFrom('a', 'b', 'c')), { maxLength: 8 }), fc.oneof(text, soup(80)), (names, t) => {
        const matcher = matcherOf(names);
        const mentions = matcher.find(t);
        assertSpansWithin(mentions, 0, t.length, 'mention');
        assertOrderedDisjoint(mentions, 'mentions');
        for (const m of mentions) {
          const key = looseKey(t.slice(m.start, m.end));
          assert.ok(names.some(([n, e]) => e === m.entry && looseKey(n) === key), `"${t.slice(m.start, m.end)}" reads as a name of ${m.entry}`);
          assert.equal(mentionAt(mentions, m.start), m);
          assert.equal(mentionAt(mentions, m.end - 1), m);
        }
        assert.deepEqual(matcher.find(t), mentions, 'deterministic');
      }),
      options(),
    );
  });

  it('find within a range: mentions start in it (a word that starts before its end is read whole)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(anyName, fc.constantFrom('a', 'b')), { maxLength: 8 }), fc.oneof(text, soup(80)), fc.nat(), fc.nat(), (names, t, x, y) => {
        const matcher = matcherOf(names);
        const from = Math.min(x, y) % (t.length + 1);
        const to = Math.max(from, Math.max(x, y) % (t.length + 1));
        const inRange = matcher.find(t, from, to);
        assertSpansWithin(inRange, from, t.length, 'mention in range');
        assertOrderedDisjoint(inRange, 'mentions in range');
        assert.ok(inRange.every((m) => m.start < to));
      }),
      options(),
    );
  });

  it('the modifier letter apostrophe (ʼ) reads as an apostrophe, in a range too, as if the text had one', () => {
    const withModifier = fc.array(fc.constantFrom(...WORDS, ...SEPARATORS, 'ʼ', 'lʼ', 'dʼ', ' ', '\n'), { maxLength: 30 }).map((a) => a.join(''));
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.oneof(fc.constantFrom(...WORDS), anyName), fc.constantFrom('a', 'b')), { maxLength: 8 }), withModifier, fc.nat(), fc.nat(), (names, t, x, y) => {
        const matcher = matcherOf(names.map(([n, e]) => [n.replace(/'/g, 'ʼ'), e]));
        const plain = t.replace(/\u02BC/g, "'");
        const from = Math.min(x, y) % (t.length + 1);
        const to = Math.max(from, Math.max(x, y) % (t.length + 1));
        assert.deepEqual(matcher.find(t), matcher.find(plain));
        assert.deepEqual(matcher.find(t, from, to), matcher.find(plain, from, to));
      }),
      options(),
    );
  });

  // find() once left its shared word pattern mid-text, and names added after it lost their start.
  it('find with a range leaves no state behind: a name added afterwards is read whole', () => {
    new NameMatcher().find('OTAN et ONU sont là', 0, 4);
    assert.equal(nameKey('Jens Stoltenberg'), 'jens stoltenberg');
    const matcher = matcherOf([['Jens Stoltenberg', 's']]);
    assert.deepEqual(matcher.find('Jens Stoltenberg'), [{ entry: 's', start: 0, end: 16 }]);
  });

  it('a name put into any text is found where it stands, in any case and without its accents', () => {
    fc.assert(
      fc.property(wordName, soup(30), soup(30), fc.constantFrom('as is', 'lower', 'folded'), (name, left, right, variant) => {
        fc.pre(nameKey(name) !== undefined && name.replace(/[^\p{L}\p{N}]/gu, '').length >= 2);
        const acronym = nameKey(name)!.endsWith('#A');
        const written = acronym || variant === 'as is' ? name : variant === 'lower' ? name.toLowerCase() : name.normalize('NFD').replace(/\p{M}/gu, '');
        fc.pre(nameKey(written) !== undefined);
        // A blank line on each side: no name runs across one.
        const before = `${left}\n\n`;
        const t = `${before}${written}\n\n${right}`;
        const matcher = matcherOf([[name, 'x']]);
        const first = /[\p{L}\p{N}]/u.exec(written)!.index;
        const last = written.length - /[\p{L}\p{N}]/u.exec([...written].reverse().join(''))!.index;
        const found = matcher.find(t).filter((m) => m.start >= before.length && m.end <= before.length + written.length);
        assert.deepEqual(found, [{ entry: 'x', start: before.length + first, end: before.length + last }], JSON.stringify(t));
      }),
      options(),
    );
  });

  // A word of digits is no lower-case word: "COP 21" is an acronym found as written.
  it('an acronym with a word of digits ("COP 21") is found where it is written', () => {
    const matcher = matcherOf([['COP 21', 'cop21']]);
    assert.deepEqual(matcher.find('La COP 21 a eu lieu à Paris.'), [{ entry: 'cop21', start: 3, end: 9 }]);
  });

  it('the longest name wins and a shorter one inside it is no second mention', () => {
    fc.assert(
      fc.property(fc.constantFrom('Fédération de Russie', 'Jean-Yves Le Drian', 'Organisation du traité de l’Atlantique Nord'), soup(20), (long, around) => {
        const words = long.split(/[\s-]+/);
        const short = words[words.length - 1];
        const matcher = matcherOf([[short, 'short'], [long, 'long']]);
        const t = `${around.replace(/[\p{L}\p{N}]/gu, '')} ${long} `;
        const found = matcher.find(t);
        assert.deepEqual(found.map((m) => m.entry), ['long']);
      }),
      options(),
    );
  });
});
