import * as assert from 'node:assert/strict';
import { DEFAULT_LINT_OPTIONS, lintDraft, type LintDiagnostic, type SourceResolver } from '../../src/core/draft/lint';
import { citeEdit, ignoreEdit, replaceKeyEdit, type TextEdit } from '../../src/core/draft/quickFixes';

const apply = (text: string, e: TextEdit) => text.slice(0, e.start) + e.text + text.slice(e.end);

const resolver: SourceResolver = {
  ids: () => ['qag-1400', 'oewg-report-summary'],
  has: (id) => id === 'qag-1400' || id === 'oewg-report-summary',
  idForLink: () => undefined,
  text: async () => 'Le texte de la source.',
};

/** The uncited claims of a draft (the numbers of cited sentences are not what these tests are about). */
async function check(text: string, scope: 'sentence' | 'paragraph' = 'sentence'): Promise<LintDiagnostic[]> {
  return (await lintDraft(text, resolver, { ...DEFAULT_LINT_OPTIONS, scope })).filter((d) => d.code === 'uncited-claim');
}

const sentenceOf = (text: string, words: string) => {
  const start = text.indexOf(words);
  return { start, end: text.indexOf('.', start) + 1 };
};

describe('quick fix edits, character for character', () => {
  it('Cite puts " [@id]" before the final stop, and braces a key that needs them', () => {
    const text = 'La Russie a bloqué le rapport final en 2021.\n';
    const s = sentenceOf(text, 'La Russie');
    assert.equal(apply(text, citeEdit(text, s, 'qag-1400')), 'La Russie a bloqué le rapport final en 2021 [@qag-1400].\n');
    assert.equal(apply(text, citeEdit(text, s, 'note: 2021')), 'La Russie a bloqué le rapport final en 2021 [@{note: 2021}].\n');
    const quoted = '« Nous ne céderons pas. »';
    assert.equal(apply(quoted, citeEdit(quoted, { start: 0, end: quoted.length }, 'qag-1400')), '« Nous ne céderons pas. » [@qag-1400]');
  });

  it('Replace puts the suggested key in place of the unknown one, @ included', () => {
    const text = 'Le Conseil a débattu [@speech-un-norms].';
    const start = text.indexOf('@');
    assert.equal(apply(text, replaceKeyEdit({ start, end: start + '@speech-un-norms'.length }, 'speech-un-cyber-norms')), 'Le Conseil a débattu [@speech-un-cyber-norms].');
  });

  it('Ignore writes an inline comment after the sentence, which silences it and nothing else', async () => {
    const text = 'Le Conseil a adopté 12 mesures en 2019 [@qag-1400]. La Russie a bloqué le rapport final en 2021 à Genève. La suite.\n';
    const s = sentenceOf(text, 'La Russie');
    const fixed = apply(text, ignoreEdit(text, s));
    assert.equal(fixed, 'Le Conseil a adopté 12 mesures en 2019 [@qag-1400]. La Russie a bloqué le rapport final en 2021 à Genève. <!-- dossier-disable-line uncited-claim --> La suite.\n');
    assert.deepEqual((await check(text)).map((d) => d.code), ['uncited-claim']);
    assert.deepEqual(await check(fixed), []);
  });

  it('Ignore keeps a paragraph whole: the citation at its end still covers it in paragraph scope', async () => {
    const text = 'Selon le Gouvernement, 60 États ont signé l’Appel en 2018.\nNi les États-Unis ni la Chine ne l’ont signé en 2019, selon le ministre [@qag-1400].\n\nLa Russie a bloqué le rapport final en 2021 à Genève.\n';
    const before = await check(text, 'paragraph');
    assert.deepEqual(before.map((d) => text.slice(d.start, d.start + 9)), ['La Russie']);
    const fixed = apply(text, ignoreEdit(text, sentenceOf(text, 'La Russie')));
    assert.deepEqual(await check(fixed, 'paragraph'), []);
    // Ignoring a sentence that starts a line of the paragraph keeps the paragraph one.
    const inParagraph = apply(text, ignoreEdit(text, sentenceOf(text, 'Ni les États-Unis')));
    assert.match(inParagraph, /\[@qag-1400\]\. <!-- dossier-disable-line uncited-claim -->\n/);
    assert.deepEqual((await check(inParagraph, 'paragraph')).map((d) => inParagraph.slice(d.start, d.start + 9)), ['La Russie']);
  });

  it('Ignore on a sentence that goes on to the next line writes at the end of its first line', () => {
    const text = 'La Russie a bloqué le rapport\nfinal en 2021 à Genève.\n';
    assert.equal(apply(text, ignoreEdit(text, { start: 0, end: text.indexOf('.') + 1 })), 'La Russie a bloqué le rapport <!-- dossier-disable-line uncited-claim -->\nfinal en 2021 à Genève.\n');
  });

  it('Ignore in a table cell and in a block quote keeps the table and the quotation', async () => {
    const table = '| Pays | Fait |\n| --- | --- |\n| Russie | La Russie a bloqué le rapport final en 2021 à Genève. |\n| Chine | La Chine a signé 14 accords en 2020 à Pékin. |\n';
    const fixedTable = apply(table, ignoreEdit(table, sentenceOf(table, 'La Russie')));
    assert.deepEqual((await check(fixedTable)).map((d) => fixedTable.slice(d.start, d.start + 8)), ['La Chine'], 'the other row is still a cell of the table, still checked');
    const quote = '> La Russie a bloqué le rapport final en 2021 à Genève.\n> La Chine a signé 14 accords en 2020 à Pékin.\n';
    const fixedQuote = apply(quote, ignoreEdit(quote, sentenceOf(quote, 'La Russie')));
    assert.ok(fixedQuote.startsWith('> La Russie a bloqué le rapport final en 2021 à Genève. <!-- dossier-disable-line uncited-claim -->\n> La Chine'));
    assert.deepEqual((await check(fixedQuote)).map((d) => fixedQuote.slice(d.start, d.start + 8)), ['La Chine']);
  });
});
