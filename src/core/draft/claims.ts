/**
 * Is a sentence a claim that needs a source? Transparent signals in French and English, each
 * with a weight; negative cues (questions, recommendations, the writer's marked opinion, very
 * short fragments) take a sentence out. The signals found are returned, so that a diagnostic
 * can say why ("number, reported speech").
 */
export type Signal =
  | 'number'
  | 'percentage'
  | 'date'
  | 'quotation'
  | 'reported-speech'
  | 'event'
  | 'superlative'
  | 'causal'
  | 'generalisation'
  | 'named-actor';

export type Sensitivity = 'low' | 'medium' | 'high';

export interface ClaimVerdict {
  claim: boolean;
  signals: Signal[];
  score: number;
  /** Why a sentence with signals is not a claim, when it is not. */
  exempt?: 'question' | 'recommendation' | 'opinion' | 'fragment' | 'heading';
}

const re = (words: string, flags = 'iu') => new RegExp(words, flags);

const NUMBER_WORDS = String.raw`(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|quarante|cinquante|soixante|cent|cents|mille|millions?|milliards?|dizaines?|centaines?|douzaines?|vingtaine|trentaine|quarantaine|cinquantaine|moitié|tiers|quart|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|hundreds|thousand|thousands|million|millions|billion|billions|dozen|dozens|half|third|quarter)`;

const SIGNALS: { signal: Signal; weight: number; pattern: RegExp }[] = [
  { signal: 'percentage', weight: 3, pattern: re(String.raw`\d\s?%|\bpour\s?cent\b|\bper\s?cent\b|\bpercent(?:age)?\b`) },
  { signal: 'number', weight: 2, pattern: re(String.raw`(?<![\p{L}\d])\d+(?:[\s\u00A0\u202F.,]\d{3})*(?:[.,]\d+)?(?![\p{L}\d])|\b${NUMBER_WORDS}\b`) },
  {
    signal: 'date',
    weight: 1,
    pattern: re(String.raw`\b(?:1[89]|20)\d{2}\b|\b(?:janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|january|february|march|april|june|july|august|september|october|november|december)\b|\b(?:hier|avant-hier|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b`),
  },
  { signal: 'quotation', weight: 3, pattern: re(String.raw`«[^»]{3,}»|“[^”]{3,}”|"[^"\n]{8,}"`) },
  {
    signal: 'reported-speech',
    weight: 3,
    pattern: re(
      String.raw`\b(?:selon|d['’]après|cité par|de source (?:diplomatique|officielle|proche)|aux dires de|according to|as reported by|quoted by)\b|` +
        String.raw`\b(?:a|ont|avait|avaient|aurait|auraient)\s+(?:affirmé|ajouté|annoncé|assuré|confirmé|déclaré|démenti|dénoncé|estimé|expliqué|indiqué|jugé|nié|noté|précisé|qualifié|rappelé|rapporté|reconnu|révélé|souligné|averti|prévenu|admis|accusé|dit|écrit|répondu|promis|menacé|assuré)\b|` +
        String.raw`\b(?:affirme|ajoute|annonce|assure|confirme|déclare|dément|dénonce|explique|indique|juge|nie|précise|rappelle|rapporte|reconnaît|révèle|souligne|accuse|affirment|annoncent|déclarent|estiment|dénoncent|reconnaissent)\b|` +
        String.raw`\b(?:said|says|told|stated|claimed|claims|announced|reported|warned|argued|denied|confirmed|admitted|acknowledged|insisted|declared|noted|explained|added|accused|alleged|revealed|testified)\b`,
    ),
  },
  {
    signal: 'event',
    weight: 2,
    pattern: re(
      String.raw`\b(?:a|ont|avait|avaient|aurait|auraient|a été|ont été|avait été|fut|furent)\s+(?:\p{L}+\s+)?(?:signé|lancé|adopté|rencontré|ratifié|publié|voté|approuvé|rejeté|condamné|sanctionné|attaqué|piraté|visé|arrêté|nommé|élu|créé|fondé|tué|blessé|détenu|expulsé|imposé|levé|suspendu|bloqué|ciblé|revendiqué|organisé|tenu|conclu|mis en place|mis en œuvre|lancée|adoptée|signée|publiée|créée|visés|ciblés|touchés?|paralysés?|perdu|gagné|augmenté|diminué|baissé|doublé|triplé|atteint|dépassé|franchi|rejoint|quitté|retiré|engagé|investi|financé|déployé|envoyé|reçu|obtenu|subi|connu|enregistré|mené|provoqué|entraîné|coûté|rapporté)\b|` +
        String.raw`\b(?:signed|launched|adopted|met|ratified|published|voted|approved|rejected|condemned|sanctioned|attacked|hacked|targeted|arrested|appointed|elected|created|founded|killed|wounded|detained|expelled|imposed|lifted|suspended|blocked|claimed|organised|organized|held|concluded|won|lost|increased|decreased|rose|fell|grew|doubled|tripled|reached|exceeded|joined|left|withdrew|invested|funded|deployed|sent|received|obtained|suffered|recorded|spent|cost|began|started|ended|passed|signed|introduced|enacted|announced|invaded|bombed|struck|seized|banned|fined|charged|convicted|sentenced)\b`,
    ),
  },
  {
    signal: 'superlative',
    weight: 2,
    pattern: re(
      String.raw`\b(?:le|la|les)\s+(?:plus|moins)\b|\b(?:premier|première|premiers|premières|dernier|dernière)\b|\bjamais\s+(?:vu|égalé|atteint)\b|\bsans précédent\b|\brecord\b|\b(?:plus|moins) de\b|\b(?:davantage|majeur|principal|principale)\b|` +
        String.raw`\b(?:most|least|first|largest|biggest|highest|lowest|greatest|worst|best|fastest|oldest|newest|record|unprecedented|more than|less than|fewer than|over \d)\b|\b\p{L}{3,}est\b`,
    ),
  },
  {
    signal: 'causal',
    weight: 1,
    pattern: re(String.raw`\b(?:parce que|en raison d[eu']|à cause d[eu']|grâce à|du fait d[eu']|provoqu\p{L}*|entraîn\p{L}*|a conduit à|ont conduit à|résult\p{L}*|because|due to|caused|causes|led to|leads to|resulted in|results in|as a result|owing to|thanks to)\b`),
  },
  {
    signal: 'generalisation',
    weight: 1,
    pattern: re(String.raw`\b(?:tous les|toutes les|toujours|la plupart|la majorité|généralement|souvent|systématiquement|de plus en plus|nombreux|nombreuses|all|always|never|most|the majority|generally|often|usually|increasingly|many|every)\b`),
  },
];

/** A capitalised word that does not start the sentence: a named actor, place or institution. */
const NAMED = /(?<=[\s(«“"'’-])\p{Lu}[\p{L}'’-]{2,}|\b\p{Lu}{2,}\b/gu;

const QUESTION = /\?\s*[»”"')\]]*\s*$/u;
const RECOMMENDATION = re(
  String.raw`^\s*(?:il (?:faut|faudrait|convient|conviendrait|importe)|nous (?:recommandons|proposons|préconisons|suggérons|conseillons)|(?:la france|l['’]ue|l['’]union|le gouvernement|nous|paris|les autorités) (?:doit|devrait|doivent|devraient|pourrait|pourraient)|recommandation|proposition|veiller à|prévoir|soutenir|renforcer|engager|poursuivre|privilégier|éviter|we (?:should|must|recommend|propose|suggest|advise)|(?:france|the eu|the government|nato) (?:should|must)|recommendation|consider|ensure|support|avoid|strengthen)\b`,
);
const OPINION = re(String.raw`\b(?:nous estimons|nous pensons|nous jugeons|nous considérons|à notre avis|selon nous|de notre point de vue|il nous semble|je pense|j['’]estime|à mon avis|we assess|we believe|we judge|we consider|we think|in our view|in our assessment|in my view|i think|i believe)\b`);
const RECOMMENDATION_HEADING = /recommandation|recommendation|préconisation|propositions?|actions? (?:à mener|proposées)|next steps|way forward|options/i;

/** The score a sentence needs to be a claim, by sensitivity. */
const THRESHOLDS: Record<Sensitivity, number> = { low: 4, medium: 3, high: 2 };
const MIN_WORDS = 6;

/**
 * Judges one sentence. `text` should have its citations blanked (a key is no number);
 * `heading` is the heading the sentence stands under.
 */
export function detectClaim(text: string, heading = '', sensitivity: Sensitivity = 'medium'): ClaimVerdict {
  const signals: Signal[] = [];
  let score = 0;
  for (const { signal, weight, pattern } of SIGNALS) {
    if (pattern.test(text)) {
      signals.push(signal);
      score += weight;
    }
  }
  const named = text.match(NAMED)?.length ?? 0;
  if (named > 0) {
    signals.push('named-actor');
    score += named > 1 ? 2 : 1;
  }
  const verdict = (exempt?: ClaimVerdict['exempt']): ClaimVerdict => ({ claim: !exempt && score >= THRESHOLDS[sensitivity], signals, score, ...(exempt ? { exempt } : {}) });
  const words = text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  if (words < MIN_WORDS && !signals.includes('quotation') && !signals.includes('percentage')) return verdict('fragment');
  if (QUESTION.test(text)) return verdict('question');
  if (RECOMMENDATION.test(text) || RECOMMENDATION_HEADING.test(heading)) return verdict('recommendation');
  if (OPINION.test(text)) return verdict('opinion');
  return verdict();
}
