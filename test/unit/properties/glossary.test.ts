import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { stringify } from 'yaml';
import { Glossary } from '../../../src/core/glossary/glossary';
import { hoverCard } from '../../../src/core/glossary/hoverCard';
import { parseGlossary } from '../../../src/core/glossary/parseGlossary';
import { ENTRY_TYPES } from '../../../src/core/glossary/types';
import { formatMessage, message } from '../../../src/core/messages';
import { fold } from '../../../src/core/text/fold';
import { anyString, assertMessage, assertSpansWithin, options, soup, text } from './arbitraries';

const t = (template: string, ...args: (string | number)[]) => formatMessage(message(template, ...args));

/** YAML-ish text built from the glossary's own keys and YAML's marks. */
const glossaryish = fc
  .array(
    fc.oneof(
      fc.constantFrom('version: 1\n', 'entries:\n', '  a:\n', '  b:\n', '    name: ', '    aliases: [', '    type: person\n', '    roles:\n', '      - title: ', '        from: ', '        to: ', '        org: a\n', '    links: [', '    related: [a, b]\n', '    description: {fr: ', 'en: ', '}', ']', '[', '{', ', ', ': ', '- ', '\n', '  ', '&x ', '*x', '<<: *x', '!!binary ', '? ', '|\n', '"', "'", '#', '2019', '2019-13-40', 'javascript:alert(1)', 'https://example.org', '~', 'null'),
      anyString(3),
    ),
    { maxLength: 50 },
  )
  .map((a) => a.join(''));

/** A name a glossary could hold: words, and the odd character. */
const name = fc.array(fc.oneof(fc.constantFrom('Jens', 'Stoltenberg', 'OTAN', 'Fédération', 'de', 'Russie', "l'Otan", 'Jean-Yves', 'Le Drian', 'ANSSI', 'Ó', 'ß'), soup(1)), { minLength: 1, maxLength: 4 }).map((w) => w.join(' ').trim());

const date = fc.oneof(fc.constantFrom('2014', '2014-10', '2014-10-01', '2024-02-30', 'demain', ''), fc.integer({ min: 0, max: 3000 }));
const entry = fc.record({
  name: fc.oneof(name, fc.constant('')),
  type: fc.oneof(fc.constantFrom(...ENTRY_TYPES), fc.constant('martian')),
  aliases: fc.array(name, { maxLength: 3 }),
  description: fc.oneof(soup(10), fc.record({ fr: soup(5), en: soup(5) })),
  roles: fc.array(fc.record({ title: soup(4), from: date, to: date, org: fc.constantFrom('e0', 'e1', 'nobody') }), { maxLength: 2 }),
  links: fc.array(fc.constantFrom('https://example.org/a', 'http://x.test', 'javascript:alert(1)', 'command:workbench.action.terminal.new', 'file:///etc/passwd', 'data:text/html,<b>'), { maxLength: 3 }),
  related: fc.array(fc.constantFrom('e0', 'e1', 'e2', 'nobody'), { maxLength: 2 }),
});
const structured = fc.array(entry, { maxLength: 4 }).map((entries) => stringify({ version: 1, entries: Object.fromEntries(entries.map((e, i) => [`e${i}`, e])) }));

const ctx = { date: '2020-01-01', language: 'fr' as const, t };

function checkParsed(file: string, source: string): ReturnType<typeof parseGlossary> {
  const parsed = parseGlossary(file, source);
  assert.equal(parsed.file, file);
  assertSpansWithin(parsed.diagnostics.map((d) => d.span), 0, source.length, 'diagnostic', true);
  for (const d of parsed.diagnostics) {
    assert.equal(d.file, file);
    assert.ok(d.severity === 'error' || d.severity === 'warning');
    assertMessage(d.message);
  }
  const ids = parsed.entries.map((e) => e.id);
  assert.equal(new Set(ids).size, ids.length, 'ids are unique in a file');
  for (const e of parsed.entries) {
    assert.ok(e.name.length > 0);
    assert.ok(e.type === undefined || (ENTRY_TYPES as readonly string[]).includes(e.type));
    assert.ok(e.links.every((l) => /^https?:\/\//.test(l)), `links are http(s): ${e.links}`);
    assertSpansWithin([e.span, ...e.nameSpans.map((n) => n.span), ...e.refSpans.map((r) => r.span)], 0, source.length, 'entry span', true);
    for (const r of e.roles) if (r.from && r.to) assert.ok(r.from.first <= r.to.last, 'a role never ends before it begins');
  }
  return parsed;
}

describe('properties: loading glossaries', () => {
  it('parseGlossary never throws on any text; every problem stands within the file', () => {
    fc.assert(
      fc.property(fc.oneof(glossaryish, text, structured), (source) => {
        const parsed = checkParsed('glossary.yaml', source);
        assert.deepEqual(parseGlossary('glossary.yaml', source), parsed, 'deterministic');
      }),
      options(),
    );
  });

  it('merging files never throws, does not depend on their order, and every card renders', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(structured, glossaryish), { minLength: 1, maxLength: 3 }), (sources) => {
        const files = sources.map((s, i) => checkParsed(`g${i}.yaml`, s));
        const g = new Glossary(files);
        const h = new Glossary([...files].reverse());
        assert.deepEqual([...h.entries.keys()], [...g.entries.keys()]);
        assert.deepEqual(h.diagnostics, g.diagnostics);
        for (const [i, s] of sources.entries()) {
          const mine = g.diagnosticsOf(`g${i}.yaml`);
          assertSpansWithin(mine.map((d) => d.span), 0, s.length, 'merged diagnostic', true);
          for (let k = 1; k < mine.length; k++) assert.ok(mine[k - 1].span.start <= mine[k].span.start);
        }
        for (const e of g.entries.values()) {
          for (const r of e.related) assert.ok(g.entries.has(r), 'unknown related ids are dropped');
          for (const r of e.roles) if (r.org) assert.ok(g.entries.has(r.org), 'unknown orgs are dropped');
          const card = hoverCard(e, g, ctx);
          assert.equal(typeof card, 'string');
          assert.ok(!card.includes('<'), 'no raw <');
        }
      }),
      options(),
    );
  });

  it('round-trips entries written as YAML: names, aliases, types and http(s) links come back', () => {
    const plainName = fc.stringMatching(/^[A-Z][a-zé]{2,8}( [A-Z][a-zé]{2,8}){0,2}$/);
    fc.assert(
      fc.property(fc.uniqueArray(plainName, { minLength: 1, maxLength: 5, selector: fold }), fc.constantFrom(...ENTRY_TYPES), (names, type) => {
        const entries = Object.fromEntries(names.map((n, i) => [`id-${i}`, { name: n, type, links: [`https://example.org/${i}`] }]));
        const source = stringify({ version: 1, entries });
        const parsed = checkParsed('glossary.yaml', source);
        assert.deepEqual(parsed.diagnostics, []);
        assert.deepEqual(parsed.entries.map((e) => [e.id, e.name, e.type, e.links]), names.map((n, i) => [`id-${i}`, n, type, [`https://example.org/${i}`]]));
        const g = new Glossary([parsed]);
        for (const [i, n] of names.entries()) {
          const found = g.matcher.find(`0 ${n} 1`);
          assert.deepEqual(found.map((m) => m.entry), [`id-${i}`], `${n} is found`);
        }
      }),
      options(),
    );
  });
});
