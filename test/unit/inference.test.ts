import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceDocument } from '../../src/core/corpus/document';
import { readSource } from '../../src/core/corpus/readSource';
import { FIXTURES, SHARED_CORPUS, hasSharedCorpus } from './paths';

function read(dir: string, name: string): SourceDocument {
  const result = readSource({ path: name, bytes: readFileSync(join(dir, name)) });
  assert.ok(!('reason' in result), `${name} was skipped`);
  return result as SourceDocument;
}

describe('metadata inference', () => {
  const dir = join(FIXTURES, 'inference');
  const expected: Record<string, Record<string, string | null>> = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'));

  it('has a ground truth for every fixture', () => {
    const files = readdirSync(dir).filter((f) => f !== 'expected.json').sort();
    assert.deepEqual(files, Object.keys(expected).sort());
  });

  for (const [name, want] of Object.entries(expected)) {
    it(`reads ${name} as a careful reader would`, () => {
      const doc = read(dir, name);
      const got = { title: doc.title, date: doc.date, kind: doc.kind, language: doc.language, publisher: doc.publisher, author: doc.author };
      assert.deepEqual(got, want);
    });
  }

  it('marks every field it inferred, and only those', () => {
    const doc = read(dir, 'caption-date-ancienne.txt');
    assert.deepEqual(doc.inferred, ['title', 'kind', 'language']); // no date, publisher or author found
  });
});

(hasSharedCorpus ? describe : describe.skip)('metadata inference on the shared sample corpus', () => {
  it('001: the title is the question, not the institution heading; the JO date; a parliamentary question', () => {
    const doc = read(SHARED_CORPUS, '001_3971e8d8401f9235.txt');
    assert.equal(doc.title, 'Appel pour la paix dans le cyberspace');
    assert.equal(doc.date, '2018-11-15');
    assert.equal(doc.kind, 'parliamentary-question');
    assert.equal(doc.language, 'fr');
    assert.equal(doc.publisher, 'Assemblée nationale');
    assert.equal(doc.author, 'Laure de La Raudière');
    assert.equal(doc.id, '001_3971e8d8401f9235');
  });

  it('003: never the photo caption date, and no guess from weekdays or a day without a year', () => {
    const doc = read(SHARED_CORPUS, '003_b53c8d1e6bd2763e.txt');
    assert.equal(doc.title, 'Le chef de l’Otan juge « inacceptable » d’essayer d’influencer une élection depuis l’étranger');
    assert.equal(doc.date, null);
    assert.equal(doc.kind, 'press-article');
  });

  it('004: the labelled publication date wins over the event date of the title', () => {
    const doc = read(SHARED_CORPUS, '004_04ba2c0ea789a15b.txt');
    assert.equal(doc.date, '2019-11-21');
    assert.equal(doc.kind, 'press-release');
    assert.ok(doc.title.startsWith('Communiqué pour la presse - Sur le bilan des consultations'));
    assert.ok(!doc.title.includes('[ru]'));
  });
});

describe('numeric dates in English text', () => {
  const dateOf = (line: string) =>
    (readSource({ path: 'corpus/a.txt', bytes: Buffer.from(`# The Council adopts its conclusions\n\n${line}\n\nThe Council of the European Union adopted the conclusions on the security of the network and its resilience.\n`) }) as SourceDocument).date;

  it('takes none that reads two ways (03/05/2019: 3 May or March 5)', () => {
    assert.equal(dateOf('Posted on 03/05/2019'), null);
  });

  it('takes one that reads one way only, either way', () => {
    assert.equal(dateOf('Posted on 25/05/2019'), '2019-05-25');
    assert.equal(dateOf('Posted on 05/25/2019'), '2019-05-25');
    assert.equal(dateOf('Posted on 05/05/2019'), '2019-05-05');
  });

  it('reads French text day first, as French is written', () => {
    const doc = readSource({ path: 'corpus/b.txt', bytes: Buffer.from('# Le Conseil adopte ses conclusions\n\nPublié le 03/05/2019\n\nLe Conseil de l’Union européenne a adopté les conclusions sur la sécurité des réseaux et leur résilience.\n') }) as SourceDocument;
    assert.equal(doc.date, '2019-05-03');
  });
});

describe('publication dates and photo captions', () => {
  const dateOf = (text: string) => (readSource({ path: 'corpus/a.txt', bytes: Buffer.from(text) }) as SourceDocument).date;
  const body = '\n\nLe Conseil de l’Atlantique Nord a examiné la situation au cours de sa réunion.\n';

  for (const caption of [
    '(Photo AFP, 12 juin 2016)',
    'Jens Stoltenberg, le 15 juin 2016 à Bruxelles. Photo AFP',
    'Emmanuel Macron, le 12 mars 2021 à Paris. REUTERS/Gonzalo Fuentes',
    'Jens Stoltenberg, le 15 juin 2016 à Bruxelles.',
  ]) {
    it(`takes no date from the caption "${caption}"`, () => {
      assert.equal(dateOf(`# L’Otan juge la situation préoccupante\n\n${caption}${body}`), null);
    });
  }

  for (const [dateline, iso] of [
    ['Paris, le 12 mars 2021', '2021-03-12'],
    ['(Moscou, le 15 novembre 2019)', '2019-11-15'],
    ['Brussels, 4 June 2019 – NATO Secretary General Jens Stoltenberg met the ministers.', '2019-06-04'],
    ['PARIS, 12 mars 2021 - Le ministre a reçu son homologue.', '2021-03-12'],
    ['Genève, le 3 juillet 2020. Le groupe d’experts a adopté son rapport.', '2020-07-03'],
  ]) {
    it(`takes the date of the dateline "${dateline}"`, () => {
      assert.equal(dateOf(`# Communiqué\n\n${dateline}${body}`), iso);
    });
  }
});
