import { forEachWord } from '../text/words';

/**
 * Is a sentence a claim that needs a source? Transparent signals in French and English, each
 * with a weight (`SIGNAL_WEIGHTS`); a sentence whose score reaches the sensitivity's threshold
 * (`THRESHOLDS`) is a claim. Negative cues work two ways: some take a sentence out whatever its
 * score (a question, a recommendation, the writer's marked opinion, a fragment of a few words),
 * softer ones lower the score (`CUE_WEIGHTS`: the speaker's own plans, talk to the reader, a
 * supposition). The signals and cues found are returned, so that a diagnostic can say why
 * ("number, reported speech").
 *
 * The word lists are plain lists of words and phrases, looked up on the sentence's words: no
 * regular expression runs over a long list, and none can backtrack badly. A phrase "d'après"
 * matches the words "d'" "après". French lists apply to a sentence that reads as French, English
 * lists to one that reads as English, both to a sentence that reads as neither (so that "car" is
 * a cause only in French, and "a visit" is no French past tense).
 */
export type Signal =
  | 'number'
  | 'percentage'
  | 'date'
  | 'quotation'
  | 'reported-speech'
  | 'event'
  | 'past'
  | 'superlative'
  | 'causal'
  | 'generalisation'
  | 'evaluation'
  | 'quantity'
  | 'named-actor';

export type Sensitivity = 'low' | 'medium' | 'high';

/** Softer negative cues: each lowers the score; none takes a sentence out alone. */
export type Cue = 'first-person' | 'address' | 'intention' | 'hypothetical';

export interface ClaimVerdict {
  claim: boolean;
  signals: Signal[];
  score: number;
  /** Why a sentence with signals is not a claim, when it is not. */
  exempt?: 'question' | 'recommendation' | 'opinion' | 'fragment' | 'heading';
  /** The softer negative cues that lowered the score, if any. */
  cues?: Cue[];
}

/** What each signal adds to the score. A named actor adds 1, several add 2. */
export const SIGNAL_WEIGHTS: Readonly<Record<Signal, number>> = {
  percentage: 3,
  number: 3,
  date: 2,
  quotation: 3,
  'reported-speech': 3,
  event: 2,
  past: 1,
  superlative: 2,
  causal: 1,
  generalisation: 1,
  evaluation: 1,
  quantity: 1,
  'named-actor': 1,
};
const SEVERAL_NAMED_WEIGHT = 2;

/** What each softer negative cue takes off the score. */
export const CUE_WEIGHTS: Readonly<Record<Cue, number>> = {
  'first-person': -1,
  address: -1,
  intention: -1,
  hypothetical: -1,
};

/** The score a sentence needs to be a claim, by sensitivity. */
export const THRESHOLDS: Readonly<Record<Sensitivity, number>> = { low: 4, medium: 3, high: 2 };

/** Fewer words than this is a fragment (unless it quotes or gives a percentage). */
const MIN_WORDS = 6;
/** How far into a sentence (in words) a recommendation or an opinion marker opens it. */
const OPENING = 5;

// ---------------------------------------------------------------------------------------------
// Words and word lists

type Lang = 'fr' | 'en';

/**
 * Words: letters and digits, inner apostrophes kept ("don't"), and one closing apostrophe
 * ("l'", "students'"): `/[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*'?/gu` once apostrophes are straightened.
 * A French elision is its own word ("d'" "après").
 */
const ELIDED = /^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)'(?=[\p{L}\p{N}])/u;

/** The longest elided word with its apostrophe ("puisqu'", "quoiqu'", "presqu'", "lorsqu'", "jusqu'"). */
const LONGEST_ELIDED = 8;
const APOSTROPHE = 0x27;

/** The sentence's words, lowercased, apostrophes straightened. */
export function claimWords(text: string): string[] {
  const lower = text.toLowerCase().replace(/[\u2019\u2018\u02BC]/g, "'");
  const out: string[] = [];
  // Read through the index's table of letters: twice as fast as the expression.
  forEachWord(lower, (start, end) => {
    const word = lower.slice(start, lower.charCodeAt(end) === APOSTROPHE ? end + 1 : end);
    const apostrophe = word.indexOf("'");
    const elided = apostrophe > 0 && apostrophe < LONGEST_ELIDED ? ELIDED.exec(word) : null;
    if (elided) out.push(elided[0], word.slice(elided[0].length));
    else out.push(word);
  });
  return out;
}

/**
 * A list of words and phrases, looked up word by word (a map from a phrase's first word).
 * A sentence is looked up in every list: so its words are read once for all the lists
 * together (`startsIn`), and each list then asks only where its own phrases start.
 */
class Lexicon {
  private static readonly all: Lexicon[] = [];
  /** Every list's phrases, by their first word. */
  private static readonly byFirstWord = new Map<string, { lexicon: number; words: string[] }[]>();
  private readonly id = Lexicon.all.length;
  private readonly phrases = new Map<string, string[][]>();

  constructor(entries: Iterable<string>) {
    Lexicon.all.push(this);
    for (const entry of entries) {
      const words = claimWords(entry);
      if (words.length === 0) continue;
      const list = this.phrases.get(words[0]) ?? [];
      list.push(words);
      this.phrases.set(words[0], list);
      const all = Lexicon.byFirstWord.get(words[0]) ?? [];
      all.push({ lexicon: this.id, words });
      Lexicon.byFirstWord.set(words[0], all);
    }
  }

  /** Whether a phrase of the list starts at word `i`. */
  at(tokens: readonly string[], i: number): boolean {
    const candidates = this.phrases.get(tokens[i]);
    if (!candidates) return false;
    return candidates.some((words) => matchesAt(tokens, i, words));
  }

  /** Where the first phrase of the list (that `accept` takes) starts, or -1. */
  find(tokens: readonly string[], accept?: (i: number) => boolean): number {
    for (const i of Lexicon.startsIn(tokens)[this.id] ?? NO_STARTS) if (!accept || accept(i)) return i;
    return -1;
  }

  has(tokens: readonly string[], accept?: (i: number) => boolean): boolean {
    return this.find(tokens, accept) >= 0;
  }

  private static lastTokens: readonly string[] | undefined;
  private static lastStarts: (number[] | undefined)[] = [];

  /** Where each list's phrases start in a sentence's words, by list; kept for the last sentence asked. */
  private static startsIn(tokens: readonly string[]): (number[] | undefined)[] {
    if (tokens === Lexicon.lastTokens) return Lexicon.lastStarts;
    const starts: (number[] | undefined)[] = [];
    for (let i = 0; i < tokens.length; i++) {
      for (const { lexicon, words } of Lexicon.byFirstWord.get(tokens[i]) ?? NO_PHRASES) {
        if (!matchesAt(tokens, i, words)) continue;
        const list = (starts[lexicon] ??= []);
        if (list[list.length - 1] !== i) list.push(i);
      }
    }
    Lexicon.lastTokens = tokens;
    Lexicon.lastStarts = starts;
    return starts;
  }
}

const NO_STARTS: readonly number[] = [];
const NO_PHRASES: readonly { lexicon: number; words: string[] }[] = [];

function matchesAt(tokens: readonly string[], i: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (tokens[i + k] !== words[k]) return false;
  return true;
}

const list = (words: string) => words.split('|').map((w) => w.trim()).filter(Boolean);

/**
 * The finite forms and participles of a regular French verb in -er ("affirmer": "affirme",
 * "affirment", "affirmait", "affirma", "affirmé"...), not the infinitive; other verbs give
 * their forms in `irregular`.
 */
function frenchVerb(infinitive: string, irregular: string[] = []): string[] {
  if (!infinitive.endsWith('er')) return irregular;
  const stem = infinitive.slice(0, -2);
  // annoncer: annonça; juger: jugea; révéler, mener: révèle, mène
  const soft = stem.endsWith('c') ? stem.slice(0, -1) + 'ç' : stem.endsWith('g') ? stem + 'e' : stem;
  const grave = stem.replace(/[eé]([^aeiouyéèêë]+)$/u, 'è$1');
  return [
    ...['e', 'ent'].map((e) => grave + e),
    ...['é', 'ée', 'és', 'ées', 'èrent', 'erait', 'eraient', 'era', 'eront'].map((e) => stem + e),
    ...['ait', 'aient', 'a', 'ant'].map((e) => soft + e),
    ...irregular,
  ];
}

/** The past ("-ed") form of a regular English verb, with the rest of a phrase ("called for"). */
function englishPast(verb: string): string {
  const [base, ...rest] = verb.split(' ');
  const past = base.endsWith('e') ? base + 'd' : /[^aeiou]y$/.test(base) ? base.slice(0, -1) + 'ied' : base + 'ed';
  return [past, ...rest].join(' ');
}

/** The present third person ("-s") form of a regular English verb. */
function englishThird(base: string): string {
  return /(?:s|sh|ch|x|z)$/.test(base) ? base + 'es' : /[^aeiou]y$/.test(base) ? base.slice(0, -1) + 'ies' : base + 's';
}

type Lexicons = Record<Lang, Lexicon>;

// ---------------------------------------------------------------------------------------------
// The signals' word lists

const NUMBER_WORDS: Lexicons = {
  fr: new Lexicon(list(`deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|vingts|trente|quarante|cinquante|soixante|cent|cents|mille|million|millions|milliard|milliards|millier|milliers|dizaine|dizaines|centaine|centaines|douzaine|douzaines|vingtaine|trentaine|quarantaine|cinquantaine|soixantaine|moitié|un tiers|deux tiers|le tiers|un quart|trois quarts|le quart`)),
  en: new Lexicon(list(`two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|hundreds|thousand|thousands|million|millions|billion|billions|trillion|trillions|dozen|dozens|half|a third|one third|two thirds|a quarter|one quarter|three quarters|twice|thrice`)),
};

const PERCENT_WORDS = new Lexicon(list(`pour cent|pourcent|pourcentage|pourcentages|per cent|percent|percentage|percentages`));

const DATE_WORDS: Lexicons = {
  fr: new Lexicon(list(`janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|avant-hier|siècle|siècles|décennie|décennies|l'an dernier|l'an passé|l'année dernière|l'année passée|le mois dernier|la semaine dernière|cette année|cette semaine|ce mois-ci|aujourd'hui|actuellement|de nos jours|à ce jour|désormais|depuis lors|à l'époque|jadis|autrefois|naguère`)),
  en: new Lexicon(list(`january|february|april|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|currently|nowadays|this year|this week|this month|century|centuries|decade|decades|last year|last month|last week|ago|in the past|at the time|since then`)),
};

/** Forms of the French reporting verbs that are more often nouns or adjectives. */
const NOT_REPORTING_FR = new Set(list(`note|juge|critique|menace|alerte|avance|montre|cite|citée`));
/** Forms of the French event verbs that are more often nouns, or mean something else ("vise à", "se fonde sur"). */
const NOT_EVENT_FR = new Set(list(`signe|vote|votes|lance|attaque|arrête|ferme|cible|recule|gagne|exécute|baisse|double|verse|installe|frappe|réforme|libère|fonde|fondent|occupe|occupent|engage|engagent`));

/**
 * Attribution: "selon", "according to", unattributed reports ("on estime que", "it is said"),
 * and the reporting and stance verbs of someone else (`notTheSpeaker`).
 */
const REPORTED: Lexicons = {
  fr: new Lexicon([
    ...list(`selon|d'après|cité par|citée par|aux dires de|de source diplomatique|de source officielle|de source sûre|de source proche|de sources proches|de même source|il est dit que|on dit que|on raconte|on prétend|on estime que|on considère que|on pense que|on rapporte|on sait que|il semblerait|il paraît que|il est admis que|il est reconnu que|la légende veut|a-t-il dit|a-t-elle dit|a-t-il déclaré|a-t-elle déclaré|a-t-il ajouté|a-t-elle ajouté|a-t-il affirmé|a-t-elle affirmé|a-t-il précisé|a-t-elle précisé|a-t-il expliqué|a-t-elle expliqué|a-t-il souligné|a-t-elle souligné|a-t-il indiqué|a-t-elle indiqué`),
    ...Object.entries({
      affirmer: [], ajouter: [], annoncer: [], assurer: [], confirmer: [], déclarer: [], dénoncer: [], estimer: [], expliquer: [],
      indiquer: [], nier: [], préciser: [], qualifier: [], rapporter: [], révéler: [], souligner: [], raconter: [], témoigner: [],
      accuser: [], insister: [], relater: [], signaler: [], mentionner: [], citer: [], évoquer: [], constater: [], observer: [],
      considérer: [], déplorer: [], regretter: [], saluer: [], condamner: [], réclamer: [], exiger: [], démontrer: [], montrer: [],
      suggérer: [], attester: [], certifier: [], marteler: [], fustiger: [], proposer: [], plaider: [], militer: [], prôner: [],
      refuser: [], "s'opposer": [], rappeler: list(`rappelle|rappellent`),
      dire: list(`dit|disent|disait|disaient|dite`),
      écrire: list(`écrit|écrivent|écrivait|écrivaient|écrivit`),
      répondre: list(`répond|répondent|répondait|répondu|répondit`),
      démentir: list(`dément|démentent|démentait|démentaient|démenti|démentie|démentit`),
      avertir: list(`avertit|avertissent|avertissait|averti|avertie`),
      admettre: list(`admet|admettent|admettait|admis|admise|admit`),
      reconnaître: list(`reconnaît|reconnait|reconnaissent|reconnaissait|reconnaissaient|reconnu|reconnue|reconnut`),
      promettre: list(`promet|promettent|promettait|promis|promit`),
      prévenir: list(`prévient|préviennent|prévenait|prévenu|prévint`),
      soutenir: list(`soutient|soutiennent|soutenait|soutenaient|soutenu|soutint`),
      prétendre: list(`prétend|prétendent|prétendait|prétendu|prétendit`),
      défendre: list(`défend|défendent|défendait|défendu|défendit`),
      décrire: list(`décrit|décrivent|décrivait|décrite`),
      juger: list(`jugent|jugé|jugée|jugés|jugées|jugeait|jugeaient|jugea`),
      noter: list(`notent|noté|notait|nota`),
    }).flatMap(([verb, irregular]) => frenchVerb(verb, irregular).filter((f) => !NOT_REPORTING_FR.has(f))),
  ]),
  en: new Lexicon([
    ...list(`according to|as reported by|quoted by|reportedly|allegedly|purportedly|is said to|are said to|was said to|were said to|is believed to|are believed to|is thought to|are thought to|is reported to|are reported to|it is said|it is believed|it has been said|it has been reported|it was reported|studies show|studies have shown|research shows|experts say|critics say|officials say|sources say|said|says|told|wrote|writes|written|found|showed|shown|called for|calls for|charged that|stated|states that|notes that`),
    // verbs whose "-s" form is a verb: past and present
    ...['argue', 'insist', 'deny', 'admit', 'acknowledge', 'warn', 'allege', 'assert', 'contend', 'concede', 'testify', 'explain', 'declare',
      'confirm', 'reveal', 'announce', 'accuse', 'support', 'oppose', 'propose', 'favor', 'favour', 'advocate', 'criticize', 'criticise',
      'condemn'].flatMap((v) => [v === 'admit' ? 'admitted' : englishPast(v), englishThird(v)]),
    // verbs whose "-s" form is more often a noun ("reports", "claims"): the past only
    ...['claim', 'report', 'note', 'add', 'estimate', 'predict', 'promise', 'pledge', 'vow', 'threaten', 'disclose', 'describe', 'suggest',
      'indicate', 'blame', 'complain', 'quote', 'cite', 'tweet', 'recall', 'remark', 'observe', 'conclude', 'praise'].map(englishPast),
  ]),
};

/** Acts and events: what happened, was decided, was done. */
const EVENT: Lexicons = {
  fr: new Lexicon([
    ...list(`mis en place|mise en place|mis en œuvre|mise en œuvre|entré en vigueur|entrée en vigueur|a eu lieu|ont eu lieu|avait eu lieu|eut lieu|mis fin|pris fin|né|née|nés|nées|naquit|mort|morte|morts|mourut|décédé|décédée|décéda|élu|élue|élus|réélu|réélue|détruit|détruite|détruits|construit|construite|construits|vendu|vendue|vendus|perdu|perdue|perdus|atteint|atteinte|rejoint|rejointe|conclu|conclue|tenu|tenue|interdit|interdite|ouvert|ouverte|pris|prise|battu|battue|vaincu|vaincue|suspendu|suspendue|détenu|détenue|subi|subie|franchi|investi|envahi|envahit|établi|établie|établit|bâti|bâtie|aboli|abolie|abolit|introduit|introduite|découvert|découverte|découvrit|intervenu|intervint`),
    ...[
      'signer', 'lancer', 'adopter', 'rencontrer', 'ratifier', 'publier', 'voter', 'approuver', 'rejeter', 'sanctionner', 'attaquer',
      'pirater', 'arrêter', 'nommer', 'fonder', 'tuer', 'blesser', 'expulser', 'imposer', 'bloquer', 'cibler', 'revendiquer', 'organiser',
      'déployer', 'envoyer', 'retirer', 'quitter', 'engager', 'financer', 'augmenter', 'diminuer', 'baisser', 'doubler', 'tripler', 'chuter',
      'progresser', 'reculer', 'dépasser', 'enregistrer', 'provoquer', 'coûter', 'gagner', 'annuler', 'autoriser', 'abroger', 'promulguer',
      'fermer', 'acheter', 'racheter', 'fusionner', 'licencier', 'recruter', 'bombarder', 'exploser', 'éclater', 'annexer', 'occuper',
      'libérer', 'capturer', 'exécuter', 'inculper', 'négocier', 'accorder', 'verser', 'allouer', 'débloquer', 'emprunter', 'exporter',
      'importer', 'inaugurer', 'démissionner', 'remplacer', 'succéder', 'remporter', 'frapper', 'massacrer', 'assassiner', 'emprisonner',
      'manifester', 'inventer', 'installer', 'légaliser', 'nationaliser', 'privatiser', 'réformer', 'instaurer', 'créer', 'édifier',
      'déclencher', 'évacuer', 'déporter', 'persécuter', 'réprimer', 'émigrer', 'immigrer', 'exiler', 'effondrer', 'baptiser', 'rebaptiser',
      'renommer', 'couronner', 'sacrer', 'proclamer',
    ].flatMap((v) => frenchVerb(v).filter((f) => !NOT_EVENT_FR.has(f))),
  ]),
  en: new Lexicon([
    ...list(`took place|took office|took power|came into force|came to power|set up|was born|were born|died|passed away|met|won|lost|rose|fell|grew|sent|spent|held|struck|began|begun|fought|built|sold|bought|shot|seized|led|left|cut|paid|broke|overthrew|expelled|banned|laid off|shut down|hit|beat|beaten|stole|forbade|withdrew|withdrawn|froze|frozen|chose|chosen|declared war`),
    ...[
      'sign', 'launch', 'adopt', 'ratify', 'publish', 'vote', 'approve', 'reject', 'sanction', 'attack', 'hack', 'target', 'arrest', 'appoint',
      'elect', 'create', 'found', 'kill', 'wound', 'detain', 'impose', 'lift', 'suspend', 'block', 'organise', 'organize', 'increase',
      'decrease', 'double', 'triple', 'quadruple', 'reach', 'exceed', 'join', 'invest', 'fund', 'deploy', 'receive', 'obtain', 'suffer',
      'record', 'start', 'end', 'pass', 'introduce', 'enact', 'invade', 'bomb', 'fine', 'convict', 'sentence', 'indict', 'veto', 'cancel',
      'close', 'open', 'acquire', 'merge', 'fire', 'hire', 'execute', 'capture', 'release', 'annex', 'occupy', 'liberate', 'establish',
      'abolish', 'legalize', 'legalise', 'privatize', 'privatise', 'nationalize', 'nationalise', 'negotiate', 'grant', 'allocate', 'borrow',
      'export', 'import', 'produce', 'inaugurate', 'resign', 'replace', 'succeed', 'defeat', 'invent', 'discover', 'install', 'collapse',
      'explode', 'erupt', 'emigrate', 'immigrate', 'deport', 'rename', 'crown', 'proclaim', 'raise', 'lower', 'reduce', 'subsidize',
      'subsidise', 'authorize', 'authorise', 'repeal', 'overturn', 'sue', 'sponsor', 'cosponsor',
    ].map(englishPast),
  ]),
};

/** The narrated past beyond the event verbs: irregular English pasts, "used to", "ago". */
const PAST_EN = new Lexicon(list(`was|were|had|did|went|came|made|took|gave|became|brought|saw|kept|stood|ran|used to|happened|occurred|existed|remained|served|worked|lived`));
/** English "-ed" words that are no past tense. */
const NOT_PAST_EN = new Set(
  list(`need|indeed|speed|proceed|succeed|exceed|hundred|kindred|sacred|naked|wicked|united|interested|concerned|committed|supposed|based|tired|married|talented|advanced|detailed|limited|skilled|qualified|prepared|determined|convinced|pleased|worried|excited|scared|related|embed|greed|breed|creed|bleed|hatred|shred|alleged|beloved|blessed|learned|aged|ragged|rugged|wretched|crooked|dogged|jagged|infrared|unprecedented|dedicated|sophisticated|complicated|educated|experienced|balanced|biased|informed|organized|organised|armed|unarmed|registered|licensed|retired|disabled`),
);

/** French auxiliaries of the compound pasts ("a signé", "avaient été", "aurait dit"). */
const AUX_FR = new Set(list(`a|ont|avait|avaient|eut|eurent|aurait|auraient`));
/** Adverbs that may stand between the auxiliary and the participle ("a déjà signé"). */
const ADVERB_FR = new Set(list(`déjà|ensuite|également|aussi|toujours|jamais|pas|plus|bien|notamment|rapidement|longtemps|souvent|finalement|récemment|enfin|alors|encore|même|beaucoup|peu|très|vite|officiellement|progressivement|définitivement|été`));
/** Participles of the verbs that take "être" ("est né", "sont devenus"). */
const ETRE_PAST_FR = new Lexicon(list(`été|né|née|nés|nées|mort|morte|morts|mortes|devenu|devenue|devenus|devenues|entré|entrée|entrés|entrées|arrivé|arrivée|arrivés|arrivées|parti|partie|partis|parties|venu|venue|venus|venues|resté|restée|restés|restées|tombé|tombée|tombés|tombées|décédé|décédée|sorti|sortie|sortis|sorties|revenu|revenue|revenus|retourné|retournée|apparu|apparue|apparus|disparu|disparue|disparus|parvenu|parvenue|intervenu|intervenue`));
/** The passé simple of frequent verbs, and past time phrases. */
const PAST_FR = new Lexicon(list(`fut|furent|eut|eurent|fit|firent|vint|vinrent|devint|devinrent|naquit|mourut|prit|prirent|mit|mirent|dut|durent|vécut|connut|reçut|obtint|tint|écrivit|il y a|jusqu'alors|à cette époque`));
/** French words in -ait that are no imperfect ("parfait", "portrait"). */
const NOT_IMPERFECT_FR = new Set(list(`aient|parfait|imparfait|portrait|retrait|attrait|extrait|abstrait|distrait|souhait|bienfait|méfait|forfait|surfait`));
/** The conditional ("pourrait", "devraient", "serait"), not the imperfect. */
const CONDITIONAL_FR = /[eirdvu]rai(?:en)?t$/u;
/** A past participle: "-é(e)(s)" surely; "-i", "-u", "-it", "-ert", "-eint"... only right after an auxiliary. */
const PARTICIPLE_FR = /(?:é|ée|és|ées)$/u;
const PARTICIPLE_FR_OTHER = /(?:i|ie|is|ies|u|ue|us|ues|it|ite|its|ites|ert|erte|erts|ertes|eint|einte|aint|ainte|oint|ointe)$/u;

const SUPERLATIVE: Lexicons = {
  fr: new Lexicon(list(`le plus|la plus|les plus|le moins|la moins|les moins|plus de|moins de|plus d'|moins d'|davantage|premier|première|premiers|premières|le seul|la seule|les seuls|les seules|record|records|sans précédent|jamais vu|jamais vue|inégalé|inégalée|supérieur|supérieure|supérieurs|supérieures|inférieur|inférieure|inférieurs|inférieures|en tête|numéro un|principal|principale|principaux|principales|deux fois plus|le double|le triple|autant de|en hausse|en baisse|en progression|en recul|en augmentation|en diminution|hausse|baisse|croissant|croissante|croissants|croissantes|déclin|s'accroît|s'accroissent|chute de|chute des|chute du|recul de|recul des|recul du|augmentation de|augmentation des|augmentation du|diminution de|diminution des|diminution du|progression de|progression des|progression du`)),
  en: new Lexicon(list(`most|least|more than|less than|fewer than|fewer|larger|largest|bigger|biggest|higher|highest|lower|lowest|faster|fastest|older|oldest|newest|longest|richest|poorest|smallest|smaller|deepest|safest|cheapest|youngest|tallest|widest|deadliest|wealthiest|earliest|record|records|unprecedented|the only|first|number one|top|leading|twice as|as many as|as much as|as high as|as low as|all-time|ever|gone up|went up|go up|goes up|going up|gone down|went down|go down|goes down|going down|rising|risen|falling|fallen|growing|grown|declining|declined|dropping|dropped|soaring|soared|skyrocketed|plummeted|plunged|surged|increasing|decreasing|shrinking|shrunk|cut in half|on the rise|on the decline|more and more|rise in|fall in|drop in|decline in|increase in|decrease in|surge in|jump in|growth in|reduction in`)),
};
const NOT_COMPARING = new Set(list(`rather|other|plutôt|autre|autres|ainsi|bien|même|tant|alors|avant|après|parce|lors|tandis|dès|pendant`));
const COMPARED_FR = new Set(list(`plus|moins|autant|davantage|mieux`));

const CAUSAL: Lexicons = {
  fr: new Lexicon([
    ...list(`parce que|parce qu'|en raison d'|en raison de|en raison du|en raison des|à cause d'|à cause de|à cause du|à cause des|grâce à|grâce au|grâce aux|du fait d'|du fait de|du fait du|du fait des|car|c'est pourquoi|de ce fait|par conséquent|en conséquence|si bien que|de sorte que|dû à|due à|dus à|dues à|lié à|liée à|liés à|liées à|liée au|lié au|à l'origine de|à l'origine du|à l'origine des|responsable de|responsable du|responsables de|à la suite de|à la suite d'|suite à|conduit à|conduit au|mène à|menant à|aboutit à|s'explique par|s'expliquent par|découle|découlent|résulte|résultent|effet de|effets de|l'une des raisons|une des raisons|la raison|les raisons`),
    ...Object.entries({
      provoquer: [], entraîner: [], causer: [], favoriser: [], contribuer: [], empêcher: [], obliger: [], pousser: [], engendrer: [],
      susciter: [], expliquer: [], aggraver: [], limiter: [], renforcer: [], affaiblir: list(`affaiblit|affaiblissent|affaibli|affaiblie`),
      permettre: list(`permet|permettent|permettait|permettaient|permis|permit`),
      réduire: list(`réduit|réduisent|réduisait|réduite`),
      accroître: list(`accroît|accroit|accroissent|accru|accrue`),
    }).flatMap(([verb, irregular]) => frenchVerb(verb, irregular)),
  ]),
  en: new Lexicon(list(`because|because of|due to|owing to|thanks to|as a result|as a consequence|result in|results in|resulted in|resulting in|led to|leads to|lead to|leading to|caused|causes|causing|cause of|contributed to|contributes to|contribute to|responsible for|linked to|attributed to|therefore|consequently|hence|thus|that is why|that's why|which is why|the reason|helped|prevented|forced|allowed|enabled|triggered|fueled|fuelled|boosted|driven by|drove`)),
};

const GENERAL: Lexicons = {
  fr: new Lexicon(list(`souvent|parfois|généralement|en général|la plupart|la majorité|la grande majorité|beaucoup de|beaucoup d'|de nombreux|de nombreuses|nombreux|nombreuses|plusieurs|certains|certaines|toujours|jamais|tous les|toutes les|chaque|de plus en plus|de moins en moins|rarement|fréquemment|habituellement|traditionnellement|notamment|surtout|essentiellement|principalement|majoritairement|largement|couramment|communément|tout le monde|personne ne|aucun|aucune|systématiquement|régulièrement|partout|typiquement|en règle générale|la quasi-totalité|l'ensemble des|quasiment|presque|peu de|peu d'|tendance à|tend à|tendent à|globalement|de manière générale|d'une manière générale|ordinairement|volontiers|en particulier|particulièrement|le plus souvent|dans l'ensemble|de tout temps|universellement|nulle part`)),
  en: new Lexicon(list(`often|usually|generally|in general|typically|most|many|always|never|every|increasingly|rarely|commonly|widely|traditionally|mostly|largely|mainly|frequently|nobody|no one|everyone|everybody|tend to|tends to|more and more|several|few|everywhere|routinely|regularly|constantly|virtually|almost|nearly|across the country|around the world|throughout`)),
};

/** Reputation and value judgements stated as fact: "est considéré comme", "célèbre", "largely ineffective". */
const EVALUATION: Lexicons = {
  fr: new Lexicon(list(`considéré comme|considérée comme|considérés comme|considérées comme|considéré|considérée|réputé|réputée|réputés|réputées|réputation|connu pour|connue pour|connus pour|connu comme|connue comme|connu sous|connue sous|célèbre|célèbres|célébré|célébrée|fameux|fameuse|renommé|renommée|reconnu comme|reconnue comme|passe pour|passent pour|qualifié de|qualifiée de|surnommé|surnommée|important|importante|importants|importantes|majeur|majeure|majeurs|majeures|essentiel|essentielle|considérable|considérables|remarquable|remarquables|exceptionnel|exceptionnelle|notable|notables|significatif|significative|incontournable|emblématique|prestigieux|prestigieuse|influent|influente|populaire|populaires|efficace|efficaces|inefficace|inefficaces|meilleur|meilleure|meilleurs|meilleures|pire|pires|difficile|difficiles|dangereux|dangereuse|violent|violente|violents|violentes|forte|fortes|faible|faibles|puissant|puissante|grave|graves|rare|rares|courant|courante|courants|courantes|répandu|répandue|symbole|symbolise|incarne|caractérisé|caractérisée|caractéristique|typique|vrai|faux|véritable|indéniable|indéniables|incontestable|probablement|sans doute|certainement|assez|très|trop|peu|fortement|nettement`)),
  en: new Lexicon(list(`considered|regarded as|seen as|known as|known for|famous|renowned|famed|reputation|notorious|acclaimed|celebrated|iconic|influential|prominent|widely|significant|significantly|substantial|substantially|considerable|remarkable|effective|ineffective|successful|unsuccessful|dangerous|massive|dramatic|dramatically|sharply|steadily|rare|common|popular|better|best|worse|worst|greatest|strongest|weakest`)),
};

/** Quantities and statistics: rates, averages, shares, the usual indicators, units. */
const QUANTITY: Lexicons = {
  fr: new Lexicon(list(`taux|moyenne|en moyenne|nombre de|nombre d'|le nombre|part de|part des|proportion|total|au total|niveau|niveaux|montant|volume|chiffre|chiffres|statistique|statistiques|pib|inflation|chômage|croissance|déficit|déficits|dette|budget|budgets|dépenses|recettes|prix|salaire|salaires|revenu|revenus|exportations|importations|population|habitants|par an|par habitant|par jour|par mois|effectif|effectifs|superficie|kilomètres|km|tonnes|euros|dollars`)),
  en: new Lexicon(list(`rate|rates|average|on average|amount|number of|the number|share of|proportion|total|level|levels|figure|figures|statistics|gdp|inflation|unemployment|growth|deficit|deficits|debt|budget|budgets|spending|revenue|revenues|prices|wages|income|incomes|exports|imports|population|per capita|a year|per year|annually|a day|per day|a month|miles|tons|dollars|euros`)),
};

// ---------------------------------------------------------------------------------------------
// Negative cues

const FIRST_PERSON: Lexicons = {
  fr: new Lexicon(list(`je|j'|moi|me|m'|mon|ma|mes`)),
  en: new Lexicon(list(`i|me|my|myself|i'm|i've|i'll|i'd|mine`)),
};
const ADDRESS: Lexicons = {
  fr: new Lexicon(list(`vous|votre|vos|tu|ton|ta|tes|toi`)),
  en: new Lexicon(list(`you|your|you're|you've|you'll|you'd|yourself|yours`)),
};
/** Plans, wishes, promises, what should or will be: not yet a fact. */
const INTENTION: Lexicons = {
  fr: new Lexicon(list(`sera|seront|aura|auront|fera|feront|pourra|pourront|devra|devront|ira|iront|allons|vais|voulons|veux|souhaitons|souhaite|espère|espérons|comptons|voudrais|voudrions|devrions|devons|doit|doivent|devrait|devraient|faudra|pourrions|pouvons|s'engage à|s'engagent à|entend|entendent`)),
  en: new Lexicon(list(`will|won't|i'll|we'll|you'll|they'll|he'll|she'll|it'll|that'll|going to|gonna|want to|wants to|wanted to|would like|intend|intends|plan to|plans to|hope|hopes|would|should|must|need to|needs to|have to|has to|got to|ought to|could|might|can|let me|let's|let us|thank you|thanks`)),
};
/** Conditions and suppositions: "if", "si", "à supposer". */
const HYPOTHETICAL: Lexicons = {
  fr: new Lexicon(list(`si|s'il|s'ils|à supposer|supposons|imaginons|au cas où|dans l'hypothèse|à condition`)),
  en: new Lexicon(list(`if|unless|suppose|imagine|assuming|in case|provided that`)),
};
const CUES: { cue: Cue; lexicons: Lexicons }[] = [
  { cue: 'first-person', lexicons: FIRST_PERSON },
  { cue: 'address', lexicons: ADDRESS },
  { cue: 'intention', lexicons: INTENTION },
  { cue: 'hypothetical', lexicons: HYPOTHETICAL },
];

/** Recommendations open the sentence: "Il faut", "Soutenir", "We should"... */
const RECOMMENDATION: Lexicons = {
  fr: new Lexicon(list(`il faut|il faudrait|il faudra|il convient|il conviendrait|il importe|il est nécessaire|il est indispensable|il est essentiel|il serait souhaitable|il est recommandé|nous recommandons|nous proposons|nous préconisons|nous suggérons|nous conseillons|nous devons|nous devrions|recommandation|proposition|veiller à|prévoir|soutenir|renforcer|engager|poursuivre|privilégier|éviter|recommander|proposer|encourager|promouvoir|mettre en place|mettre en œuvre|lancer|développer|appuyer|assurer`)),
  en: new Lexicon(list(`we should|we must|we need to|we have to|we've got to|we ought to|we recommend|we propose|we suggest|we advise|we urge|let's|let us|recommendation|consider|ensure|support|avoid|strengthen|promote|encourage|develop|prioritise|prioritize`)),
};
/** "La France doit", "the EU should": a recommendation addressed to an actor, early in the sentence. */
const ACTOR_MODAL = new Lexicon(list(`doit|devrait|doivent|devraient|should|must|ought to`));
/** Words that may open a sentence before its recommendation or opinion marker. */
const LEADING = new Set(list(`et|mais|donc|alors|enfin|ainsi|aussi|d'abord|ensuite|and|but|so|now|then|first|finally|also|therefore`));
/** The writer's marked opinion. */
const OPINION = new Lexicon(
  list(`nous estimons|nous pensons|nous jugeons|nous considérons|nous croyons|à notre avis|selon nous|de notre point de vue|il nous semble|je pense|je crois|j'estime|je considère|à mon avis|selon moi|we assess|we believe|we judge|we consider|we think|we feel|in our view|in our assessment|in my view|in my opinion|i think|i believe|i feel|i suspect|i guess|it seems to me|i'm convinced|i am convinced|i'm sure|i am sure`),
);
const RECOMMENDATION_HEADING = /recommandation|recommendation|préconisation|propositions?|actions? (?:à mener|proposées)|next steps|way forward|options/iu;

// ---------------------------------------------------------------------------------------------
// Patterns on the characters (each linear: no nested or overlapping quantifiers)

/** A number: digits not glued to letters, with decimals, or an ordinal ("1er", "21st"). */
const DIGITS = /(?<![\p{L}\p{N}])\d+(?:[.,]\d+)*(?:er|re|e|ème|eme|st|nd|rd|th|s)?(?![\p{L}\p{N}])/u;
const PERCENT = /\d[\s\u00A0\u202F]?%/u;
const YEAR = /(?<![\p{L}\p{N}.,])(?:1[5-9]|20)\d{2}s?(?![\p{L}\p{N}])/u;
const CENTURY = /(?<![\p{L}\p{N}])[XVI]{1,5}(?:e|ème)(?![\p{L}\p{N}])/u;
/**
 * A capitalised word that does not open the sentence or a quotation (nor "I'm"), or an acronym:
 * a named actor, place or institution.
 */
const NAMED_AT = /(?<=[\s(\-'’])(?!I['’])\p{Lu}[\p{L}'’-]{2,}|(?<![\p{L}\p{N}])\p{Lu}{2,}(?![\p{L}\p{N}])/uy;
const CAPITAL = /\p{Lu}/gu;

/**
 * The matches of NAMED_AT through the text, as a global expression would find them: each
 * starts with a capital, so it is tried only where one stands (tried at every character, its
 * lookbehinds took a quarter of a verdict's time).
 */
export function* namedIn(text: string): Generator<{ start: number; end: number }> {
  CAPITAL.lastIndex = 0;
  for (let m = CAPITAL.exec(text); m; m = CAPITAL.exec(text)) {
    NAMED_AT.lastIndex = m.index;
    const named = NAMED_AT.exec(text);
    if (!named) continue;
    CAPITAL.lastIndex = NAMED_AT.lastIndex;
    yield { start: named.index, end: NAMED_AT.lastIndex };
  }
}
const QUESTION_END = /\?[\s\u00A0\u202F»”"')\]]*$/u;

const QUOTE_PAIRS: [string, string][] = [
  ['«', '»'],
  ['“', '”'],
  ['"', '"'],
];
const MAX_QUOTE = 2000;

/** Quoted words, three words or more (shorter ones are often terms, not quotations); linear in the text. */
function hasQuotation(text: string): boolean {
  for (const [open, close] of QUOTE_PAIRS) {
    let at = text.indexOf(open);
    while (at >= 0) {
      const end = text.indexOf(close, at + 1);
      if (end < 0) break;
      if (end - at <= MAX_QUOTE && countWords(text.slice(at + 1, end)) >= 3) return true;
      at = text.indexOf(open, end + 1);
    }
  }
  return false;
}

function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

/** The first word of a quotation ("« Nous"), or ", Jim." closing a sentence (someone spoken to, not about). */
function notAName(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 3), start);
  if (/[«“"]\s*$/u.test(before)) return true;
  return /,\s*$/u.test(before) && end + 10 >= text.length && /^[\s.!?…]*$/u.test(text.slice(end));
}

// ---------------------------------------------------------------------------------------------
// Judging

interface Parsed {
  text: string;
  tokens: string[];
  langs: Lang[];
}

const FR_FUNCTION = new Set(list(`le|la|les|des|du|de|et|est|une|un|dans|pour|qui|que|sur|au|aux|par|pas|ce|cette|il|elle|ils|elles|sont|avec|d'|l'|qu'|se|s'|n'|ne|leur|mais|où|été|était|ont|plus`));
const EN_FUNCTION = new Set(list(`the|and|is|of|to|a|in|that|it|was|for|are|with|we|i|you|this|have|be|they|he|she|not|but|or|by|his|her|their|has|had|were|been|would|will|there|what|an|from`));

/** The languages a sentence reads as: French, English, or both when unclear. */
function languages(tokens: readonly string[]): Lang[] {
  let fr = 0;
  let en = 0;
  for (const t of tokens) {
    if (FR_FUNCTION.has(t)) fr++;
    if (EN_FUNCTION.has(t)) en++;
  }
  if (fr > en) return ['fr'];
  if (en > fr) return ['en'];
  return ['fr', 'en'];
}

const found = (s: Parsed, lexicons: Lexicons, accept?: (i: number) => boolean) => s.langs.some((l) => lexicons[l].has(s.tokens, accept));
const reads = (s: Parsed, lang: Lang) => s.langs.includes(lang);

const SPEAKER = new Set(list(`i|you|we|i've|you've|we've|i'd|we'd|you'd|me|us|i'm|je|j'|nous|vous|tu|m'`));
const BETWEEN = new Set(list(`have|has|had|just|also|never|already|ai|avons|avez|as|avais|avions|l'|le|leur|lui`));

/** Reporting verbs count when someone else speaks: not "I said", "what we have said", "j'estime", "nous l'avons dit". */
function notTheSpeaker(s: Parsed): (i: number) => boolean {
  const t = s.tokens;
  return (i) => !(SPEAKER.has(t[i - 1]) || (BETWEEN.has(t[i - 1]) && (SPEAKER.has(t[i - 2]) || (BETWEEN.has(t[i - 2]) && SPEAKER.has(t[i - 3])))));
}

/** "aurait pu", "aurait dû", "aurait fallu": what could or should have been, no report. */
const COUNTERFACTUAL_FR = new Set(list(`pu|dû|du|fallu|voulu|aimé|souhaité|préféré|mieux`));

/** The journalistic conditional, an unverified report: "aurait signé", "seraient morts". */
function reportedConditional(s: Parsed): boolean {
  const t = s.tokens;
  for (let i = 0; i + 1 < t.length; i++) {
    const next = t[i + 1];
    if ((t[i] === 'aurait' || t[i] === 'auraient') && !COUNTERFACTUAL_FR.has(next) && (PARTICIPLE_FR.test(next) || PARTICIPLE_FR_OTHER.test(next))) return true;
    if ((t[i] === 'serait' || t[i] === 'seraient') && (ETRE_PAST_FR.at(t, i + 1) || PARTICIPLE_FR.test(next))) return true;
  }
  return false;
}

/** An English past: an irregular past, or an "-ed" word that is no adjective. */
function englishPastTense(s: Parsed): boolean {
  return PAST_EN.has(s.tokens) || s.tokens.some((t) => t.length >= 5 && t.endsWith('ed') && !NOT_PAST_EN.has(t));
}

/** A French past: compound ("a signé", "ont déjà été"), "est né", "s'est battue", passé simple, imperfect. */
function frenchPastTense(s: Parsed): boolean {
  const t = s.tokens;
  for (let i = 0; i < t.length; i++) {
    const w = t[i];
    if (AUX_FR.has(w) && t[i - 1] !== 'y') {
      if (t[i + 1] === 'été' || t[i + 1] === 'eu') return true;
      const next = ADVERB_FR.has(t[i + 1]) && i + 2 < t.length ? t[i + 2] : t[i + 1];
      if (next !== undefined && next.length >= 3 && (PARTICIPLE_FR.test(next) || PARTICIPLE_FR_OTHER.test(next))) return true;
    } else if ((w === 'est' || w === 'sont' || w === 'était' || w === 'étaient') && i + 1 < t.length && ETRE_PAST_FR.at(t, i + 1)) return true;
    else if ((w === "s'" || w === 'se') && (t[i + 1] === 'est' || t[i + 1] === 'sont') && i + 2 < t.length && PARTICIPLE_FR.test(t[i + 2])) return true;
    else if (w.length >= 5 && (w.endsWith('ait') || w.endsWith('aient') || w.endsWith('èrent')) && !NOT_IMPERFECT_FR.has(w) && !CONDITIONAL_FR.test(w)) return true;
  }
  return PAST_FR.has(t);
}

const PASSIVE_AUX = new Set(list(`est|sont|était|étaient|été|fut|furent|is|are|was|were|been|being`));

/** A passive with its agent: "sont visés par", "was signed by": an act someone did. */
function passiveWithAgent(s: Parsed): boolean {
  const t = s.tokens;
  for (let i = 2; i < t.length; i++) {
    if ((t[i] === 'par' || t[i] === 'by') && PASSIVE_AUX.has(t[i - 2])) {
      const p = t[i - 1];
      if (t[i] === 'by' ? p.endsWith('ed') || p.endsWith('en') : PARTICIPLE_FR.test(p) || PARTICIPLE_FR_OTHER.test(p)) return true;
    }
  }
  return false;
}

/** A comparison: "than" (not "rather than"), "plus ... que" within four words. */
function comparison(s: Parsed): boolean {
  const t = s.tokens;
  for (let i = 1; i < t.length; i++) {
    if (t[i] === 'than' && reads(s, 'en') && !NOT_COMPARING.has(t[i - 1])) return true;
    if ((t[i] === 'que' || t[i] === "qu'") && reads(s, 'fr') && !NOT_COMPARING.has(t[i - 1])) {
      for (let k = Math.max(0, i - 4); k < i; k++) if (COMPARED_FR.has(t[k])) return true;
    }
  }
  return false;
}

/** How each signal is found. */
const TESTS: Record<Exclude<Signal, 'named-actor'>, (s: Parsed) => boolean> = {
  percentage: (s) => PERCENT.test(s.text) || PERCENT_WORDS.has(s.tokens),
  number: (s) => DIGITS.test(s.text) || found(s, NUMBER_WORDS),
  date: (s) => YEAR.test(s.text) || CENTURY.test(s.text) || found(s, DATE_WORDS),
  quotation: (s) => hasQuotation(s.text),
  'reported-speech': (s) => found(s, REPORTED, notTheSpeaker(s)) || (reads(s, 'fr') && reportedConditional(s)),
  event: (s) => found(s, EVENT) || passiveWithAgent(s),
  past: (s) => (reads(s, 'en') && englishPastTense(s)) || (reads(s, 'fr') && frenchPastTense(s)),
  // "First," and "first of all" order a speech; they compare nothing
  superlative: (s) => found(s, SUPERLATIVE, (i) => !(s.tokens[i] === 'first' && (i === 0 || s.tokens[i + 1] === 'of' || s.tokens[i - 1] === 'at'))) || comparison(s),
  causal: (s) => found(s, CAUSAL),
  generalisation: (s) => found(s, GENERAL),
  evaluation: (s) => found(s, EVALUATION),
  quantity: (s) => found(s, QUANTITY),
};

/** Where the sentence's own words start, after "Et", "But", "Now"... */
function opening(tokens: readonly string[]): number {
  let first = 0;
  while (first < tokens.length && LEADING.has(tokens[first])) first++;
  return first;
}

/** A recommendation: it opens with one ("Il faut", "Soutenir", "We should"), or an actor "doit" early on. */
function isRecommendation(s: Parsed): boolean {
  const t = s.tokens;
  const first = opening(t);
  if (first >= t.length) return false;
  if (s.langs.some((l) => RECOMMENDATION[l].at(t, first))) return true;
  for (let i = first + 1; i < Math.min(t.length, first + OPENING); i++) if (ACTOR_MODAL.at(t, i)) return true;
  // "now, I think we should": "we should" near the start
  return reads(s, 'en') && RECOMMENDATION.en.find(t, (i) => i < first + OPENING && (t[i] === 'we' || t[i] === "let's" || t[i] === 'let')) >= 0;
}

/** The writer's marked opinion: "Nous estimons que", "In our view," near the start of the sentence. */
function isOpinion(s: Parsed): boolean {
  const first = opening(s.tokens);
  return OPINION.find(s.tokens, (i) => i < first + OPENING) >= 0;
}

/**
 * Judges one sentence. `text` should have its citations blanked (a key is no number);
 * `heading` is the heading the sentence stands under.
 */
export function detectClaim(text: string, heading = '', sensitivity: Sensitivity = 'medium'): ClaimVerdict {
  const tokens = claimWords(text);
  const s: Parsed = { text, tokens, langs: languages(tokens) };
  const signals: Signal[] = [];
  let score = 0;
  for (const signal of Object.keys(TESTS) as (keyof typeof TESTS)[]) {
    if (TESTS[signal](s)) {
      signals.push(signal);
      score += SIGNAL_WEIGHTS[signal];
    }
  }
  let named = 0;
  for (const { start, end } of namedIn(text)) {
    if (!notAName(text, start, end) && ++named > 1) break;
  }
  if (named > 0) {
    signals.push('named-actor');
    score += named > 1 ? SEVERAL_NAMED_WEIGHT : SIGNAL_WEIGHTS['named-actor'];
  }
  const cues: Cue[] = [];
  for (const { cue, lexicons } of CUES) {
    if (found(s, lexicons)) {
      cues.push(cue);
      score += CUE_WEIGHTS[cue];
    }
  }
  const verdict = (exempt?: ClaimVerdict['exempt']): ClaimVerdict => ({
    claim: !exempt && score >= THRESHOLDS[sensitivity],
    signals,
    score,
    ...(exempt ? { exempt } : {}),
    ...(cues.length > 0 ? { cues } : {}),
  });
  if (tokens.length < MIN_WORDS && !signals.includes('quotation') && !signals.includes('percentage')) return verdict('fragment');
  if (QUESTION_END.test(text.slice(-200))) return verdict('question');
  if (RECOMMENDATION_HEADING.test(heading) || isRecommendation(s)) return verdict('recommendation');
  if (isOpinion(s)) return verdict('opinion');
  return verdict();
}
