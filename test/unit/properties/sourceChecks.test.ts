import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { SourceFacts, findNumbers, findQuotes, normaliseForQuote, numberIndex, numberValue, quoteInSource } from '../../../src/core/draft/sourceChecks';
import { ISO_DATE, assertOrderedDisjoint, assertSpansWithin, options, soup, text } from './arbitraries';
import { findDatesReference, findNumbersReference, findQuotesReference, normaliseForQuoteReference, quoteInSourceReference } from './reference';

/** Text thick with quotation marks. */
const quotish = fc
  .array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom('«', '»', '“', '”', '"', '\n', ' ', '  ', 'a', 'mot', 'le mot dit', '\u00A0', 'x y z', "l'a", '.', '»»', '««') }, { weight: 1, arbitrary: soup(3) }), { maxLength: 60 })
  .map((a) => a.join(''));

/** Words for quotes and sources, so that anchors repeat and near-misses are common. */
const words = (max: number) =>
  fc.array(fc.constantFrom('a', 'b', 'ab', 'ba', 'abcd', 'abce', ' ', 'xyzw', 'mots', 'mot', 'lemot', 'cyberdéfense', 'OTAN', '« ', ' »', ',', '.'), { maxLength: max }).map((a) => a.join(''));

describe('properties: quotations and numbers checked against sources', () => {
  it('findQuotes never throws; quotations stand within the range, in order, between their marks, three words or more', () => {
    fc.assert(
      fc.property(fc.oneof(quotish, text), fc.nat(), (t, x) => {
        const from = x % (t.length + 1);
        const quotes = findQuotes(t, from, t.length);
        assertSpansWithin(quotes, from, t.length, 'quote');
        assertOrderedDisjoint(quotes, 'quotes');
        for (const q of quotes) {
          assert.ok('«“"'.includes(t[q.start]) && '»”"'.includes(t[q.end - 1]));
          assert.equal(q.text, q.text.trim());
          assert.ok(t.slice(q.start, q.end).includes(q.text));
          assert.ok((q.text.match(/[\p{L}\p{N}]+/gu) ?? []).length >= 3);
        }
      }),
      options(),
    );
  });

  it('findQuotes answers as the former regular expression did (now in one pass)', () => {
    fc.assert(
      fc.property(fc.oneof(quotish, text), (t) => assert.deepEqual(findQuotes(t, 0, t.length), findQuotesReference(t, 0, t.length))),
      options(400),
    );
    for (const length of [1999, 2000, 2001]) {
      for (const pad of ['', ' ', '  ']) {
        for (const [open, close] of [['«', '»'], ['“', '”'], ['"', '"']]) {
          const t = `${open}${pad}a b c${'x'.repeat(length - 5)}${pad}${close} ${open}d e f${close}`;
          assert.deepEqual(findQuotes(t, 0, t.length), findQuotesReference(t, 0, t.length), `${length} ${JSON.stringify(pad)} ${open}`);
        }
      }
    }
  });

  it('quoteInSource never throws, finds any stretch of the source it is given, and answers as the former search did', () => {
    fc.assert(
      fc.property(words(40), words(120), fc.nat(), fc.nat(), (quote, source, a, b) => {
        const normalised = normaliseForQuote(source);
        assert.equal(quoteInSource(quote, normalised), quoteInSourceReference(quote, normalised));
        const start = normalised.length === 0 ? 0 : a % normalised.length;
        const stretch = normalised.slice(start, start + (b % 60));
        assert.equal(quoteInSource(stretch, normalised), true, 'a stretch of the source is in it');
      }),
      options(),
    );
  });

  it('a source checks a quotation it holds as written without normalising, with the answer normalising gives', () => {
    const raw = fc.oneof(words(120), quotish, text);
    fc.assert(
      fc.property(raw, fc.nat(), fc.nat(), (source, a, b) => {
        const start = source.length === 0 ? 0 : a % source.length;
        const quote = source.slice(start, start + (b % 80)).trim();
        fc.pre(quote.length > 0);
        // The shortcut answers yes; normalising both must agree, or the shortcut changed an answer.
        assert.equal(quoteInSource(quote, normaliseForQuote(source)), true, JSON.stringify([quote, source]));
        const facts = new SourceFacts(source);
        assert.equal(facts.hasQuote(quote), true);
      }),
      options(1000),
    );
    const facts = new SourceFacts('Le ministre a déclaré : « La paix  est un  processus ».');
    assert.equal(facts.hasQuote('la paix est un processus'), true, 'found once normalised');
    assert.equal(facts.hasQuote('la guerre est un processus long et coûteux'), false);
  });

  it('a quotation with a typo or two is found as the former search found it', () => {
    const edit = fc.tuple(fc.nat(), fc.constantFrom('delete', 'insert', 'replace'));
    fc.assert(
      fc.property(words(120), fc.nat(), fc.integer({ min: 10, max: 80 }), fc.array(edit, { maxLength: 4 }), (source, a, length, edits) => {
        const normalised = normaliseForQuote(source);
        fc.pre(normalised.length > 10);
        const start = a % normalised.length;
        let q = normalised.slice(start, start + length);
        for (const [at, kind] of edits) {
          const i = at % (q.length + 1);
          q = kind === 'delete' ? q.slice(0, i) + q.slice(i + 1) : kind === 'insert' ? `${q.slice(0, i)}z${q.slice(i)}` : `${q.slice(0, i)}q${q.slice(i + 1)}`;
        }
        assert.equal(quoteInSource(q, normalised), quoteInSourceReference(q, normalised), JSON.stringify([q, normalised]));
      }),
      options(),
    );
  });

  it('normaliseForQuote is idempotent', () => {
    fc.assert(
      fc.property(fc.oneof(text, quotish), (t) => {
        const once = normaliseForQuote(t);
        assert.equal(normaliseForQuote(once), once);
      }),
      options(),
    );
  });

  it('findNumbers never throws; numbers and dates stand within the range, in order, without overlap', () => {
    fc.assert(
      fc.property(fc.oneof(text, soup(60)), fc.nat(), (t, x) => {
        const from = x % (t.length + 1);
        const found = findNumbers(t, from, t.length);
        assertSpansWithin(found, from, t.length, 'number');
        assertOrderedDisjoint(found, 'numbers');
        for (const n of found) {
          assert.equal(t.slice(n.start, n.end), n.text);
          assert.ok(ISO_DATE.test(n.value) || /^\d+(?:\.\d+)*$/.test(n.value), `value ${n.value}`);
        }
        const index = numberIndex(t);
        for (const n of findNumbers(t, 0, t.length)) assert.ok(index.has(n.value));
      }),
      options(),
    );
  });

  it('dates are found near years exactly as one scan of the whole text with the date expression finds them', () => {
    const datish = fc
      .array(fc.oneof(fc.constantFrom('15', '1er', '31st', ' ', '  ', '\n', 'novembre', 'Nov.', 'décembre', 'mercredi', 'Thursday,', 'March', ',', '.', '/', '-', '2018', '12019', '2024-02-30', '05', '12/03/', 'le ', '(', 'x', 'é'), soup(4)), { maxLength: 40 })
      .map((a) => a.join(''));
    fc.assert(
      fc.property(fc.oneof(datish, text), (t) => {
        const dates = findNumbers(t, 0, t.length).filter((n) => ISO_DATE.test(n.value)).map((n) => n.text);
        const expected = findDatesReference(t).filter((m) => findNumbers(m.text, 0, m.text.length).some((n) => ISO_DATE.test(n.value))).map((m) => m.text);
        assert.deepEqual(dates, expected);
      }),
      options(2000),
    );
  });

  it('numbers, dates and yearless days and months are found as global scans of the whole text find them', () => {
    const month = fc.constantFrom('novembre', 'Nov', 'nov', 'ſept', 'fe\u0301vrier', 'août', 'May', 'march', 'décembre', 'xnov', 'G');
    const day = fc.constantFrom('15', '1er', '3rd', '7', '31st', '123', '05', '2019', '1 000', '2,5', '1.000.000');
    const gap = fc.constantFrom(' ', '  ', '\u00A0', '\n', '', '.', '. ', '.. ', ', ', '/', '-');
    const piece = fc.oneof(
      fc.tuple(month, gap, day).map((p) => p.join('')),
      fc.tuple(day, gap, month).map((p) => p.join('')),
      fc.tuple(day, gap, month, gap, day).map((p) => p.join('')),
      month, day, gap, fc.constantFrom('x', 'é', '𝐀', '12/03/'), soup(2),
    );
    const numberish = fc.array(piece, { maxLength: 30 }).map((a) => a.join(''));
    fc.assert(
      fc.property(fc.oneof(numberish, text), fc.boolean(), (t, yearless) => {
        assert.deepEqual(findNumbers(t, 0, t.length, yearless), findNumbersReference(t, yearless));
      }),
      options(3000),
    );
  });

  it('normalising for quotes gives what the former expressions gave', () => {
    fc.assert(
      fc.property(fc.oneof(text, soup(60), fc.array(fc.constantFrom(' ', '  ', '\u00A0', '\u202F', '\t', '\n', '\u2028', '\uFEFF', '\u3000', ',', ' .', ';', '?', 'a', 'İ', 'É', '« ', ' »', '“', '”', '„', '"', '’', '‘', 'ʼ', '`', '´', '!', 'x'), { maxLength: 30 }).map((a) => a.join(''))), (t) => {
        assert.equal(normaliseForQuote(t), normaliseForQuoteReference(t));
      }),
      options(1000),
    );
  });

  it('a number or a date written in a sentence is read back as its value', () => {
    const number = fc.oneof(
      fc.integer({ min: 0, max: 999 }).map((n) => [String(n), String(n)]),
      fc.integer({ min: 1000, max: 9_999_999 }).map((n) => [n.toLocaleString('fr-FR').replace(/\u202F/g, ' '), String(n)]),
      fc.integer({ min: 1000, max: 9_999_999 }).map((n) => [n.toLocaleString('en-US'), String(n)]),
      fc.tuple(fc.integer({ min: 1, max: 99 }), fc.integer({ min: 1, max: 9 })).map(([a, b]) => [`${a},${b}`, `${a}.${b}`]),
      fc.tuple(fc.integer({ min: 1, max: 28 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1900, max: 2099 })).map(([d, m, y]) => {
        const months = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
        return [`${d} ${months[m - 1]} ${y}`, `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`];
      }),
    );
    fc.assert(
      fc.property(number, soup(10), (pair, left) => {
        const [written, value] = pair;
        const prefix = `${left.replace(/[\p{L}\p{N}.,\s]+$/u, '')} Il y avait `;
        const t = `${prefix}${written} personnes.`;
        const found = findNumbers(t, 0, t.length).find((n) => n.start === prefix.length);
        assert.ok(found, JSON.stringify(t));
        assert.equal(found.value, value);
        assert.equal(found.text, written);
        if (!ISO_DATE.test(value)) assert.equal(numberValue(written), value);
      }),
      options(),
    );
  });
});
