import * as assert from 'node:assert/strict';
import type { SourceDocument } from '../../src/core/corpus/document';
import { readSource } from '../../src/core/corpus/readSource';
import { formatMessage } from '../../src/core/messages';

const encode = (s: string) => new TextEncoder().encode(s);
const read = (path: string, text: string, sidecar?: string) =>
  readSource({ path, bytes: encode(text), sidecar: sidecar === undefined ? undefined : { path: 'corpus/x.meta.yaml', text: sidecar } }) as SourceDocument;

const ARTICLE = 'Titre pris dans le texte\n\nPublié le 21/11/2019\n\nLe texte de l’article, avec assez de mots pour la langue et le reste de la détection.\n';

describe('front matter and sidecars', () => {
  it('front matter sets fields, which are then not marked inferred', () => {
    const doc = read('corpus/a.md', `---\nid: cle-choisie\ntitle: Titre choisi\ndate: 2020-02-03\nkind: Report\nlanguage: en\n---\n${ARTICLE}`);
    assert.equal(doc.id, 'cle-choisie');
    assert.equal(doc.title, 'Titre choisi');
    assert.equal(doc.date, '2020-02-03');
    assert.equal(doc.kind, 'report');
    assert.equal(doc.language, 'en');
    assert.deepEqual(doc.inferred.filter((f) => ['title', 'date', 'kind', 'language'].includes(f)), []);
  });

  it('without front matter, the id is the file name and the rest is inferred', () => {
    const doc = read('corpus/sub/2019-note.txt', ARTICLE);
    assert.equal(doc.id, '2019-note');
    assert.equal(doc.title, 'Titre pris dans le texte');
    assert.equal(doc.date, '2019-11-21');
    assert.ok(doc.inferred.includes('date'));
  });

  it('a sidecar overrides both the front matter and inference, and works for .txt', () => {
    const doc = read('corpus/a.md', `---\nkind: report\n---\n${ARTICLE}`, 'kind: speech\nauthor: Jean Dupont\n');
    assert.equal(doc.kind, 'speech');
    assert.equal(doc.author, 'Jean Dupont');
    assert.ok(!doc.inferred.includes('author'));
    const txt = read('corpus/b.txt', ARTICLE, 'id: autre-cle\ndate: 15 novembre 2018\n');
    assert.equal(txt.id, 'autre-cle');
    assert.equal(txt.date, '2018-11-15');
  });

  it('a date, publisher or author set to null (null, ~ or nothing) is none, where inference would find one', () => {
    const doc = read('corpus/a.md', `---\ndate: null\nauthor:\n---\nPar Jean Dupont\n\n${ARTICLE}`);
    assert.equal(doc.date, null, 'the labelled date of the text is not taken');
    assert.equal(doc.author, null);
    assert.ok(!doc.inferred.includes('date') && !doc.inferred.includes('author'));
    const txt = read('corpus/b.txt', ARTICLE, 'date: ~\n');
    assert.equal(txt.date, null);
    assert.equal(read('corpus/c.txt', ARTICLE).date, '2019-11-21', 'without the sidecar, the date is inferred');
  });

  it('front matter in a .txt file is text, not metadata', () => {
    const doc = read('corpus/a.txt', `---\ntitle: Pas un en-tête\n---\n${ARTICLE}`);
    assert.notEqual(doc.title, 'Pas un en-tête');
  });

  it('a bad field is reported with the file and dropped; inference fills in', () => {
    const doc = read('corpus/a.md', `---\ndate: bientôt\nlanguage: klingon\ntitle: [liste]\n---\n${ARTICLE}`);
    assert.deepEqual(doc.problems.map((p) => formatMessage(p)), [
      'a.md: the field "title" should be text',
      'a.md: "bientôt" is not a date; write it as yyyy-mm-dd',
      'a.md: the language "klingon" should be fr, en or other',
    ]);
    assert.equal(doc.date, '2019-11-21');
    assert.equal(doc.title, 'Titre pris dans le texte');
  });

  it('broken YAML is reported with its line, and the document is still read', () => {
    const doc = read('corpus/a.md', `---\ntitle: "non fermé\nkind: report\n---\n${ARTICLE}`);
    assert.equal(doc.problems.length, 1);
    assert.match(formatMessage(doc.problems[0]), /^a\.md, line \d+: /);
    assert.equal(doc.title, 'Titre pris dans le texte');
  });

  it('an unclosed front matter is reported and the whole file is read as text', () => {
    const doc = read('corpus/a.md', `---\ntitle: x\n${ARTICLE}`);
    assert.equal(formatMessage(doc.problems[0]), 'a.md: the front matter has no closing --- line');
  });

  it('a YAML alias bomb in a sidecar is refused, not expanded', () => {
    const bomb = 'a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n';
    const doc = read('corpus/a.txt', ARTICLE, bomb);
    assert.equal(doc.problems.length, 1);
    assert.match(formatMessage(doc.problems[0]), /alias/i);
  });
});
