import * as assert from 'node:assert/strict';
import { parseDraft } from '../../src/core/draft/blocks';
import { citationInsertOffset, findCitations } from '../../src/core/draft/citations';
import { DEFAULT_LINT_OPTIONS, LintCache, lintDraft, type LintOptions, type SourceResolver } from '../../src/core/draft/lint';
import { closestKey } from '../../src/core/draft/closestKey';
import { splitSentences } from '../../src/core/draft/sentences';
import { findNumbers, normaliseForQuote, numberValue, quoteInSource } from '../../src/core/draft/sourceChecks';
import { formatMessage } from '../../src/core/messages';

function sentencesOf(text: string): string[] {
  const d = parseDraft(text);
  return splitSentences(d.prose, d.blocks).map((s) => text.slice(s.start, s.end));
}

describe('draft sentences', () => {
  const cases: [string, string[]][] = [
    ['M. Dupont a reçu V.V. Poutine hier. Il est reparti.', ['M. Dupont a reçu V.V. Poutine hier.', 'Il est reparti.']],
    ["L'Ambassadeur itinérant A.V. Kroutskikh présidait. La délégation était là.", ["L'Ambassadeur itinérant A.V. Kroutskikh présidait.", 'La délégation était là.']],
    ['« Jamais ! » a-t-il ajouté. Puis il est parti.', ['« Jamais ! » a-t-il ajouté.', 'Puis il est parti.']],
    ['Il a dit : « Nous ne céderons pas. » Le ministère a confirmé.', ['Il a dit : « Nous ne céderons pas. »', 'Le ministère a confirmé.']],
    ["Mme Martin cite le n° 123 (p. 12) et l'art. 5. Fin de la note.", ["Mme Martin cite le n° 123 (p. 12) et l'art. 5.", 'Fin de la note.']],
    ['Le score était de 3 vs. 2 en 2022. Ensuite rien.', ['Le score était de 3 vs. 2 en 2022.', 'Ensuite rien.']],
    ['Selon la dépêche (AFP/JOHN THYS). Autre phrase.', ['Selon la dépêche (AFP/JOHN THYS).', 'Autre phrase.']],
    ['Le ministre J.-Y. Le Drian a parlé avec J.-P. Raffarin. Ils sont partis.', ['Le ministre J.-Y. Le Drian a parlé avec J.-P. Raffarin.', 'Ils sont partis.']],
    ['Né en 52 av. J.-C. à Rome, il régna. Puis il mourut.', ['Né en 52 av. J.-C. à Rome, il régna.', 'Puis il mourut.']],
  ];
  for (const [text, want] of cases) it(`splits "${text.slice(0, 40)}…" as a French reader would`, () => assert.deepEqual(sentencesOf(text), want));

  it('works block by block and skips front matter, headings, code, comments and link definitions', () => {
    const md = '---\ntitle: Une note. Avec un point.\n---\n# Titre. Avec point\n\nUn paragraphe `code. Pas` ici. Deuxième phrase [@a].\n\n- item un. Item deux.\n- autre\n\n> citation. Suite\n\n| a | b |\n|---|---|\n| cellule un. | deux |\n\n```\ncode. code.\n```\n\n    code indenté. non\n\n[^1]: Note [@b].\n\n[ref]: http://x\n<!-- commentaire. Encore. -->\n';
    assert.deepEqual(sentencesOf(md), [
      'Un paragraphe `code. Pas` ici.', 'Deuxième phrase [@a].', 'item un.', 'Item deux.', 'autre', 'citation.', 'Suite',
      'a', 'b', 'cellule un.', 'deux', 'Note [@b].',
    ]);
    const { blocks } = parseDraft(md);
    assert.equal(blocks[0].heading, 'Titre. Avec point');
  });

  it('reads a soft-wrapped paragraph across its line breaks', () => {
    assert.deepEqual(sentencesOf("L'OTAN pourrait déclencher l'article 5\n[voir @a; @b]. La Russie a\nbloqué le rapport."), [
      "L'OTAN pourrait déclencher l'article 5\n[voir @a; @b].",
      'La Russie a\nbloqué le rapport.',
    ]);
  });

  it('keeps a closing emphasis mark with its sentence', () => {
    assert.deepEqual(sentencesOf('**Sanctions.** Le 17 mai 2019, le Conseil a adopté un cadre. _Fin._ Suite.'), ['**Sanctions.**', 'Le 17 mai 2019, le Conseil a adopté un cadre.', '_Fin._', 'Suite.']);
  });

  it('keeps a footnote call with the sentence it follows', () => {
    assert.deepEqual(sentencesOf('Il a signé en 2018.[^1] Puis il est parti.[^note] Fin.'), ['Il a signé en 2018.[^1]', 'Puis il est parti.[^note]', 'Fin.']);
  });

  it('keeps offsets exact with CRLF line ends and astral characters', () => {
    const text = '# T\r\n\r\nLe 🇫🇷 drapeau flotte. Une autre phrase ici.\r\n';
    const d = parseDraft(text);
    const s = splitSentences(d.prose, d.blocks);
    assert.deepEqual(s.map((x) => text.slice(x.start, x.end)), ['Le 🇫🇷 drapeau flotte.', 'Une autre phrase ici.']);
  });

  it('segments a 1 MB paragraph without handing it whole to Intl.Segmenter', () => {
    const text = 'La France a signé un accord en 2019 avec 12 partenaires. '.repeat(18_000);
    const started = Date.now();
    const n = sentencesOf(text).length;
    assert.equal(n, 18_000);
    assert.ok(Date.now() - started < 8000, `${Date.now() - started} ms`); // a bound, not a benchmark: whole-string segmentation takes minutes
  });
});

describe('citations', () => {
  const keys = (text: string) => findCitations(text).map((c) => `${c.narrative ? 'n' : 'b'}:${c.key}:${text.slice(c.start, c.end)}`);

  it('reads Pandoc citations: bracketed, with locators, several, braced, suppressed author, narrative', () => {
    assert.deepEqual(keys('Texte [@a]. Autre [@b, p. 3]. [voir @c; @d-2019, chap. 2] et [-@e] puis @f dit. [@{Rapport annuel 2020}]'), [
      'b:a:@a', 'b:b:@b', 'b:c:@c', 'b:d-2019:@d-2019', 'b:e:@e', 'n:f:@f', 'b:Rapport annuel 2020:@{Rapport annuel 2020}',
    ]);
  });

  it('accepts Unicode letters in keys, and ignores e-mail addresses, links and footnotes', () => {
    assert.deepEqual(keys('[@élysée-2019] écrire à jean@example.org [lien](http://x/@y) [^1] @rapport.'), ['b:élysée-2019:@élysée-2019', 'n:rapport:@rapport']);
  });

  it('places a new citation before the final punctuation and closing quote', () => {
    const text = 'Il a parlé de « paix ». Suite.';
    assert.equal(text.slice(0, citationInsertOffset(text, 0, 23)), 'Il a parlé de « paix »');
    const quoted = "Il a conclu : « C'est fini. »";
    assert.equal(citationInsertOffset(quoted, 0, quoted.length), quoted.length);
    assert.equal(citationInsertOffset('Sans point', 0, 10), 10);
  });
});

describe('source checks', () => {
  it('finds quoted words after normalising guillemets, apostrophes, spaces and case', () => {
    const source = normaliseForQuote('Il a déclaré : « L’OTAN s’efforce  vraiment de renforcer sa cyberdéfense ».');
    assert.ok(quoteInSource("l'otan s'efforce vraiment de renforcer", source));
    assert.ok(quoteInSource('L’OTAN s’éfforce vraiment de renforcer', source), 'a one-letter difference is tolerated');
    assert.ok(!quoteInSource("l'otan renonce à renforcer sa défense", source));
  });

  it('compares numbers and dates in their usual forms', () => {
    assert.equal(numberValue('1 000'), '1000');
    assert.equal(numberValue('1,000'), '1000');
    assert.equal(numberValue('12,5'), '12.5');
    assert.deepEqual(findNumbers('le 15 novembre 2019, puis le 15/11/2019, 370 acteurs', 0, 53).map((n) => n.value), ['2019-11-15', '2019-11-15', '370']);
  });

  it('reads a day and month without a year as a date the source may give with its year', async () => {
    assert.deepEqual(findNumbers('tenu le 15 novembre à Paris, le 1er mars 2020 et on November 3 (15 maisons)', 0, 80, true).map((n) => `${n.value}=${n.text}`), [
      '--11-15=15 novembre', '2020-03-01=1er mars 2020', '--11-03=November 3', '15=15',
    ]);
    const resolver: SourceResolver = { ids: () => ['a'], has: (id) => id === 'a', idForLink: () => undefined, text: async () => 'Le sommet s’est tenu le 15 novembre 2019 à Paris.' };
    const numbers = async (text: string) => (await lintDraft(text, resolver)).filter((d) => d.code === 'number-not-in-source').map((d) => d.target?.text);
    assert.deepEqual(await numbers('Le sommet s’est tenu le 15 novembre à Paris [@a].'), []);
    assert.deepEqual(await numbers('Le sommet s’est tenu le 16 novembre à Paris [@a].'), ['16 novembre']);
  });

  it('suggests the closest key for a typo', () => {
    assert.equal(closestKey('otan-stoltenberg-ingerance', ['otan-stoltenberg-ingerence', 'nato-pledge-2019']), 'otan-stoltenberg-ingerence');
    assert.equal(closestKey('speech-un-norms', ['speech-un-cyber-norms', 'oewg-report-summary']), 'speech-un-cyber-norms');
    assert.equal(closestKey('zzz', ['otan-stoltenberg-ingerence']), undefined);
    assert.equal(closestKey('ab', ['xy']), undefined);
  });
});

const SOURCES: Record<string, string> = {
  'otan-2017': 'Le secrétaire général de l’Otan a jugé jeudi « inacceptable » toute ingérence. « Toute tentative pour intervenir ou influencer une élection nationale depuis l’extérieur est inacceptable », a-t-il dit. Publié le 12/01/2017.',
  'appel-2018': "L'appel est signé par 370 acteurs le 12 novembre 2018.",
};
const resolver: SourceResolver = {
  ids: () => Object.keys(SOURCES),
  has: (id) => id in SOURCES,
  idForLink: (target) => (target === '../corpus/appel-2018.txt' ? 'appel-2018' : undefined),
  text: async (id) => SOURCES[id],
};

async function lint(text: string, options: Partial<LintOptions> = {}): Promise<string[]> {
  const found = await lintDraft(text, resolver, { ...DEFAULT_LINT_OPTIONS, ...options });
  return found.map((d) => `${d.code}: ${text.slice(d.start, d.end)}${d.target ? ` [${d.target.text}]` : ''}`);
}

describe('checking a draft', () => {
  it('flags an uncited claim and says which signals made it one', async () => {
    const found = await lintDraft('La Russie a bloqué en 2021 toute référence au droit humanitaire dans le rapport final.', resolver);
    assert.equal(found.length, 1);
    assert.equal(found[0].code, 'uncited-claim');
    assert.ok(found[0].signals!.includes('date'));
    assert.match(formatMessage(found[0].message), /^Claim without a citation \(.*date.*\)\.$/);
  });

  it('does not flag questions, recommendations, marked opinion or short fragments', async () => {
    assert.deepEqual(await lint('La Russie a-t-elle signé l’appel en 2018 avec 370 acteurs ?\n\nIl faut que la France signe un accord avec 12 partenaires en 2025.\n\nNous estimons que la Chine a bloqué le rapport en 2021 à Genève.\n\nEn 2019.'), []);
    assert.deepEqual(await lint('## Recommandations\n\n- Soutenir le programme d’action adopté en 2021 par 150 États.'), []);
  });

  it('checks each key: an unknown one is an error with a suggestion', async () => {
    const found = await lintDraft('Le secrétaire général a jugé « inacceptable » toute ingérence [@otan-2071].', resolver);
    assert.deepEqual(found.map((d) => [d.code, d.severity, d.suggestion, d.target?.text]), [['unknown-source', 'error', 'otan-2017', 'otan-2017'.replace('2017', '2071')]]);
  });

  it('checks quotes and numbers against the cited source', async () => {
    assert.deepEqual(await lint('L’appel a été signé par 370 acteurs le 12 novembre 2018 [@appel-2018].'), []);
    assert.deepEqual(await lint('L’appel a été signé par 1 000 acteurs le 15/11/2018 [@appel-2018].'), [
      'number-not-in-source: L’appel a été signé par 1 000 acteurs le 15/11/2018 [@appel-2018]. [1 000]',
      'number-not-in-source: L’appel a été signé par 1 000 acteurs le 15/11/2018 [@appel-2018]. [15/11/2018]',
    ]);
    assert.deepEqual(await lint('Il a dit que « toute tentative pour influencer une élection est inacceptable » [@otan-2017].'), [
      'quote-not-in-source: Il a dit que « toute tentative pour influencer une élection est inacceptable » [@otan-2017]. [toute tentative pour influencer une élection est inacceptable]',
    ]);
    assert.deepEqual(await lint('Il a dit : « toute tentative pour intervenir ou influencer une élection nationale depuis l’extérieur est inacceptable » [@otan-2017].'), []);
  });

  it('counts a footnote that cites, and a link to a corpus file, as citations', async () => {
    assert.deepEqual(await lint('L’appel a été signé par 370 acteurs en 2018.[^1]\n\n[^1]: Voir [@appel-2018].'), []);
    assert.deepEqual(await lint('L’appel a été signé par 370 acteurs en 2018 ([source](../corpus/appel-2018.txt)).'), []);
  });

  it('in paragraph scope, a citation at the end of a paragraph covers its sentences', async () => {
    const text = 'La Russie a bloqué le rapport en 2018 avec 370 acteurs. Les États ont signé l’appel le 12 novembre 2018 [@appel-2018].';
    assert.deepEqual((await lint(text, { scope: 'sentence' })).map((l) => l.split(':')[0]), ['uncited-claim']);
    assert.deepEqual(await lint(text, { scope: 'paragraph' }), []);
  });

  it('honours severities, "off", and the suppression comments', async () => {
    const claim = 'La Russie a bloqué le rapport en 2021 avec 150 États à Genève.';
    assert.deepEqual(await lint(claim, { severities: { ...DEFAULT_LINT_OPTIONS.severities, 'uncited-claim': 'off' } }), []);
    assert.deepEqual(await lint(`<!-- dossier-disable-next-line uncited-claim -->\n${claim}`), []);
    assert.deepEqual((await lint(`<!-- dossier-disable-next-line unknown-source -->\n${claim}`)).length, 1);
    assert.deepEqual(await lint(`<!-- dossier-disable -->\n\n${claim}\n\n${claim}\n\n<!-- dossier-enable -->\n`), []);
    assert.deepEqual((await lint(`<!-- dossier-disable -->\n\n${claim}\n\n<!-- dossier-enable -->\n\n${claim}\n`)).length, 1);
  });
});

describe('re-checking after an edit', () => {
  it('gives with its cache exactly what a check from nothing gives, edit after edit', async () => {
    const cache = new LintCache();
    let text = [
      '# Note', '', 'L’appel a été signé par 370 acteurs le 12 novembre 2018 [@appel-2018].', '',
      'La Russie a bloqué le rapport en 2021 avec 150 États à Genève.', '',
      '## Recommandations', '', '- Soutenir le programme d’action adopté en 2021 par 150 États.', '',
      'Il a dit que « toute tentative pour influencer une élection est inacceptable » [@otan-2017].', '',
    ].join('\n');
    const edits: [string, string][] = [
      ['370 acteurs', '1 000 acteurs'],
      ['La Russie a bloqué', 'La Chine a bloqué'],
      ['## Recommandations', '## Analyse'],
      ['[@otan-2017]', '[@otan-2071]'],
      ['Genève.', 'Genève [@appel-2018].'],
    ];
    assert.deepEqual(await lintDraft(text, resolver, DEFAULT_LINT_OPTIONS, cache), await lintDraft(text, resolver));
    for (const [from, to] of edits) {
      text = text.replace(from, to);
      assert.deepEqual(await lintDraft(text, resolver, DEFAULT_LINT_OPTIONS, cache), await lintDraft(text, resolver), `after ${from} → ${to}`);
    }
  });

  it('checks that overlap, on one cache, each find what a check from nothing finds', async () => {
    const cache = new LintCache();
    const paragraph = 'La Russie a bloqué le rapport en 2021 avec 150 États à Genève, selon le ministère.';
    const base = Array.from({ length: 3000 }, (_, i) => `${paragraph} Paragraphe ${i}.`).join('\n\n');
    await lintDraft(base, resolver, DEFAULT_LINT_OPTIONS, cache);
    const versions = [1, 2, 3].map((n) => base.replace('Paragraphe 1500.', `Paragraphe 1500${'x'.repeat(n)}.`));
    // Started together: each lets the event loop go, so they interleave.
    const together = await Promise.all(versions.map((v) => lintDraft(v, resolver, DEFAULT_LINT_OPTIONS, cache)));
    for (const [i, v] of versions.entries()) assert.deepEqual(together[i], await lintDraft(v, resolver), `version ${i + 1}`);
  });

  it('lets the event loop go during a long check', async () => {
    const paragraph = 'Le Conseil a adopté quatorze mesures à Bruxelles le 12 mars 2019 [@appel-2018]. Selon le ministre, « rien ne change ».';
    const text = Array.from({ length: 2000 }, (_, i) => `${paragraph} Point ${i}.`).join('\n\n'); // 250 KB, each block its own
    let turns = 0;
    let ticking = true;
    const tick = () => {
      turns++;
      if (ticking) setImmediate(tick);
    };
    setImmediate(tick);
    const started = performance.now();
    await lintDraft(text, resolver);
    const ms = performance.now() - started;
    ticking = false;
    // Not a timing test: whatever the machine's speed, a check of this length that never let the
    // event loop go would see the ticker turn once or twice (the draft's source is read once).
    assert.ok(turns >= Math.min(5, Math.floor(ms / 20)), `${turns} turns of the event loop in ${Math.round(ms)} ms`);
  });

  it('does not reuse what was learned under other options', async () => {
    const cache = new LintCache();
    const text = 'Selon le ministère, la France a signé un accord.';
    const low = await lintDraft(text, resolver, { ...DEFAULT_LINT_OPTIONS, sensitivity: 'low' }, cache);
    const high = await lintDraft(text, resolver, { ...DEFAULT_LINT_OPTIONS, sensitivity: 'high' }, cache);
    assert.deepEqual(high, await lintDraft(text, resolver, { ...DEFAULT_LINT_OPTIONS, sensitivity: 'high' }));
    assert.deepEqual(low, await lintDraft(text, resolver, { ...DEFAULT_LINT_OPTIONS, sensitivity: 'low' }));
  });
});
