import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { KNOWN_KINDS, type SourceDocument } from '../../../src/core/corpus/document';
import { PUBLISHED_PATTERNS, UPDATED_PATTERN, firstDate, inferDate, lineBreaks } from '../../../src/core/corpus/infer/date';
import { CAPTION_PATTERNS, isCaption } from '../../../src/core/corpus/infer/furniture';
import { KIND_SIGNALS, inferKind, needlesIn } from '../../../src/core/corpus/infer/kind';
import { readKindText } from '../../../src/core/corpus/infer/kindText';
import { fold } from '../../../src/core/text/fold';
import { PhraseFinder } from '../../../src/core/text/phraseFinder';
import { STOP_WORDS, countWordsAndInferLanguage, inferLanguage } from '../../../src/core/corpus/infer/language';
import { plainLine, readLines } from '../../../src/core/corpus/infer/lines';
import { inferAuthor, inferPublisher } from '../../../src/core/corpus/infer/people';
import { inferTitle } from '../../../src/core/corpus/infer/title';
import { splitPassages } from '../../../src/core/corpus/passages';
import { readSource } from '../../../src/core/corpus/readSource';
import { decode, looksBinary } from '../../../src/core/text/decode';
import { countWords, forEachWord } from '../../../src/core/text/words';
import { WordSpans } from '../../../src/core/text/wordSpans';
import { ISO_DATE, anyString, assertMessage, assertOrderedDisjoint, assertSpansWithin, options, soup, text } from './arbitraries';
import { firstDateReference, inferLanguageReference, needlesInReference, plainLineReference, readLinesReference } from './reference';

const encode = (s: string) => new TextEncoder().encode(s);
/** Without the control characters that make a file look binary (it is then skipped, rightly). */
const textual = (s: string) => s.replace(/[\x00-\x08\x0B\x0E-\x1F]/g, '');

/** Bytes of every kind: random, UTF-8 of any text, Windows-1252 (bytes 0x80–0xFF), with BOMs and NULs. */
const bytes = fc.oneof(
  fc.uint8Array({ maxLength: 600 }),
  text.map(encode),
  fc.array(fc.oneof(fc.integer({ min: 0x20, max: 0x7e }), fc.integer({ min: 0x80, max: 0xff }), fc.constantFrom(10, 13, 9)), { maxLength: 400 }).map((a) => Uint8Array.from(a)),
  text.map((t) => Uint8Array.from([0xef, 0xbb, 0xbf, ...encode(t)])),
);

const path = fc.constantFrom('corpus/a.md', 'corpus/b.txt', 'corpus/C D.markdown', 'corpus/x.MD');
const sidecar = fc.option(fc.record({ path: fc.constant('corpus/a.meta.yaml'), text: fc.oneof(text, fc.constantFrom('id: x\ndate: 2019-02-30\nlanguage: de\n', 'title: [a\n', 'kind: 3\n', '- a\n- b\n')) }), { nil: undefined });

function checkDocument(doc: SourceDocument, decoded: string): void {
  assert.ok(typeof doc.id === 'string' && doc.id.length > 0, 'an id');
  assert.ok(typeof doc.title === 'string' && doc.title.length > 0, 'a title');
  if (doc.date !== null) assert.match(doc.date, ISO_DATE);
  assert.equal(typeof doc.kind, 'string');
  assert.ok(['fr', 'en', 'other'].includes(doc.language));
  assert.ok(Number.isInteger(doc.words) && doc.words >= 0);
  assert.ok(doc.inferred.every((f) => ['title', 'date', 'kind', 'language', 'publisher', 'author'].includes(f)));
  assert.equal(new Set(doc.inferred).size, doc.inferred.length);
  assert.equal(typeof doc.excerpt, 'string');
  if (doc.inferred.includes('kind')) assert.ok((KNOWN_KINDS as readonly string[]).includes(doc.kind));
  assertSpansWithin(doc.passages, 0, decoded.length, 'passages');
  assertOrderedDisjoint(doc.passages, 'passages');
  for (const p of doc.passages) {
    const s = decoded.slice(p.start, p.end);
    assert.equal(s, s.trim(), 'a passage has no space around it');
  }
  doc.problems.forEach(assertMessage);
}

describe('properties: reading a source and inferring its metadata', () => {
  it('readSource never throws on any bytes: a document with sound metadata, or a skipped file with its reason', () => {
    fc.assert(
      fc.property(bytes, path, sidecar, (b, p, side) => {
        const result = readSource({ path: p, bytes: b, sidecar: side });
        if ('reason' in result) {
          assert.equal(result.path, p);
          assertMessage(result.reason);
          assert.ok(looksBinary(b));
          return;
        }
        checkDocument(result, decode(b).text);
        assert.deepEqual(readSource({ path: p, bytes: b, sidecar: side }), result, 'deterministic');
      }),
      options(),
    );
  });

  it('decode never throws, and reads valid UTF-8 back as the text that was written', () => {
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 100 }).map(encode)), (b) => {
        const d = decode(b);
        assert.ok(d.encoding === 'utf-8' || d.encoding === 'windows-1252');
        if (d.encoding === 'windows-1252') assert.equal(d.text.length, b.length, 'one character per byte');
      }),
      options(),
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 100 }), (s) => {
        const d = decode(encode(s));
        assert.equal(d.encoding, 'utf-8');
        assert.equal(d.text, s.startsWith('\uFEFF') ? s.slice(1) : s);
      }),
      options(),
    );
  });

  it('splitPassages gives trimmed, ordered, disjoint passages within the text, from any start', () => {
    fc.assert(
      fc.property(fc.oneof(text, fc.array(fc.constantFrom('a', ' ', '\n', '\n\n', 'x'.repeat(900), 'y '.repeat(700), 'z'.repeat(2500), '\r\n', '\t'), { maxLength: 20 }).map((a) => a.join(''))), fc.nat(), (t, n) => {
        const from = t.length === 0 ? 0 : n % (t.length + 1);
        const passages = splitPassages(t, from);
        assertSpansWithin(passages, from, t.length, 'passages');
        assertOrderedDisjoint(passages, 'passages');
        for (const p of passages) {
          assert.ok(p.end - p.start <= 2000, 'at most 2,000 characters');
          assert.equal(t.slice(p.start, p.end).trim(), t.slice(p.start, p.end));
        }
        // No character but spaces is left out, wherever a long line is cut.
        for (let i = from; i < t.length; i++) {
          if (!/\s/.test(t[i])) assert.ok(passages.some((p) => p.start <= i && i < p.end), `character ${i} (${JSON.stringify(t[i])}) is in no passage`);
        }
      }),
      options(),
    );
  });

  it('readLines and plainLine read every line as the former regular expressions did', () => {
    const line = fc.array(fc.constantFrom('[', '![', ']', '](', ')', '(', 'a', 'b c', '<b>', '**', '_', '\n', '#', '# ', '## ', ' #', '\r', '\u2028', '  ', '>', '`', '\t', '\u00A0'), { maxLength: 40 }).map((a) => a.join(''));
    fc.assert(
      fc.property(fc.oneof(line, text), (t) => {
        const lines = readLines(t);
        assert.deepEqual(lines, readLinesReference(t));
        for (const l of lines) {
          assert.ok(l.text.length > 0 && l.text === l.text.trim());
          assert.ok(l.heading >= 0 && l.heading <= 6);
        }
        for (let i = 1; i < lines.length; i++) assert.ok(lines[i - 1].index < lines[i].index);
        for (const raw of t.split('\n')) assert.equal(plainLine(raw), plainLineReference(raw));
      }),
      options(),
    );
  });

  it('the inference rules never throw, and answer in their own terms', () => {
    fc.assert(
      fc.property(fc.oneof(text, soup(120)), (t) => {
        const lines = readLines(t, 300);
        const date = inferDate(t, lines);
        if (date !== null) assert.match(date, ISO_DATE);
        assert.ok((KNOWN_KINDS as readonly string[]).includes(inferKind(t)));
        assert.ok(['fr', 'en', 'other'].includes(inferLanguage(t)));
        const title = inferTitle(lines);
        if (title !== undefined) assert.ok(title.length > 0 && title.length <= 200, `title ${JSON.stringify(title)}`);
        for (const who of [inferPublisher(lines), inferAuthor(lines)]) if (who !== null) assert.equal(typeof who, 'string');
      }),
      options(),
    );
  });

  it('inferLanguage reads stop words in place exactly as lower-casing each word did', () => {
    // Stop words in any case, with letters whose lower case is special (İ, the Kelvin sign, Σ, an astral capital).
    const stop = fc.constantFrom(...Object.values(STOP_WORDS).flat());
    const cased = stop.chain((w) => fc.array(fc.boolean(), { minLength: w.length, maxLength: w.length }).map((up) => [...w].map((c, i) => (up[i] ? c.toUpperCase() : c)).join('')));
    const odd = fc.constantFrom('İl', 'İ', 'K', '\u212Aein', 'ΣΣ', 'Ésté', '\u{10400}', 'aujourd’hui', "l'est", 'The’s', '1', 'de', 'la', '\u00A0');
    const words = fc.array(fc.oneof({ weight: 4, arbitrary: cased }, { weight: 1, arbitrary: odd }, { weight: 1, arbitrary: soup(3) }), { maxLength: 60 });
    const sep = fc.constantFrom(' ', ', ', '\n', '', "'", '-');
    fc.assert(
      fc.property(fc.oneof(words.chain((ws) => fc.array(sep, { minLength: ws.length, maxLength: ws.length }).map((ss) => ws.map((w, i) => w + ss[i]).join(''))), text), (t) => {
        assert.equal(inferLanguage(t), inferLanguageReference(t));
      }),
      options(),
    );
  });

  it('inferLanguage samples the first 6,000 characters, a word cut there included', () => {
    // English and French tie until "est": cut to "es" at 6,000 (Spanish), English, seen first, wins.
    const head = ('the of le les ' + 'x'.repeat(99) + ' ').padEnd(5997, 'x'.repeat(99) + ' ') + ' ';
    assert.equal(head.length, 5998);
    assert.equal(inferLanguage(head + 'est'), 'en');
    assert.equal(inferLanguage(head + 'est'), inferLanguageReference(head + 'est'));
    assert.equal(inferLanguage(head.slice(0, -2) + ' est'), 'fr');
  });

  it('counting words and inferring the language in one reading answers as each alone does', () => {
    // Texts around the language sample's end (6,000 characters), so that words, apostrophes and
    // surrogate pairs straddle it; English and French tie before it, so the word cut there decides.
    const piece = fc.constantFrom('the ', 'le ', "l'", 'l’Otan ', 'aujourd', "'hui", '\u{1D400}', '\u{1D400}b', 'é', ' ', '\n', 'x', 'est', 'st', 'es', 'des ', "'");
    const tail = fc.array(piece, { maxLength: 12 }).map((a) => a.join(''));
    const around = fc.tuple(fc.integer({ min: 5990, max: 6001 }), fc.constantFrom('the le ', 'of les ', 'xy '), tail).map(([at, unit, rest]) => unit.repeat(Math.ceil(at / unit.length)).slice(0, at) + rest);
    fc.assert(
      fc.property(fc.oneof(around, text), fc.constantFrom('', '---\nid: x\n---\n', 'é ', "l'"), (t, before) => {
        assert.deepEqual(countWordsAndInferLanguage(t), { words: countWords(t), language: inferLanguage(t) });
        // From an offset (the body after front matter), as of the text from there alone; each word's span kept.
        const spans = new WordSpans(1);
        assert.deepEqual(countWordsAndInferLanguage(before + t, before.length, spans), { words: countWords(t), language: inferLanguage(t) });
        const found: number[] = [];
        forEachWord(before + t, (start, end, hash) => found.push(start, end, hash), before.length);
        assert.deepEqual([...spans.packed()], found);
      }),
      options(),
    );
  });

  it('the words each kind signal is first looked for are in every text its expression matches', () => {
    // Phrases each signal matches, folded as inferKind folds; the needles must not skip them.
    const phrases = Object.values(KIND_SIGNALS).flatMap((signals) => signals.map(([, re]) => re));
    const samples = fc.array(fc.constantFrom(...SIGNAL_SAMPLES, 'le texte', 'the', '\n', '\r', '\u2028', ' ', "'"), { maxLength: 12 }).map((a) => a.join(''));
    fc.assert(
      fc.property(samples, (t) => {
        const found = needlesIn(t);
        for (const signals of Object.values(KIND_SIGNALS)) {
          for (const [needles, re] of signals) if (re.test(t)) assert.ok(needles.some((n) => found.has(n)), `${re} matches ${JSON.stringify(t)} without ${needles.join(' | ')}`);
        }
      }),
      options(),
    );
    for (const re of phrases) assert.ok(SIGNAL_SAMPLES.some((sample) => re.test(sample)), `a sample for ${re}`);
  });

  it('the needles found in one pass are those the text contains', () => {
    // Pieces of needles, so that texts hold some whole, some cut, some overlapping ("communique conjoint").
    const needles = [...new Set(Object.values(KIND_SIGNALS).flatMap((signals) => signals.flatMap(([n]) => n)))];
    const piece = fc.oneof(
      fc.constantFrom(...needles),
      fc.constantFrom(...needles).chain((n) => fc.tuple(fc.nat(n.length), fc.nat(n.length)).map(([a, b]) => n.slice(Math.min(a, b), Math.max(a, b)))),
      fc.constantFrom('\r', '\u2028', '\u2029', '\n', ' ', 'é', '\u{1D400}', 'x'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }).map((a) => a.join('')), (t) => {
        assert.deepEqual([...needlesIn(t)].sort(), needlesInReference(t, needles).sort());
      }),
      options(),
    );
  });

  it('the kind reads its text in one pass as folding, straightening, then looking for the needles would', () => {
    const needles = [...new Set(Object.values(KIND_SIGNALS).flatMap((signals) => signals.flatMap(([n]) => n)))];
    const finder = new PhraseFinder(needles, { '\r': '\n', '\u2028': '\n', '\u2029': '\n' });
    // Ligatures that fold to two letters (inside needles too: "preße"), apostrophes, and characters folded only with their neighbours.
    const piece = fc.constantFrom(...SIGNAL_SAMPLES, 'Communiqué de PRESSE', 'preße release', 'ŒUVRE', 'ǽ', '’', "'", '\r', '\u2028', 'É', 'Σ', 'e\u0301', '\u{1D400}', 'Ⅻ', ' ', '\n', 'x');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }).map((a) => a.join('')), fc.nat(60), fc.nat(120), (t, headChars, bodyChars) => {
        const read = readKindText(t, headChars, bodyChars, finder);
        const body = fold(t.slice(0, bodyChars)).replace(/’/g, "'");
        if (read === undefined) {
          assert.match(t.slice(0, bodyChars), /[^\u0000-\u024F\u2000-\u206F\u20A0-\u20CF]/, 'only a character outside the table sends the kind to fold');
          return;
        }
        assert.equal(read.body, body);
        assert.equal(read.head, fold(t.slice(0, Math.min(headChars, bodyChars))).replace(/’/g, "'"));
        assert.deepEqual(needles.filter((_, i) => read.found[i] === 1), needlesInReference(body, needles));
      }),
      options(),
    );
  });

  it('a caption is told as its expressions tell it, though quick tests spare most lines the expressions', () => {
    // The marks each expression needs, and look-alikes: "ap" in "capital", the long s and Kelvin sign the `iu` flags fold.
    const piece = fc.constantFrom(
      '©', 'crédit photo', 'Crédits photo', 'CREDIT PHOTO', 'Photo :', 'photo', 'PHOTO', 'image:', 'Illustration :', '(AFP', '(AFP/John Thys)', '(OTAN)',
      'REUTERS/Gonzalo Fuentes', 'Photo AFP', 'Getty Images', 'maxppp', 'ap', 'capital', 'ſ', 'K', '(', ')', ':', '/', ' ', '.', ',', 'x', 'é', 'Paris',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }).map((a) => a.join('')), soup(4), (t, extra) => {
        for (const text of [t, t + extra, extra + t]) assert.equal(isCaption({ text, heading: 0, index: 0 }), CAPTION_PATTERNS.some((re) => re.test(text)), JSON.stringify(text));
      }),
      options(),
    );
  });

  it('the date patterns of lines, tried at line starts only, find the dates matchAll finds', () => {
    // Labels, dates cut or running onto the next line, invalid dates (the search goes on), every line terminator.
    const piece = fc.constantFrom(
      'Publié le ', 'publiée au JO le ', 'Question publiée au JO le : ', 'Mis en ligne le ', 'Date : ', 'dated: ', 'Mis à jour le ', 'Updated ', 'Published on ',
      '12 mars 2021', '31/02/2020', '15 novembre\n2018', '2019-07-14', 'March 3, 2020', '1er', ' janvier ', '2020', '\n', '\r', '\r\n', '\u2028', '\u2029',
      '  ', '> ', '# ', 'le texte ', 'selon un rapport publié le ', 'x', '.',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }).map((a) => a.join('')), fc.boolean(), (t, dayFirst) => {
        for (const pattern of [...PUBLISHED_PATTERNS, UPDATED_PATTERN]) {
          assert.equal(firstDate(t, pattern, dayFirst, lineBreaks(t)), firstDateReference(t, pattern.source, dayFirst), `${pattern.source.slice(0, 40)}… in ${JSON.stringify(t)}`);
        }
      }),
      options(),
    );
  });

  it('a labelled date written anywhere near the top is read back', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2030 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), soup(10), soup(30), (y, m, d, before, after) => {
        const clean = (s: string) => textual(s).replace(/[\r\n\u2028\u2029\u0085]/g, ' ').replace(/\d/g, '');
        const t = `Titre\n${clean(before)}\nPublié le ${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}\n${textual(after)}`;
        const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        const doc = readSource({ path: 'corpus/a.txt', bytes: encode(t) });
        assert.ok(!('reason' in doc));
        // English text may write month first: a date that reads both ways is then no date.
        const ambiguous = doc.language === 'en' && d <= 12 && d !== m;
        assert.equal(doc.date, ambiguous ? null : iso);
      }),
      options(),
    );
  });

  it('front matter wins over inference, and a sidecar over front matter, for any body', () => {
    fc.assert(
      fc.property(soup(30), anyString(3), (body, junk) => {
        const t = `---\nid: clef\ntitle: Titre posé\ndate: 2001-02-03\n---\n${textual(body + junk)}`;
        const doc = readSource({ path: 'corpus/a.md', bytes: encode(t), sidecar: { path: 'corpus/a.meta.yaml', text: 'title: Titre du sidecar\n' } });
        assert.ok(!('reason' in doc));
        assert.equal(doc.id, 'clef');
        assert.equal(doc.title, 'Titre du sidecar');
        assert.equal(doc.date, '2001-02-03');
        assert.ok(!doc.inferred.includes('title') && !doc.inferred.includes('date'));
      }),
      options(),
    );
  });
});

/** One text each kind signal matches (folded, as inferKind reads it). */
const SIGNAL_SAMPLES = [
  'question ecrite', 'texte de la question', 'publiee au jo', 'jo senat', 'ministere interroge', 'written question', 'parliamentary question',
  'question for oral answer', 'answer given by', 'reponse du ministere', 'communique de presse', 'communique', 'press release',
  'for immediate release', 'media contacts', 'nota de prensa', 'temps de lecture', 'reading time', '(afp', 'reuters', 'par jean dupont',
  'abonnes', 'correspondant', 'seul le prononce fait foi', 'check against delivery', 'allocution', 'remarks by', 'mesdames et messieurs',
  'ladies and gentlemen', 'joint statement', 'declaration finale', 'joint declaration', 'communique conjoint', 'article 1er',
  'hautes parties contractantes', 'high contracting parties', 'ont convenu de ce qui suit', 'have agreed as follows', 'convention',
  'executive summary', 'resume analytique', 'synthese', 'table des matieres', 'rapport', 'recommandations', 'recommendations', 'annexes',
];
