import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { parse } from 'yaml';
import { FIXTURES, REPO } from './paths';

const schema = JSON.parse(readFileSync(join(REPO, 'schemas', 'glossary.schema.json'), 'utf8'));
/** Keywords VS Code and the YAML extension read (hovers, completion); a validator only has to tolerate them. */
const EDITOR_KEYWORDS = ['markdownDescription', 'defaultSnippets', 'enumDescriptions', 'markdownEnumDescriptions'];

const readYaml = (path: string): unknown => parse(readFileSync(path, 'utf8'));
const describeErrors = (errors: ErrorObject[] | null | undefined) =>
  (errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? e.keyword}`).join('\n');

/** A glossary whose entry `x` is written out in YAML, beside a valid entry `otan`. */
const withEntry = (entry: string) => `version: 1\nentries:\n  otan:\n    name: OTAN\n  x:\n${entry.replace(/^/gm, '    ')}\n`;

describe('the glossary JSON Schema', () => {
  let validate: ValidateFunction;

  before(() => {
    // Strict mode: a misspelt keyword or a type mix-up in the schema is an error, not a silent no-op.
    const ajv = new Ajv({ strict: true, allErrors: true });
    ajv.addVocabulary(EDITOR_KEYWORDS);
    validate = ajv.compile(schema);
  });

  it('is a titled draft-07 schema', () => {
    assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
    assert.equal(schema.title, 'Dossier glossary');
  });

  for (const [label, path] of [
    ['examples/glossary.yaml', join(REPO, 'examples', 'glossary.yaml')],
    ['the fixture workspace glossary', join(FIXTURES, 'workspace', 'glossary.yaml')],
  ]) {
    it(`accepts ${label}`, () => {
      const doc = readYaml(path);
      assert.ok(validate(doc), describeErrors(validate.errors));
    });
  }

  it('accepts accented ids, partial dates, a year as a number, one language, and an entry with a name only', () => {
    const doc = parse([
      'version: 1',
      'entries:',
      '  électricité-de-france:',
      '    name: Électricité de France',
      '    type: organisation',
      '    description: {en: French electricity company.}',
      '    links: [HTTPS://www.edf.fr, http://example.org/a?b=c#d]',
      '  _un.gge:2015:',
      '    name: GGE 2015',
      '    related: [électricité-de-france]',
      '    roles:',
      '      - title: Rapport',
      '        from: 2015',
      '        to: 2015-07',
      '      - title: Suite',
      '        from: "2016"',
      '        to: 2017-12-31',
      '  seul:',
      '    name: Seul',
      '',
    ].join('\n'));
    assert.ok(validate(doc), describeErrors(validate.errors));
  });

  it('accepts its own entry examples', () => {
    for (const example of schema.definitions.entry.examples) {
      assert.ok(validate({ version: 1, entries: { exemple: example } }), describeErrors(validate.errors));
    }
  });

  // Each case: the YAML, and the instance path of an error it must raise.
  const invalid: [string, string, string][] = [
    ['an entry without a name', withEntry('type: person\naliases: [X]'), '/entries/x'],
    ['an entry with an empty name', withEntry('name: "  "'), '/entries/x/name'],
    ['an unknown type', withEntry('name: X\ntype: personne'), '/entries/x/type'],
    ['a javascript: link', withEntry('name: X\nlinks: ["javascript:alert(1)"]'), '/entries/x/links/0'],
    ['a link without a scheme', withEntry('name: X\nlinks: [www.nato.int]'), '/entries/x/links/0'],
    ['a "from" date with month 13 and day 45', withEntry('name: X\nroles:\n  - title: T\n    from: 2019-13-45'), '/entries/x/roles/0/from'],
    ['a "from" date written in words', withEntry('name: X\nroles:\n  - title: T\n    from: hier'), '/entries/x/roles/0/from'],
    ['a "to" date with day 32', withEntry('name: X\nroles:\n  - title: T\n    to: 2019-01-32'), '/entries/x/roles/0/to'],
    ['a year of three digits', withEntry('name: X\nroles:\n  - title: T\n    from: 999'), '/entries/x/roles/0/from'],
    ['a role without a title', withEntry('name: X\nroles:\n  - org: otan'), '/entries/x/roles/0'],
    ['an unknown key inside an entry', withEntry('name: X\nwikidata: Q57286'), '/entries/x'],
    ['an unknown key inside a role', withEntry('name: X\nroles:\n  - title: T\n    since: 2019'), '/entries/x/roles/0'],
    ['a description in another language', withEntry('name: X\ndescription: {de: Deutsch}'), '/entries/x/description'],
    ['an empty description object', withEntry('name: X\ndescription: {}'), '/entries/x/description'],
    ['aliases given as a mapping', withEntry('name: X\naliases: {a: b}'), '/entries/x/aliases'],
    ['a related id with a space', withEntry('name: X\nrelated: [pas un id]'), '/entries/x/related/0'],
    ['an entry id with a space', 'version: 1\nentries:\n  pas un id:\n    name: X\n', '/entries'],
    ['version 2', 'version: 2\nentries:\n  otan:\n    name: OTAN\n', '/version'],
    ['no version', 'entries:\n  otan:\n    name: OTAN\n', ''],
    ['no entries', 'version: 1\n', ''],
    ['an unknown top-level key', 'version: 1\nentries: {}\nauthor: moi\n', ''],
  ];
  for (const [label, yaml, path] of invalid) {
    it(`rejects ${label}`, () => {
      assert.equal(validate(parse(yaml)), false, `${label} was accepted`);
      const paths = (validate.errors ?? []).map((e) => e.instancePath);
      assert.ok(paths.includes(path), `no error at "${path}":\n${describeErrors(validate.errors)}`);
    });
  }

  it('gives every property a description and a markdownDescription, for hovers', () => {
    const missing: string[] = [];
    const walk = (node: unknown, at: string): void => {
      if (Array.isArray(node)) return node.forEach((n, i) => walk(n, `${at}/${i}`));
      if (typeof node !== 'object' || node === null) return;
      for (const [key, value] of Object.entries(node)) {
        if (key === 'examples' || key === 'defaultSnippets') continue;
        if (key === 'properties') {
          for (const [name, prop] of Object.entries(value as Record<string, { description?: unknown; markdownDescription?: unknown }>)) {
            if (typeof prop.description !== 'string' || typeof prop.markdownDescription !== 'string') missing.push(`${at}/properties/${name}`);
          }
        }
        walk(value, `${at}/${key}`);
      }
    };
    walk(schema, '#');
    assert.deepEqual(missing, []);
  });

  it('describes each entry type, and offers skeletons for a whole file, an entry and a role', () => {
    const type = schema.definitions.entry.properties.type;
    assert.equal(type.enumDescriptions.length, type.enum.length);
    assert.equal(type.markdownEnumDescriptions.length, type.enum.length);
    for (const where of [schema, schema.properties.entries, schema.definitions.entry, schema.definitions.role]) {
      assert.ok(where.defaultSnippets.length > 0);
      for (const s of where.defaultSnippets) assert.ok(s.label && s.description && s.body, JSON.stringify(s));
    }
  });
});
