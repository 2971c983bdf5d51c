import * as assert from 'node:assert/strict';
import { NameMatcher } from '../../src/core/glossary/nameMatcher';
import { mentionsAround, mentionsIn } from '../../src/core/glossary/mentionsIn';
import { mentionAt } from '../../src/core/glossary/entities';

function matcher(names: Record<string, string[]>): NameMatcher {
  const m = new NameMatcher();
  for (const [entry, list] of Object.entries(names)) for (const n of list) m.add(n, entry);
  return m;
}

/** The mentions of `text` as "entry:matched text". */
function found(m: NameMatcher, text: string): string[] {
  return m.find(text).map((x) => `${x.entry}:${text.slice(x.start, x.end)}`);
}

const GLOSSARY = matcher({
  raudiere: ['Laure de La Raudière'],
  otan: ['Organisation du traité de l’Atlantique Nord', 'OTAN', 'Otan', 'NATO'],
  russie: ['Russie'],
  federation: ['Fédération de Russie'],
  kroutskikh: ['A.V. Kroutskikh', 'Kroutskikh'],
  fso: ['FSO'],
  onu: ['ONU', 'Nations unies'],
  'le-drian': ['Jean-Yves Le Drian', 'Le Drian'],
  stoltenberg: ['Stoltenberg'],
  g7: ['G7'],
});

describe('finding glossary names in text', () => {
  it('ignores case and accents', () => {
    assert.deepEqual(found(GLOSSARY, 'Mme Laure de La Raudiere a posé la question.'), ['raudiere:Laure de La Raudiere']);
    assert.deepEqual(found(GLOSSARY, 'laure de la raudière'), ['raudiere:laure de la raudière']);
  });

  it('matches a name in capitals only in capitals (an acronym)', () => {
    assert.deepEqual(found(GLOSSARY, 'Le FSO et le fso, puis Fso.'), ['fso:FSO']);
    assert.deepEqual(found(GLOSSARY, "l'ONU, l'Onu"), ['onu:ONU']);
  });

  it('an acronym with a digit is one too: G7 matches only "G7"', () => {
    assert.deepEqual(found(GLOSSARY, 'au G7 puis au g7'), ['g7:G7']);
  });

  it('reads an accent typed as a separate mark (decomposed) as the accented letter', () => {
    assert.deepEqual(found(GLOSSARY, 'Mme Laure de La Raudie\u0300re'), ['raudiere:Laure de La Raudie\u0300re']);
    assert.deepEqual(found(GLOSSARY, 'OTAN\u0301 seul'), ['otan:OTAN\u0301'], 'the mark belongs to its word: the match takes it whole');
    const decomposedName = matcher({ raudiere: ['Laure de La Raudie\u0300re'] });
    assert.deepEqual(found(decomposedName, 'Laure de La Raudière'), ['raudiere:Laure de La Raudière']);
  });

  it('takes the modifier letter apostrophe (ʼ) and the prime (′) for apostrophes', () => {
    assert.deepEqual(found(GLOSSARY, 'le chef de lʼOTAN'), ['otan:OTAN']);
    assert.deepEqual(found(GLOSSARY, 'Organisation du traité de lʼAtlantique Nord'), ['otan:Organisation du traité de lʼAtlantique Nord']);
    assert.deepEqual(found(GLOSSARY, 'Organisation du traité de l′Atlantique Nord'), ['otan:Organisation du traité de l′Atlantique Nord']);
  });

  it('still matches a capitalised alias in any case when one is given ("Otan")', () => {
    assert.deepEqual(found(GLOSSARY, 'OTAN, Otan, otan'), ['otan:OTAN', 'otan:Otan', 'otan:otan']);
  });

  it('leaves an elided article out of the match, with either apostrophe', () => {
    assert.deepEqual(found(GLOSSARY, 'le chef de l’Otan et d\'OTAN, qu’ONU'), ['otan:Otan', 'otan:OTAN', 'onu:ONU']);
    assert.deepEqual(found(GLOSSARY, 'L’OTAN'), ['otan:OTAN']);
  });

  it('treats typographic and straight apostrophes inside a name as equal', () => {
    assert.deepEqual(found(GLOSSARY, "l'Organisation du traité de l'Atlantique Nord"), ["otan:Organisation du traité de l'Atlantique Nord"]);
  });

  it('treats every Unicode hyphen and dash inside a name as equal', () => {
    for (const dash of ['-', '\u2010', '\u2011', '\u2013', '\u2014']) {
      assert.deepEqual(found(GLOSSARY, `Jean${dash}Yves Le Drian`), [`le-drian:Jean${dash}Yves Le Drian`], JSON.stringify(dash));
    }
  });

  it('matches whole words only', () => {
    assert.deepEqual(found(GLOSSARY, 'Russies, NATOs, Stoltenbergs, G77'), []);
    assert.deepEqual(found(GLOSSARY, 'au G7 de Biarritz'), ['g7:G7']);
  });

  it('takes the longest match, and matches never overlap', () => {
    assert.deepEqual(found(GLOSSARY, 'la Fédération de Russie et la Russie'), ['federation:Fédération de Russie', 'russie:Russie']);
    assert.deepEqual(found(GLOSSARY, "l’Ambassadeur itinérant A.V. Kroutskikh."), ['kroutskikh:A.V. Kroutskikh']);
    assert.deepEqual(found(GLOSSARY, 'M. Le Drian et Jean-Yves Le Drian'), ['le-drian:Le Drian', 'le-drian:Jean-Yves Le Drian']);
  });

  it('lets a name run across a line break but not across a blank line or punctuation', () => {
    assert.deepEqual(found(GLOSSARY, 'Jean-Yves Le\nDrian'), ['le-drian:Jean-Yves Le\nDrian']);
    assert.deepEqual(found(GLOSSARY, 'Fédération de\n\nRussie'), ['russie:Russie']);
    assert.deepEqual(found(GLOSSARY, 'Fédération de, Russie'), ['russie:Russie']);
  });

  it('reports offsets into the text, in UTF-16 units', () => {
    const text = '🇫🇷 « L’OTAN »';
    const [m] = GLOSSARY.find(text);
    assert.equal(text.slice(m.start, m.end), 'OTAN');
    assert.equal(m.start, text.indexOf('OTAN'));
  });

  it('ignores names of fewer than two characters', () => {
    const m = matcher({ x: ['X', 'À'] });
    assert.deepEqual(found(m, 'X et À'), []);
  });

  it('finds 10,000 names in one pass over a long text', () => {
    const big = new NameMatcher();
    for (let i = 0; i < 10_000; i++) big.add(`Personne Numéro${i} Dupont`, `p${i}`);
    const text = 'Selon Personne Numéro9999 Dupont, rien. '.repeat(20_000);
    const started = process.hrtime.bigint();
    const mentions = big.find(text);
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    assert.equal(mentions.length, 20_000);
    assert.ok(ms < 5000, `${ms} ms`); // a sanity bound, not a benchmark: a per-name regex would take minutes
  });
});

describe('glossary names in a Markdown file', () => {
  const names = (text: string, markdown = true) => mentionsIn(GLOSSARY, text, markdown).map((m) => `${m.entry}:${text.slice(m.start, m.end)}`);

  it('are not looked for in citation keys, link targets, web addresses or inline code', () => {
    const text = "L'OTAN [@otan-stoltenberg-2019; voir @russie-2020], [Stoltenberg](https://www.nato.int/otan/stoltenberg.html), www.otan.int/Russie et `OTAN`.";
    assert.deepEqual(names(text), ['otan:OTAN', 'stoltenberg:Stoltenberg']);
  });

  it('are all looked for in plain text, which has none of these', () => {
    assert.deepEqual(names('Voir @otan-stoltenberg et OTAN.', false), ['otan:otan', 'stoltenberg:stoltenberg', 'otan:OTAN']);
  });
});

describe('glossary names around a place (hover, definition)', () => {
  it('finds at every place the name a scan of the whole text finds there', () => {
    const paragraph = (i: number) => `Le ${i} mars, l’OTAN et la Fédération de Russie, puis [@otan-${i}] et Jean-Yves\nLe Drian à Paris.`;
    const long = 'x '.repeat(2500) + 'Stoltenberg ' + 'y '.repeat(2500);
    for (const markdown of [true, false]) {
      const text = [paragraph(1), paragraph(2), long, paragraph(3)].join('\n\n');
      const whole = mentionsIn(GLOSSARY, text, markdown);
      for (let offset = 0; offset <= text.length; offset += 7) {
        const expected = mentionAt(whole, offset);
        assert.deepEqual(mentionAt(mentionsAround(GLOSSARY, text, markdown, offset), offset), expected, `offset ${offset}`);
      }
    }
  });
});
