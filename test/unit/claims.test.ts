import * as assert from 'node:assert/strict';
import { CUE_WEIGHTS, SIGNAL_WEIGHTS, THRESHOLDS, detectClaim, type Cue, type Sensitivity, type Signal } from '../../src/core/draft/claims';
import { DEFAULT_LINT_OPTIONS, lintDraft, type SourceResolver } from '../../src/core/draft/lint';

const signalsOf = (text: string) => detectClaim(text).signals;
const cuesOf = (text: string) => detectClaim(text).cues ?? [];

describe('claim signals', () => {
  // For each signal, a French and an English sentence that has it.
  const cases: Record<Signal, [fr: string, en: string]> = {
    number: ['La délégation comptait 42 diplomates venus de la capitale.', 'The delegation counted forty diplomats from the capital.'],
    percentage: ['Le budget de la défense représente 2 % de la richesse nationale.', 'Turnout reached sixty per cent in the northern provinces.'],
    date: ['Le sommet des ministres se réunira à Vienne en octobre prochain.', 'The ministers gathered in Vienna on a cold Tuesday morning.'],
    quotation: ['Le porte-parole parle d’une « provocation délibérée et inacceptable » ce matin.', 'The spokesman spoke of “a deliberate and unacceptable provocation” this morning.'],
    'reported-speech': ['Selon le ministère, la frontière reste fermée aux camions.', 'According to the ministry, the border remains closed to lorries.'],
    event: ['Le parlement a ratifié la convention sur la cybercriminalité.', 'Parliament ratified the convention on cybercrime without debate.'],
    past: ['La ville était alors le principal port de la côte.', 'The town was then the main port on that coast.'],
    superlative: ['Ce réseau est le plus étendu de toute la région.', 'This network is the largest anywhere in the region.'],
    causal: ['Les livraisons ont cessé à cause de la grève des dockers.', 'Deliveries stopped because of the strike by the dockers.'],
    generalisation: ['Les petites entreprises négligent souvent la sécurité de leurs systèmes.', 'Small firms often neglect the security of their systems.'],
    evaluation: ['Ce traité est considéré comme la pierre angulaire du régime.', 'This treaty is regarded as the cornerstone of the regime.'],
    quantity: ['Le taux de chômage des jeunes inquiète les autorités locales.', 'The unemployment rate among the young worries local officials.'],
    'named-actor': ['Les discussions avec Pékin reprennent après une longue pause.', 'Talks with Beijing resume after a long pause this spring.'],
  };
  for (const [signal, [fr, en]] of Object.entries(cases) as [Signal, [string, string]][]) {
    it(`finds ${signal} in French and in English`, () => {
      assert.ok(signalsOf(fr).includes(signal), `${fr}: ${signalsOf(fr).join(', ')}`);
      assert.ok(signalsOf(en).includes(signal), `${en}: ${signalsOf(en).join(', ')}`);
    });
  }

  it('gives every signal and every cue a weight', () => {
    for (const signal of Object.keys(cases)) assert.ok((SIGNAL_WEIGHTS as Record<string, number>)[signal] > 0, signal);
    for (const weight of Object.values(CUE_WEIGHTS)) assert.ok(weight < 0);
  });

  it('lists the signals of a sentence, in a fixed order', () => {
    assert.deepEqual(signalsOf('La Russie a bloqué en 2021 le rapport final du groupe.'), ['number', 'date', 'event', 'past', 'named-actor']);
    assert.deepEqual(signalsOf('Selon Reuters, les exportations ont doublé en un an.'), ['reported-speech', 'event', 'past', 'quantity', 'named-actor']);
    assert.deepEqual(signalsOf('The ministry said that exports fell by 12 % last year.'), ['percentage', 'number', 'date', 'reported-speech', 'event', 'quantity']);
    assert.deepEqual(signalsOf('Les réunions se tiennent dans une salle du troisième étage.'), []);
  });

  it('reads accented French words whole ("déclaré", "été")', () => {
    assert.ok(signalsOf('Le ministre a déclaré la fin des opérations militaires.').includes('reported-speech'));
    assert.ok(signalsOf('Le sommet a été reporté sans explication officielle.').includes('past'));
  });

  it('keeps French and English word lists to their language', () => {
    // "car" is a cause in French only; "a visit" is no French compound past
    assert.ok(signalsOf('Le port est fermé car les grues sont en panne depuis lundi.').includes('causal'));
    assert.ok(!signalsOf('The minister bought a new car for the embassy staff.').includes('causal'));
    assert.ok(!signalsOf('The minister plans a visit to the northern region soon.').includes('past'));
  });

  it('counts reported speech only when someone else speaks', () => {
    assert.ok(signalsOf('The governor said the budget would be balanced by spring.').includes('reported-speech'));
    assert.ok(!signalsOf('As I said earlier, the budget matters a great deal to us.').includes('reported-speech'));
    assert.ok(!signalsOf('Comme nous l’avons dit, la question reste entière pour nous.').includes('reported-speech'));
  });

  it('takes the journalistic conditional as an unverified report, not a mere conditional', () => {
    assert.ok(signalsOf('Le président aurait rencontré les chefs rebelles en secret.').includes('reported-speech'));
    assert.ok(!signalsOf('Une telle mesure pourrait rassurer les marchés européens.').includes('reported-speech'));
    assert.ok(!signalsOf('La France aurait dû intervenir plus tôt dans la crise.').includes('reported-speech'));
  });

  it('does not take an enumeration for a comparison', () => {
    assert.ok(!signalsOf('First, the delegation met the local officials in the capital.').includes('superlative'));
    assert.ok(signalsOf('The delegation was the first to meet the local officials.').includes('superlative'));
  });
});

describe('claims and non-claims', () => {
  const claims = [
    'La Chine a investi des milliards de dollars dans les ports africains.',
    'Les hôpitaux sont souvent visés par des groupes criminels organisés.',
    'Le chômage des jeunes reste le plus élevé de la zone euro.',
    'Moscou dément toute implication dans le piratage des messageries.',
    'The sanctions caused a sharp fall in the national currency.',
    'Most member states now support a common position on encryption.',
  ];
  for (const text of claims) it(`flags "${text}"`, () => assert.equal(detectClaim(text).claim, true));

  const exempt: [string, NonNullable<ReturnType<typeof detectClaim>['exempt']>][] = [
    ['La Russie a-t-elle bloqué le rapport final en 2021 à Genève ?', 'question'],
    ['Did Russia block the final report in Geneva in 2021?', 'question'],
    ['Il faut que la France signe un accord avec 12 partenaires en 2025.', 'recommendation'],
    ['Nous recommandons de doubler le budget de 2025 à 2027.', 'recommendation'],
    ['La France doit défendre une position ambitieuse au sommet de juin 2025.', 'recommendation'],
    ['We should double the budget for the 2025 to 2027 period.', 'recommendation'],
    ['We recommend that the EU doubles its budget by 2027.', 'recommendation'],
    ['Nous estimons que la Chine a bloqué le rapport en 2021 à Genève.', 'opinion'],
    ['À notre avis, la Chine a bloqué le rapport en 2021 à Genève.', 'opinion'],
    ['We assess that China blocked the report in Geneva in 2021.', 'opinion'],
    ['In our view, China blocked the report in Geneva in 2021.', 'opinion'],
    ['En 2019, à Genève.', 'fragment'],
    ['In 2019, in Geneva.', 'fragment'],
  ];
  for (const [text, why] of exempt) {
    it(`does not flag "${text}" (${why})`, () => {
      const verdict = detectClaim(text);
      assert.equal(verdict.claim, false);
      assert.equal(verdict.exempt, why);
    });
  }

  it('takes a sentence under a recommendations heading as a recommendation', () => {
    const text = 'Soutenir le programme d’action adopté par 150 États en 2021.';
    assert.deepEqual([detectClaim(text, 'Recommandations').claim, detectClaim(text, 'Recommandations').exempt], [false, 'recommendation']);
    assert.equal(detectClaim('The programme was adopted by 150 states in 2021.', 'Recommendations').exempt, 'recommendation');
    assert.equal(detectClaim('Le programme a été adopté par 150 États en 2021.', 'Contexte').claim, true);
  });

  it('takes an opinion or recommendation marker only where it opens the sentence', () => {
    const hedged = 'The budget office, which is respected by, I think, almost everyone, found that 3 million jobs were lost.';
    assert.equal(detectClaim(hedged).exempt, undefined);
    assert.equal(detectClaim(hedged).claim, true);
  });

  it('keeps a quotation or a percentage in a short sentence', () => {
    assert.equal(detectClaim('Le chômage : 9 %.').claim, true);
    assert.equal(detectClaim('« Nous ne céderons jamais. »').claim, true);
  });

  it('does not flag the plain prose of a briefing', () => {
    for (const text of [
      'Cette note présente les principaux enjeux de la négociation en cours.',
      'La section suivante détaille les options qui s’offrent à nous.',
      'This note sets out the main issues at stake in the negotiation.',
      'The next section discusses the options available to us.',
    ]) assert.equal(detectClaim(text).claim, false, text);
  });
});

describe('softer negative cues', () => {
  const cases: Record<Cue, [fr: string, en: string]> = {
    'first-person': ['Je me souviens de la visite du ministre à Berlin.', 'I remember the visit of the minister to Berlin.'],
    address: ['Vous trouverez les chiffres du commerce en annexe.', 'You will find the trade figures in the annex.'],
    intention: ['Le ministre se rendra à Berlin et la délégation sera reçue.', 'The minister will travel to Berlin with the delegation.'],
    hypothetical: ['Si la Russie bloque le texte, la conférence échouera.', 'If Russia blocks the text, the conference fails at once.'],
  };
  for (const [cue, [fr, en]] of Object.entries(cases) as [Cue, [string, string]][]) {
    it(`finds ${cue} in French and in English`, () => {
      for (const text of [fr, en]) {
        assert.ok(cuesOf(text).includes(cue), `${text}: ${cuesOf(text).join(', ')}`);
      }
    });
  }

  it('lowers the score by the cue’s weight', () => {
    const plain = detectClaim('The ministry sent 40 observers to the border region.');
    const planned = detectClaim('The ministry will send 40 observers to the border region.');
    assert.deepEqual(planned.cues, ['intention']);
    assert.equal(plain.cues, undefined);
    assert.ok(planned.score < plain.score);
  });

  it('takes a plan with a number for a claim at high sensitivity only', () => {
    const text = 'The ministry will send forty observers to the border region.';
    assert.equal(detectClaim(text, '', 'medium').claim, false);
    assert.equal(detectClaim(text, '', 'high').claim, true);
  });
});

describe('sensitivity', () => {
  it('orders the thresholds: low asks more than medium, medium more than high', () => {
    assert.ok(THRESHOLDS.low > THRESHOLDS.medium && THRESHOLDS.medium > THRESHOLDS.high);
  });

  it('flags fewer sentences at low sensitivity and more at high', () => {
    const flagged = (s: Sensitivity) => [
      'Les exportations ont doublé en cinq ans selon les douanes.', // strong
      'La délégation compte 42 diplomates issus de la capitale.', // a number alone
      'Ce réseau est le plus étendu de toute la région.', // a superlative alone
      'La ville était alors le port de la côte.', // the past alone
    ].map((t) => detectClaim(t, '', s).claim);
    assert.deepEqual(flagged('low'), [true, false, false, false]);
    assert.deepEqual(flagged('medium'), [true, true, false, false]);
    assert.deepEqual(flagged('high'), [true, true, true, false]);
  });

  it('never lets a sensitivity flag a question, a recommendation, an opinion or a fragment', () => {
    for (const s of ['low', 'medium', 'high'] as Sensitivity[]) {
      assert.equal(detectClaim('La Russie a-t-elle bloqué le rapport final en 2021 à Genève ?', '', s).claim, false);
      assert.equal(detectClaim('Il faut que la France signe un accord avec 12 partenaires en 2025.', '', s).claim, false);
      assert.equal(detectClaim('We assess that China blocked the report in Geneva in 2021.', '', s).claim, false);
      assert.equal(detectClaim('En 2019, à Genève.', '', s).claim, false);
    }
  });
});

describe('the uncited-claim diagnostic', () => {
  const resolver: SourceResolver = { ids: () => [], has: () => false, idForLink: () => undefined, text: async () => undefined };
  const signalsFlagged = async (text: string) => (await lintDraft(text, resolver, DEFAULT_LINT_OPTIONS)).filter((d) => d.code === 'uncited-claim').map((d) => d.signals);

  it('lists the signals that made a sentence a claim', async () => {
    assert.deepEqual(await signalsFlagged('La Russie a bloqué en 2021 le rapport final du groupe.'), [['number', 'date', 'event', 'past', 'named-actor']]);
    assert.deepEqual(await signalsFlagged('Selon le ministère, les intrusions ont fortement augmenté.'), [['reported-speech', 'event', 'evaluation']]);
    assert.deepEqual(await signalsFlagged('« Nous ne céderons pas au chantage », a-t-il déclaré devant les députés.'), [['quotation', 'reported-speech']]);
  });

  it('does not take a citation key for a number', async () => {
    assert.deepEqual(await signalsFlagged('Le rapport du groupe de travail reste confidentiel [@rapport-2021].'), []);
  });
});

describe('bounded time', () => {
  const adversarial = ['« '.repeat(50_000), 'A. '.repeat(33_334), '1 '.repeat(50_000), '"'.repeat(100_000), '? '.repeat(50_000) + 'x', 'a été '.repeat(16_667), 'la plus '.repeat(12_500), ', Jim'.repeat(20_000), '1'.repeat(99_999) + 'x'];
  for (const text of adversarial) {
    it(`judges a ${text.length.toLocaleString('en')}-character sentence of "${text.slice(0, 6)}…" quickly`, () => {
      const started = performance.now();
      detectClaim(text);
      assert.ok(performance.now() - started < 1000);
    });
  }

  it('judges an ordinary sentence in well under a millisecond', () => {
    const sentences = ['La Russie a bloqué en 2021 le rapport final du groupe.', 'The ministry said that exports fell by 12 % last year.', 'Cette note présente les principaux enjeux de la négociation en cours.'];
    const started = performance.now();
    for (let i = 0; i < 1000; i++) detectClaim(sentences[i % 3]);
    assert.ok((performance.now() - started) / 1000 < 0.5);
  });
});
