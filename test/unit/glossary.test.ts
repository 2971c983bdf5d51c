import * as assert from 'node:assert/strict';
import { Glossary } from '../../src/core/glossary/glossary';
import { hoverCard } from '../../src/core/glossary/hoverCard';
import { parseGlossary } from '../../src/core/glossary/parseGlossary';
import { idFromName, stubEntryLines, stubInsertion } from '../../src/core/glossary/stubEntry';
import { formatMessage, message } from '../../src/core/messages';
import { LineIndex } from '../../src/core/text/lineIndex';

const t = (template: string, ...args: (string | number)[]) => formatMessage(message(template, ...args));

/** The diagnostics of a glossary text as "line:column code" (1-based), plus their messages. */
function problems(text: string, file = 'glossary.yaml', others: { file: string; text: string }[] = []) {
  const g = new Glossary([parseGlossary(file, text), ...others.map((o) => parseGlossary(o.file, o.text))]);
  const lines = new LineIndex(text);
  return g.diagnosticsOf(file).map((d) => {
    const p = lines.position(d.span.start);
    return `${p.line}:${p.column} ${d.severity} ${d.code}: ${formatMessage(d.message)}`;
  });
}

const VALID = `version: 1
entries:
  stoltenberg:
    name: Jens Stoltenberg
    type: person
    aliases: [Stoltenberg]
    description: Homme politique norvégien.
    roles:
      - title: Premier ministre de Norvège
        from: 2005
        to: 2013
      - title: Secrétaire général de l'OTAN
        org: otan
        from: 2014-10-01
        to: 2024-10-01
    links: [https://www.wikidata.org/wiki/Q57286]
    related: [otan]
  otan:
    name: Organisation du traité de l'Atlantique Nord
    type: organisation
    aliases: [OTAN, Otan, NATO]
    description: {fr: Alliance militaire fondée en 1949., en: Military alliance founded in 1949.}
`;

describe('glossary files', () => {
  it('reads a valid glossary without a problem', () => {
    assert.deepEqual(problems(VALID), []);
    const g = new Glossary([parseGlossary('glossary.yaml', VALID)]);
    assert.deepEqual([...g.entries.keys()], ['stoltenberg', 'otan']);
    assert.equal(g.entries.get('stoltenberg')!.roles[1].org, 'otan');
  });

  it('reports a YAML syntax error where it stands, and the file is marked broken', () => {
    const text = 'version: 1\nentries:\n  a:\n    name: "A\n    type: person\n';
    const parsed = parseGlossary('glossary.yaml', text);
    assert.equal(parsed.ok, false);
    assert.equal(parsed.diagnostics[0].code, 'yaml-syntax');
    const bad = 'version: 1\nentries:\n  a:\n    name: A\n   type: person\n';
    assert.deepEqual(problems(bad).map((p) => p.split(' error ')[0]), ['5:1'], 'on the line of the badly indented key');
  });

  it('pins each problem to its line and column, and keeps the rest of the entry', () => {
    const text = `version: 1
entries:
  a:
    name: Alpha
    type: martian
    roles:
      - title: Chef
        from: 2019-02-30
        to: 2018
      - title: Adjoint
        org: nowhere
    links: [javascript:alert(1), "https://example.org/a"]
    related: [b, ghost]
    colour: blue
  b:
    type: person
  c:
    name: Gamma
    aliases: [Alpha]
`;
    assert.deepEqual(problems(text), [
      '4:11 warning ambiguous-alias: "Alpha" also names c: it is ambiguous and matches neither.',
      '5:11 error unknown-type: Unknown type "martian": use one of person, organisation, state, agency, group, party, initiative, event, document, other.',
      '8:15 error invalid-date: "2019-02-30" is not a date: write yyyy, yyyy-mm or yyyy-mm-dd.',
      '11:14 error unknown-id: No entry has the id "nowhere".',
      '12:13 error invalid-link: Only http and https links are allowed: "javascript:alert(1)" is dropped.',
      '13:15 error unknown-id: No entry has the id "b".', // b has no name, so it is no entry
      '13:18 error unknown-id: No entry has the id "ghost".',
      '14:5 warning unknown-key: Unknown field "colour" in "a" is ignored.',
      '15:3 error missing-name: The entry "b" has no name: add "name:".',
      '19:15 warning ambiguous-alias: "Alpha" also names a: it is ambiguous and matches neither.',
    ]);
    const g = new Glossary([parseGlossary('glossary.yaml', text)]);
    const a = g.entries.get('a')!;
    assert.equal(a.type, undefined);
    assert.deepEqual(a.links, ['https://example.org/a']);
    assert.deepEqual(a.related, []);
    assert.equal(a.roles[0].title, 'Chef');
    assert.equal(a.roles[0].from, undefined);
    assert.ok(!g.entries.has('b'));
    assert.deepEqual(g.matcher.find('Alpha et Gamma'), [{ entry: 'c', start: 9, end: 14 }]);
  });

  it('reports a role that ends before it begins', () => {
    const text = 'version: 1\nentries:\n  a:\n    name: A1\n    roles:\n      - {title: X, from: 2020, to: 2019-05}\n';
    assert.deepEqual(problems(text), ['6:36 error invalid-date: The role ends (2019-05) before it begins (2020).']);
  });

  it('reports an id written twice in one file on the second, naming it and covering it, and the first wins', () => {
    const text = 'version: 1\nentries:\n  otan:\n    name: OTAN\n  otan:\n    name: OTAN bis\n';
    assert.deepEqual(problems(text), ['5:3 error duplicate-id: "otan" appears twice in the same mapping; the first one is used.']);
    const [d] = parseGlossary('glossary.yaml', text).diagnostics;
    assert.equal(text.slice(d.span.start, d.span.end), 'otan');
  });

  it('reports an id used in two files on the second, and the first wins', () => {
    const other = { file: 'a/glossary.yaml', text: 'version: 1\nentries:\n  otan:\n    name: OTAN bis\n' };
    assert.deepEqual(problems(VALID, 'glossary.yaml', [other]), ['18:3 error duplicate-id: The id "otan" is already used in a/glossary.yaml; this entry is ignored.']);
  });

  it('reports unknown top-level keys and a missing version, and refuses another version', () => {
    assert.deepEqual(problems('entries: {}\nextra: 1\n'), [
      '1:1 warning missing-version: The glossary does not say its version; add "version: 1".',
      '2:1 warning unknown-key: Unknown key "extra" is ignored: a glossary has "version" and "entries".',
    ]);
    assert.deepEqual(problems('version: 2\nentries: {}\n'), ['1:10 error unsupported-version: Only glossary version 1 is supported.']);
  });

  it('refuses an alias bomb and deep nesting quickly, with a located error', () => {
    const bomb = 'version: 1\nentries:\n  a: &a [x, x, x, x, x, x, x, x, x, x]\n' + Array.from({ length: 8 }, (_, i) => `  b${i}: &b${i} [${Array(10).fill(i === 0 ? '*a' : `*b${i - 1}`).join(', ')}]`).join('\n') + '\n';
    const started = Date.now();
    const parsed = parseGlossary('glossary.yaml', bomb);
    assert.ok(parsed.diagnostics.length > 0);
    const deep = 'version: 1\nentries: ' + '['.repeat(20_000) + ']'.repeat(20_000) + '\n';
    const refused = parseGlossary('glossary.yaml', deep);
    assert.equal(refused.ok, false);
    assert.match(formatMessage(refused.diagnostics[0].message), /nested more than 64 levels/);
    assert.ok(Date.now() - started < 1000);
  });
});

describe('hover cards', () => {
  const g = new Glossary([parseGlossary('glossary.yaml', VALID)]);
  const card = (id: string, date: string, language: 'fr' | 'en' = 'fr') => hoverCard(g.entries.get(id)!, g, { date, language, t });

  it('puts the role in force at the date of the text first, marked, then the others with their years', () => {
    assert.equal(
      card('stoltenberg', '2017-01-12'),
      [
        '**Jens Stoltenberg** · _person_',
        "**Secrétaire général de l'OTAN (Organisation du traité de l'Atlantique Nord), 2014–2024** _(in office on 2017\\-01\\-12)_",
        'Other roles: Premier ministre de Norvège, 2005–2013',
        'Homme politique norvégien\\.',
        "Also written: Stoltenberg  \nRelated: Organisation du traité de l'Atlantique Nord",
        '[www\\.wikidata\\.org](https://www.wikidata.org/wiki/Q57286)',
      ].join('\n\n'),
    );
    assert.match(card('stoltenberg', '2010-06-01'), /^\*\*Premier ministre de Norvège, 2005–2013\*\* _\(in office on 2010\\-06\\-01\)_$/m);
    assert.match(card('stoltenberg', '2030-01-01'), /^Roles: /m);
  });

  it('gives the description in the editor language when the glossary has both', () => {
    assert.match(card('otan', '2020-01-01', 'en'), /Military alliance founded in 1949\\\./);
    assert.match(card('otan', '2020-01-01', 'fr'), /Alliance militaire fondée en 1949\\\./);
  });

  it('escapes everything a hostile glossary writes: no HTML, no command or javascript link', () => {
    const hostile = parseGlossary('glossary.yaml', `version: 1
entries:
  evil:
    name: "<img src=x onerror=alert(1)> **Evil**"
    aliases: ["[click](command:workbench.action.terminal.new)"]
    description: "See [here](command:workbench.action.terminal.sendSequence?%7B%22text%22%3A%22rm%22%7D) <script>alert(1)</script> $(zap)"
    links: ["javascript:alert(1)", "command:workbench.action.terminal.new", "https://ok.example/path (x)"]
`);
    const hg = new Glossary([hostile]);
    const md = hoverCard(hg.entries.get('evil')!, hg, { date: '2020-01-01', language: 'fr', t });
    assert.doesNotMatch(md, /<img|<script/);
    assert.doesNotMatch(md, /\]\(command:/);
    assert.doesNotMatch(md, /javascript:/);
    assert.doesNotMatch(md, /(^|[^\\])\[click\]/);
    assert.match(md, /\[ok\\\.example\]\(https:\/\/ok\.example\/path%20%28x%29\)/);
  });
});

describe('stub entries for "Add to glossary"', () => {
  it('makes an id from the name, unique in the glossary', () => {
    assert.equal(idFromName('Jean-Yves Le Drian', () => false), 'jean-yves-le-drian');
    assert.equal(idFromName('Œuvre d’Orient', () => false), 'oeuvre-d-orient');
    assert.equal(idFromName('ANSSI', (id) => id === 'anssi'), 'anssi-2');
    assert.equal(idFromName('«»', () => false), 'entry');
  });

  it('writes a stub that parses back into an entry with that name, whatever the name holds', () => {
    const name = 'Groupe "X": l\'#1 [test]';
    const text = ['version: 1', 'entries:', ...stubEntryLines('groupe-x', name, '  '), ''].join('\n');
    const parsed = parseGlossary('glossary.yaml', text);
    assert.deepEqual(parsed.diagnostics, []);
    assert.equal(parsed.entries[0].name, name);
  });
});

describe('adding a stub entry to a glossary file', () => {
  const add = (text: string) => {
    const at = stubInsertion(text, 'jean-dupont', 'Jean Dupont');
    assert.ok(at, JSON.stringify(text));
    const written = text.slice(0, at.start) + at.text + text.slice(at.end);
    assert.ok(written.slice(at.entryAt).startsWith(`${' '.repeat(written.slice(at.entryAt).search(/\S/))}jean-dupont:`), 'entryAt is the entry\'s line');
    return written;
  };
  const entriesOf = (text: string) => {
    const parsed = parseGlossary('glossary.yaml', text);
    assert.deepEqual(parsed.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code), [], text);
    assert.ok(parsed.ok);
    return parsed.entries.map((e) => e.id);
  };

  for (const [what, text, before] of [
    ['after the last entry, with its indentation', 'version: 1\nentries:\n    otan:\n        name: OTAN\n', ['otan']],
    ['after the last entry of a file without a final line break', 'version: 1\nentries:\n  otan:\n    name: OTAN', ['otan']],
    ['under an "entries:" left empty', 'version: 1\nentries:\n', []],
    ['under an "entries:" left empty, followed by another key', 'entries:\nversion: 1\n', []],
    ['in place of "entries: {}"', 'version: 1\nentries: {}\n', []],
    ['with the "entries" key to a file without it', 'version: 1\n', []],
    ['with the version and the key to an empty file', '', []],
  ] as const) {
    it(`adds it ${what}`, () => {
      assert.deepEqual(entriesOf(add(text)), [...before, 'jean-dupont']);
    });
  }

  it('declines entries written inline (an appended block would break them)', () => {
    assert.equal(stubInsertion('version: 1\nentries: {otan: {name: OTAN}}\n', 'x', 'X'), undefined);
  });
});
