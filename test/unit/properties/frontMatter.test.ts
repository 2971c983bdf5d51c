import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { parse, stringify } from 'yaml';
import { isoDate, parseDate } from '../../../src/core/corpus/dates';
import { readSetFields } from '../../../src/core/corpus/fields';
import { parseYamlMapping, readFrontMatter } from '../../../src/core/corpus/frontMatter';
import { parsePartialDate } from '../../../src/core/glossary/partialDate';
import { ISO_DATE, anyString, assertMessage, options, soup, text } from './arbitraries';

/** YAML-ish text: the marks of YAML in any order, so that the parser meets every error. */
const yamlish = fc
  .array(fc.oneof(fc.constantFrom('a', 'b: ', ': ', '- ', '? ', '[', ']', '{', '}', ',', '&x ', '*x', '!!str ', '|', '>', '#', '"', "'", '\n', '\n  ', '  ', '---', '...', 'date: ', 'id: ', '2019-05-23', '%YAML 1.2'), anyString(3)), { maxLength: 40 })
  .map((t) => t.join(''));

describe('properties: front matter and metadata fields', () => {
  it('readFrontMatter never throws, and its body starts within the text, after the closing line', () => {
    fc.assert(
      fc.property(fc.oneof(text, yamlish.map((y) => `---\n${y}\n---\nbody`), yamlish.map((y) => `---\r\n${y}`)), (t) => {
        const fm = readFrontMatter(t, 'x.md');
        assert.ok(fm.bodyStart >= 0 && fm.bodyStart <= t.length, `bodyStart ${fm.bodyStart}`);
        if (fm.data !== undefined) {
          assert.ok(fm.bodyStart > 0);
          assert.equal(typeof fm.data, 'object');
          assert.ok(!Array.isArray(fm.data));
        }
        fm.problems.forEach(assertMessage);
        assert.deepEqual(readFrontMatter(t, 'x.md'), fm, 'deterministic');
      }),
      options(),
    );
  });

  it('parseYamlMapping never throws on any text', () => {
    fc.assert(
      fc.property(fc.oneof(yamlish, text), (y) => {
        const r = parseYamlMapping(y, 'x.meta.yaml');
        r.problems.forEach(assertMessage);
        if (r.data !== undefined) assert.ok(typeof r.data === 'object' && !Array.isArray(r.data));
      }),
      options(),
    );
  });

  it('round-trips a mapping written as front matter, and finds where the body starts', () => {
    const value = fc.oneof(soup(6).map((s) => s.replace(/[\uD800-\uDFFF]/g, '')), fc.integer(), fc.boolean());
    fc.assert(
      fc.property(fc.dictionary(fc.stringMatching(/^[a-z][a-z0-9_]{0,10}$/), value, { maxKeys: 6 }), soup(20), fc.constantFrom('\n', '\r\n'), (data, body, eol) => {
        const yaml = stringify(data).replace(/\n/g, eol);
        const t = `---${eol}${Object.keys(data).length > 0 ? yaml : ''}---${eol}${body}`;
        const fm = readFrontMatter(t, 'x.md');
        assert.equal(fm.bodyStart, t.length - body.length);
        assert.deepEqual(fm.problems, []);
        // What YAML itself reads in the block (its own stringify is not always read back as written: " \n").
        if (Object.keys(data).length > 0) assert.deepEqual(fm.data, parse(stringify(data)));
      }),
      options(),
    );
  });

  it('front matter naming a language or a date by an object with toString, or by __proto__, gives a problem, not a crash', () => {
    for (const yaml of ['language: {toString: ""}', 'language: __proto__', 'lang: constructor', 'date: {toString: 1}', 'date: [1, {valueOf: 2}]']) {
      const { fields, problems } = readSetFields(parseYamlMapping(yaml, 'a.md').data!, 'a.md');
      assert.equal(fields.language, undefined, yaml);
      assert.equal(fields.date, undefined, yaml);
      assert.equal(problems.length, 1, yaml);
      assertMessage(problems[0]);
    }
  });

  it('readSetFields never throws on any mapping, and gives a valid date and language or a problem', () => {
    const field = fc.oneof(fc.jsonValue(), fc.date({ noInvalidDate: false }), soup(4));
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('id', 'title', 'date', 'kind', 'language', 'lang', 'publisher', 'author', 'other'), field), (data) => {
        const { fields, problems } = readSetFields(data, 'x.meta.yaml');
        problems.forEach(assertMessage);
        if (fields.date !== undefined && fields.date !== null) assert.match(fields.date, ISO_DATE);
        if (fields.language !== undefined) assert.ok(['fr', 'en', 'other'].includes(fields.language));
        for (const k of ['id', 'title', 'kind', 'publisher', 'author'] as const) {
          if (fields[k] === null) assert.ok(data[k] === null && k !== 'id' && k !== 'title' && k !== 'kind', `${k} is none only when set to null`);
          else if (fields[k] !== undefined) assert.ok(typeof fields[k] === 'string' && fields[k]!.length > 0);
        }
        if (fields.date === null) assert.equal(data.date, null);
      }),
      options(),
    );
  });

  it('parseDate gives null or a date that exists, read back as itself', () => {
    const dateLike = fc.oneof(
      soup(6),
      fc.tuple(fc.integer({ min: 0, max: 40 }), fc.constantFrom('janvier', 'février', 'fevr.', 'mars', 'août', 'déc', 'May', 'June', 'sept.'), fc.integer({ min: 0, max: 3000 })).map(([d, m, y]) => `${d} ${m} ${y}`),
      fc.tuple(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
      fc.tuple(fc.integer({ min: 0, max: 32 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 3000 })).map(([d, m, y]) => `${d}/${m}/${y}`),
    );
    fc.assert(
      fc.property(dateLike, (s) => {
        const iso = parseDate(s);
        if (iso === null) return;
        assert.match(iso, ISO_DATE);
        const [y, m, d] = iso.split('-').map(Number);
        assert.equal(isoDate(y, m, d), iso);
        assert.equal(parseDate(iso), iso);
      }),
      options(),
    );
  });

  it('parsePartialDate never throws; its first day is never after its last', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), soup(3), fc.stringMatching(/^\d{4}(-\d{2}(-\d{2})?)?$/)), (v) => {
        const d = parsePartialDate(v);
        if (!d) return;
        assert.match(d.first, ISO_DATE);
        assert.match(d.last, ISO_DATE);
        assert.ok(d.first <= d.last);
        assert.ok(d.first.startsWith(d.text.slice(0, 4)));
      }),
      options(),
    );
  });
});
