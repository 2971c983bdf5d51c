import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import type { SourceDocument } from '../../../src/core/corpus/document';
import { splitPassages } from '../../../src/core/corpus/passages';
import { boundedDistance } from '../../../src/core/search/expand';
import { PassageIndex } from '../../../src/core/search/passageIndex';
import { Postings } from '../../../src/core/search/postings';
import { WordIds } from '../../../src/core/search/wordIds';
import { processTerm, tokenize } from '../../../src/core/search/terms';
import { countWords, forEachWord, wordHash, words } from '../../../src/core/text/words';
import { WordCursor, WordSpans } from '../../../src/core/text/wordSpans';
import { options } from './arbitraries';

const VOCABULARY = ['otan', 'Otan', 'l’OTAN', 'cyber', 'cyberdéfense', 'défense', 'accord', 'accords', 'Russie', 'Paris', 'sommet', 'Bruxelles', 'ministre', 'le', 'la', '2019', '45'];

/** A source made of paragraphs of vocabulary words. */
const sourceText = fc.array(fc.array(fc.constantFrom(...VOCABULARY), { minLength: 1, maxLength: 12 }).map((ws) => ws.join(' ')), { minLength: 1, maxLength: 6 }).map((ps) => ps.join('\n\n'));

function doc(path: string, text: string): SourceDocument {
  return { path, id: path, passages: splitPassages(text) } as unknown as SourceDocument;
}

const termsOf = (text: string) => new Set(tokenize(text).map(processTerm).filter((t): t is string => t !== null));

/** What an exact search must find: every live passage holding one of the query's terms. */
function naive(live: Map<string, string>, query: string): string[] {
  const wanted = termsOf(query);
  const out: string[] = [];
  for (const [path, text] of live) {
    splitPassages(text).forEach((p, i) => {
      if ([...termsOf(text.slice(p.start, p.end))].some((t) => wanted.has(t))) out.push(`${path}#${i}`);
    });
  }
  return out.sort();
}

const found = (index: PassageIndex, query: string) => index.search(query, Infinity, undefined, { exact: true }).map((h) => `${h.path}#${h.passage}`).sort();

describe('properties: the passage index', () => {
  it('postings come back per term, in the order they were added, across blocks and chunks', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(40), fc.nat(2 ** 32 - 1)), { maxLength: 3000 }), (adds) => {
        const postings = new Postings();
        const model = new Map<number, number[]>();
        for (const [term, value] of adds) {
          postings.add(term, value);
          model.set(term, [...(model.get(term) ?? []), value]);
        }
        for (let term = 0; term <= 41; term++) {
          const got: number[] = [];
          postings.forEach(term, (v) => got.push(v));
          assert.deepEqual(got, model.get(term) ?? []);
        }
      }),
      options(100),
    );
  });

  it('a million postings of one term, and a thousand terms, fill several chunks and read back whole', () => {
    const postings = new Postings();
    for (let i = 0; i < 1_000_000; i++) postings.add(i % 1000 === 0 ? 1 + (i / 1000) : 0, i);
    assert.equal(postings.count(0), 999_000);
    let sum = 0;
    postings.forEach(0, (v) => (sum += v));
    assert.equal(sum, (999_999 * 1_000_000) / 2 - Array.from({ length: 1000 }, (_, k) => k * 1000).reduce((a, b) => a + b, 0));
    assert.ok(postings.bytes > 4 * 1_000_000, 'more than one chunk');
  });

  it('an exact search finds every live passage that holds a query term, after any adds and removals; saved and restored, it answers alike', () => {
    const action = fc.oneof(
      fc.record({ add: fc.constantFrom('a.txt', 'b.txt', 'c.txt', 'd.txt'), text: sourceText }),
      fc.record({ remove: fc.constantFrom('a.txt', 'b.txt', 'c.txt', 'd.txt') }),
    );
    fc.assert(
      fc.property(fc.array(action, { maxLength: 30 }), fc.array(fc.constantFrom(...VOCABULARY), { minLength: 1, maxLength: 3 }), (actions, query) => {
        const index = PassageIndex.empty();
        const live = new Map<string, string>();
        for (const a of actions) {
          const path = 'add' in a ? a.add : a.remove;
          if (live.has(path)) index.remove(doc(path, live.get(path)!));
          live.delete(path);
          if ('add' in a) {
            index.add(doc(path, a.text), a.text);
            live.set(path, a.text);
          }
        }
        const q = query.join(' ');
        assert.deepEqual(found(index, q), naive(live, q));
        const header = JSON.parse(JSON.stringify(index.header()));
        const restored = PassageIndex.restore(header, Array.from({ length: index.chunkCount }, (_, i) => PassageIndex.decodeChunk(header, Buffer.from(index.chunkBase64(i)))));
        assert.deepEqual(restored.search(q, Infinity), index.search(q, Infinity));
        assert.equal(restored.passageCount, index.passageCount);
      }),
      options(150),
    );
  });

  it('many removals compact the postings without changing any answer', () => {
    const index = PassageIndex.empty();
    const texts = Array.from({ length: 400 }, (_, i) => `L’OTAN et la Russie ${i}.\n\nSommet de Bruxelles, accord numéro ${i} sur la cyberdéfense.\n\n${'défense '.repeat(200)}`);
    texts.forEach((t, i) => index.add(doc(`s${i}.txt`, t), t));
    const before = index.search('accord 399 cyberdéfense', 5);
    for (let i = 0; i < 399; i++) index.remove(doc(`s${i}.txt`, texts[i]));
    assert.equal(index.passageCount, 3);
    assert.deepEqual(index.search('accord 399 cyberdéfense', 5).map((h) => [h.path, h.passage]), [['s399.txt', 1], ['s399.txt', 0]]);
    assert.equal(before[0].path, 's399.txt');
    assert.equal(index.header().deadPostings, 0, 'compacted');
  });

  it('a typed query finds words it begins and words with a typo, below the exact word', () => {
    const index = PassageIndex.empty();
    const texts = { 'a.txt': 'La diplomatie française.', 'b.txt': 'Un diplomate russe.', 'c.txt': 'Rien à voir.' };
    for (const [path, text] of Object.entries(texts)) index.add(doc(path, text), text);
    assert.deepEqual(index.search('diplom').map((h) => h.path).sort(), ['a.txt', 'b.txt']);
    assert.equal(index.search('diplonatie')[0].path, 'a.txt', 'one letter wrong: the nearest word first');
    assert.deepEqual(index.search('diplomate').map((h) => h.path), ['b.txt', 'a.txt'], 'exact first, then the typo');
    assert.deepEqual(index.search('diplom', 10, undefined, { exact: true }), []);
  });

  it('boundedDistance is the Levenshtein distance up to its bound', () => {
    const levenshtein = (a: string, b: string): number => {
      const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
      for (let i = 1; i <= a.length; i++) for (let j = 1; j <= b.length; j++) d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      return d[a.length][b.length];
    };
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 9 }), fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 9 }), fc.nat(3), (a, b, max) => {
        assert.equal(boundedDistance(a, b, max), Math.min(levenshtein(a, b), max + 1));
      }),
      options(300),
    );
  });
});

describe('properties: words', () => {
  const FORMER = /[\p{L}\p{N}]+(?:['\u2019][\p{L}\p{N}]+)*/gu;
  it('words and countWords read text exactly as the former regular expression did', () => {
    const unit = fc.oneof(fc.constantFrom('a', 'é', 'Z', '9', '٣', "'", '’', ' ', '-', '.', '𝐀', '😀', '\ud835', '\udc00', '中', '\u0301', 'ß'), fc.string({ maxLength: 1 }), fc.string({ unit: 'grapheme', maxLength: 1 }));
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 60 }).map((a) => a.join('')), (text) => {
        const expected = text.match(FORMER) ?? [];
        assert.deepEqual(words(text), expected);
        assert.equal(countWords(text), expected.length);
      }),
      options(1000),
    );
  });

  it('long texts read in chunks (forEachWord, WordSpans, a visit reading words itself) give every word once, in order', () => {
    // More words than a chunk (256) and than a WordSpans starts with, so that chunks end and arrays grow, inside and between words.
    const unit = fc.constantFrom('a', 'é', 'Z', '9', "'", '’', ' ', '.', '𝐀', '\ud835', 'ß', 'mot ', "l'État ", 'x y z ');
    fc.assert(
      fc.property(fc.array(unit, { minLength: 200, maxLength: 1500 }).map((a) => a.join('')), fc.nat(40), (text, from) => {
        const expected = [...text.slice(from).matchAll(FORMER)].map((m) => [from + m.index, from + m.index + m[0].length]);
        const read: number[][] = [];
        const inner: number[] = [];
        forEachWord(text, (start, end, hash) => {
          assert.equal(hash, wordHash(text, start, end));
          read.push([start, end]);
          forEachWord(text, () => inner.push(1), start, end); // the word alone, read inside the visit
        }, from);
        assert.deepEqual(read, expected);
        assert.equal(inner.length, expected.length);
        const spans = new WordSpans(1);
        spans.read(text, from);
        assert.equal(spans.size, expected.length);
        assert.deepEqual(expected.map((_, k) => [spans.start(k), spans.end(k)]), expected);
      }),
      options(200),
    );
  });

  it('the words of a range of a text are the words of that slice, at their offsets in the text, with their hash', () => {
    const unit = fc.constantFrom('a', 'é', '9', "'", '’', ' ', '.', '𝐀', '\ud835', '\udc00', 'ß');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }).map((a) => a.join('')), fc.nat(), fc.nat(), (text, x, y) => {
        const [from, to] = [x % (text.length + 1), y % (text.length + 1)].sort((p, q) => p - q);
        const inRange: string[] = [];
        forEachWord(text, (start, end, hash) => {
          assert.ok(from <= start && end <= to);
          assert.equal(hash, wordHash(text, start, end), 'the hash made while reading is the hash of the word');
          inRange.push(text.slice(start, end));
        }, from, to);
        assert.deepEqual(inRange, words(text.slice(from, to)));
      }),
      options(1000),
    );
  });

  it('the words of ranges read from one pass over the text (WordCursor) are those each range gives alone, cut words and ranges out of order included', () => {
    const unit = fc.constantFrom('a', 'é', '9', "'", '’', ' ', '.', '\n', '\n\n', '𝐀', '\ud835', '\udc00', 'ß');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 60 }).map((a) => a.join('')), fc.nat(), fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 6 }), fc.boolean(), (text, f, cuts, passages) => {
        const from = f % (text.length + 1);
        const spans = new WordSpans(1);
        spans.read(text, from);
        // Ranges as a source's passages give them, or anywhere (cutting words, overlapping, backwards).
        const ranges = passages
          ? splitPassages(text, from).map((p) => [p.start, p.end])
          : cuts.map(([x, y]) => [from + (x % (text.length - from + 1)), from + (y % (text.length - from + 1))].sort((p, q) => p - q));
        const cursor = new WordCursor(spans.packed());
        for (const [start, end] of ranges) {
          const got: number[][] = [];
          const expected: number[][] = [];
          cursor.forEachIn(text, (a, b, h) => got.push([a, b, h]), start, end);
          forEachWord(text, (a, b, h) => expected.push([a, b, h]), start, end);
          assert.deepEqual(got, expected, JSON.stringify({ start, end }));
        }
      }),
      options(2000),
    );
  });

  it('the index built from the words reading found is the index built from the text', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.constantFrom('le', 'Ministre', "l'OTAN", 'ß', 'a', ' ', '\n\n', '.', '😀', '\ud835'), { maxLength: 40 }).map((a) => a.join('')), { minLength: 1, maxLength: 5 }), (texts) => {
        const plain = PassageIndex.empty();
        const fromSpans = PassageIndex.empty();
        texts.forEach((text, i) => {
          const d = doc(`s${i}.md`, text);
          const spans = new WordSpans(1);
          spans.read(text);
          // A passage at a time, as a scan indexes a source between pauses.
          const cursor = new WordCursor(spans.packed());
          for (let p = 0; p < d.passages.length; p++) {
            plain.add(d, text, p, p + 1);
            fromSpans.add(d, text, p, p + 1, cursor);
          }
        });
        assert.equal(JSON.stringify(fromSpans.header()), JSON.stringify(plain.header()));
        for (let c = 0; c < plain.chunkCount; c++) assert.equal(fromSpans.chunkBase64(c), plain.chunkBase64(c));
      }),
      options(300),
    );
  });

  it('word ids looked up in place are those of the words themselves, across collisions, growth and forgetting', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'é', '’', '\ud835', '\udc00'), minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(fc.array(word, { maxLength: 200 }), fc.integer({ min: 1, max: 40 }), fc.constantFrom(1, 2, 4, 16, 4096), (list, capacity, slots) => {
        const asked: string[] = [];
        const ids = new WordIds(
          capacity,
          (w) => {
            asked.push(w);
            return w.length * 1000 + w.charCodeAt(0);
          },
          slots,
        );
        const text = `  ${list.join(' ')}  `;
        let at = 2;
        const seenSinceForgetting = new Set<string>();
        for (const w of list) {
          const fresh = !seenSinceForgetting.has(w);
          const before = asked.length;
          assert.equal(ids.get(text, at, at + w.length), w.length * 1000 + w.charCodeAt(0));
          // A word is asked about once until the table fills up and forgets.
          if (!fresh) assert.equal(asked.length, before, `${JSON.stringify(w)} asked again`);
          else {
            assert.deepEqual(asked.slice(before), [w]);
            if (seenSinceForgetting.size >= capacity) seenSinceForgetting.clear();
            seenSinceForgetting.add(w);
          }
          assert.ok(ids.size <= capacity);
          at += w.length + 1;
        }
      }),
      options(500),
    );
  });
});
