// Generates, deterministically from a seed, the benchmark's synthetic workspace:
//
//   corpus/YEAR/KIND/*.txt|md   N sources in French (60 %) and English, of the kinds and shapes of
//                                ../shared/corpus/: an Assemblée nationale question with its
//                                institution heading and "Données clés" block, press articles with
//                                "Temps de lecture", photo captions and credits, communiqués ending
//                                with "publié le 21/11/2019" and "haut de la page", speeches, English
//                                reports and articles; pasted text with one paragraph per line in a
//                                fifth of them, some CRLF, BOM, Windows-1252, front matter, sidecars
//   glossary.yaml               10,000 entries: people with aliases and dated roles, institutions
//                                with acronyms, states, groups, initiatives; related ids, links
//   briefs/note.md              a 1 MB briefing draft of about 10,000 sentences: Contexte / Analyse /
//                                Recommandations sections, citations of every Pandoc form, footnotes,
//                                quotations and numbers taken from the cited sources (and some not),
//                                uncited claims, recommendations, questions, lists, block quotes
//
// Sizes follow a log-normal law (median 7 KB, long tail), so that the full run's 10,000 sources
// make about 100 MB. The vocabulary is the sample corpus's, drawn with a Zipf law, plus a long
// tail of made-up words, so that the index meets tens of thousands of distinct terms.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Random, Zipf, hashSeed } from './random.mjs';
import { COUNTRIES, EN, FIRST_NAMES, FR, INSTITUTIONS, LAST_NAMES, ROLE_TITLES, SYLLABLES } from './words.mjs';

const TAIL_WORDS = 60000;
const YEARS = [2014, 2024];

// ---------------------------------------------------------------------------------------------
// Vocabulary

function makeTail(lang) {
  const r = new Random(hashSeed('tail', lang));
  const suffixes = lang === 'fr' ? ['ation', 'isme', 'ité', 'ique', 'eur', 'ment', 'ance', 'oire', 'age', ''] : ['ation', 'ism', 'ity', 'ic', 'er', 'ment', 'ance', 'ory', 'ing', ''];
  const seen = new Set();
  const out = [];
  while (out.length < TAIL_WORDS) {
    let w = '';
    const n = r.int(2, 4);
    for (let i = 0; i < n; i++) w += r.pick(SYLLABLES);
    w += r.pick(suffixes);
    if (w.length < 5 || seen.has(w)) continue;
    seen.add(w);
    out.push(w);
  }
  return out;
}

class Lexicon {
  constructor(lang) {
    this.lang = lang;
    this.w = lang === 'fr' ? FR : EN;
    this.tail = makeTail(lang);
    this.nounZ = new Zipf(this.w.nouns.length, 0.9);
    this.adjZ = new Zipf(this.w.adjectives.length, 0.9);
    this.tailZ = new Zipf(this.tail.length, 1.0);
  }

  noun(r) {
    return r.chance(0.82) ? this.w.nouns[this.nounZ.draw(r)] : this.tail[this.tailZ.draw(r)];
  }

  adj(r) {
    return r.chance(0.9) ? this.w.adjectives[this.adjZ.draw(r)] : this.tail[this.tailZ.draw(r)];
  }
}

const LEX = { fr: undefined, en: undefined };
function lexicon(lang) {
  return (LEX[lang] ??= new Lexicon(lang));
}

const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);

/** French elision after the fact: "de le" → "du", "le ordre" → "l’ordre", "de Europe" → "d’Europe". */
function elide(s) {
  return s
    .replace(/\bde le\b/g, 'du')
    .replace(/\bde les\b/g, 'des')
    .replace(/\bà le\b/g, 'au')
    .replace(/\bà les\b/g, 'aux')
    .replace(/\b([Ll]e|[Ll]a|[Dd]e|[Qq]ue|[Ss]e) ([aeiouyéèêàâîôûœAEIOUYÉÈÊÀÂÎÔÛ])/g, (_, w, v) => `${w[0]}’${v}`);
}

// ---------------------------------------------------------------------------------------------
// Dates and numbers

function randomDate(r) {
  const y = r.int(YEARS[0], YEARS[1]);
  const m = r.int(1, 12);
  const d = r.int(1, 28);
  return { y, m, d, iso: `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` };
}

function dateWords(date, lang) {
  return lang === 'fr' ? `${date.d === 1 ? '1er' : date.d} ${FR.months[date.m - 1]} ${date.y}` : `${date.d} ${EN.months[date.m - 1]} ${date.y}`;
}

function dateSlashes(date) {
  return `${String(date.d).padStart(2, '0')}/${String(date.m).padStart(2, '0')}/${date.y}`;
}

/** A number as a French or English text writes it: 370, 1 200, 12,5 %, 3,5 millions d’euros. */
function numberText(r, lang) {
  const k = r.next();
  const thousands = (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'fr' ? ' ' : ',');
  if (k < 0.35) return String(r.int(2, 999));
  if (k < 0.6) return thousands(r.int(1000, 250000));
  if (k < 0.8) return `${r.int(1, 99)}${lang === 'fr' ? ',' : '.'}${r.int(1, 9)} ${lang === 'fr' ? '%' : 'per cent'}`;
  return lang === 'fr' ? `${r.int(1, 900)} millions d’euros` : `${r.int(1, 900)} million euros`;
}

// ---------------------------------------------------------------------------------------------
// The glossary

function slug(s) {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);
}

function acronymOf(name) {
  const skip = new Set(['de', 'la', 'le', 'les', 'des', 'du', 'et', 'pour', 'of', 'the', 'and', 'for', 'd', 'l']);
  return name
    .split(/[\s’'-]+/)
    .filter((w) => w && !skip.has(w.toLowerCase()))
    .map((w) => w[0].toUpperCase())
    .join('')
    .normalize('NFD')
    .replace(/\p{M}+/gu, '');
}

/** The glossary's entries, with the forms sources write them in and how popular each is. */
export function makeGlossary(seed, count) {
  const r = new Random(hashSeed(seed, 'glossary'));
  const entries = [];
  const ids = new Set();
  const names = new Set();
  const aliasesTaken = new Set();
  const uniqueId = (base) => {
    let id = base || 'entry';
    for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
    ids.add(id);
    return id;
  };
  const claimAlias = (a) => {
    const key = a.toLowerCase();
    if (aliasesTaken.has(key) || names.has(key)) return false;
    aliasesTaken.add(key);
    return true;
  };

  for (const [id, name, acronym, type, english] of INSTITUTIONS) {
    ids.add(id);
    names.add(name.toLowerCase());
    const aliases = [acronym, english].filter((a) => a && claimAlias(a));
    entries.push({ id, name, type, aliases, forms: [name, ...aliases], roles: [], lang: 'fr' });
  }
  for (const [fr, en] of COUNTRIES) {
    const id = uniqueId(slug(fr));
    names.add(fr.toLowerCase());
    const aliases = en !== fr && claimAlias(en) ? [en] : [];
    entries.push({ id, name: fr, type: 'state', aliases, forms: [fr, ...aliases], roles: [] });
  }

  const orgHeads = {
    fr: ['Agence', 'Office', 'Direction', 'Comité', 'Conseil', 'Commission', 'Centre', 'Institut', 'Observatoire', 'Autorité', 'Service', 'Fondation', 'Délégation', 'Secrétariat général', 'Haut conseil'],
    en: ['Agency', 'Office', 'Council', 'Committee', 'Centre', 'Institute', 'Authority', 'Service', 'Foundation', 'Bureau', 'Directorate', 'Commission'],
  };
  const orgCount = Math.round(count * 0.22);
  const otherCount = Math.round(count * 0.06);
  const orgIds = entries.filter((e) => e.type !== 'state').map((e) => e.id);
  while (entries.length < INSTITUTIONS.length + COUNTRIES.length + orgCount) {
    const lang = r.chance(0.6) ? 'fr' : 'en';
    const lx = lexicon(lang);
    const name = lang === 'fr'
      ? `${r.pick(orgHeads.fr)} ${r.pick(['nationale', 'européenne', 'fédérale', 'interministérielle', 'internationale', 'régionale', 'centrale'])} ${r.pick(['de la', 'du', 'des', 'pour la'])} ${lx.noun(r)} ${lx.adj(r)}`
      : `${r.pick(['National', 'European', 'Federal', 'International', 'Joint', 'Central'])} ${lx.noun(r).replace(/^./, (c) => c.toUpperCase())} ${r.pick(orgHeads.en)}`;
    if (names.has(name.toLowerCase())) continue;
    names.add(name.toLowerCase());
    const acronym = acronymOf(name);
    const aliases = acronym.length >= 3 && claimAlias(acronym) ? [acronym] : [];
    const type = r.pick(['organisation', 'organisation', 'agency', 'agency', 'group', 'party']);
    const id = uniqueId(slug(aliases[0] ?? name));
    orgIds.push(id);
    entries.push({ id, name, type, aliases, forms: [name, ...aliases], roles: [], lang });
  }
  for (let i = 0; entries.length < INSTITUTIONS.length + COUNTRIES.length + orgCount + otherCount; i++) {
    const lang = r.chance(0.6) ? 'fr' : 'en';
    const lx = lexicon(lang);
    const city = r.pick(lang === 'fr' ? FR.cities : EN.cities);
    const type = r.pick(['initiative', 'event', 'document']);
    const name = lang === 'fr'
      ? `${r.pick(['Appel', 'Déclaration', 'Sommet', 'Forum', 'Accord', 'Initiative', 'Conférence'])} de ${city} sur la ${lx.noun(r)} ${lx.adj(r)}`
      : `${city} ${r.pick(['Call', 'Declaration', 'Summit', 'Forum', 'Agreement', 'Initiative', 'Conference'])} on ${cap(lx.adj(r))} ${cap(lx.noun(r))}`;
    if (names.has(name.toLowerCase())) continue;
    names.add(name.toLowerCase());
    entries.push({ id: uniqueId(slug(name)), name, type, aliases: [], forms: [name], roles: [], lang });
  }
  // People: the rest.
  const tail = lexicon('fr').tail;
  while (entries.length < count) {
    const first = r.pick(FIRST_NAMES);
    const last = r.chance(0.55) ? r.pick(LAST_NAMES) : cap(r.pick(tail));
    const name = `${first} ${last}`;
    if (names.has(name.toLowerCase())) continue;
    names.add(name.toLowerCase());
    const aliases = [];
    if (r.chance(0.6) && claimAlias(last)) aliases.push(last);
    const initials = `${first.split('-').map((p) => p[0] + '.').join('-')} ${last}`;
    if (r.chance(0.4) && claimAlias(initials)) aliases.push(initials);
    const roles = [];
    let year = r.int(1995, 2018);
    for (let k = r.int(1, 3); k > 0; k--) {
      const lang = r.chance(0.7) ? 'fr' : 'en';
      const from = `${year}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`;
      year += r.int(1, 6);
      const role = { title: r.pick(ROLE_TITLES[lang]), from: r.chance(0.8) ? from : from.slice(0, 4) };
      if (r.chance(0.6)) role.org = r.pick(orgIds);
      if (k > 1 || r.chance(0.5)) role.to = `${Math.min(year, 2025)}`;
      roles.push(role);
    }
    entries.push({ id: uniqueId(slug(name)), name, type: 'person', aliases, forms: [name, ...aliases], roles, last, female: r.chance(0.45) });
  }
  for (const e of entries) {
    if (r.chance(0.5)) {
      e.description = r.chance(0.5)
        ? { fr: `${cap(e.type === 'person' ? 'personnalité' : 'institution')} ${lexicon('fr').adj(r)}, active dans le domaine de la ${lexicon('fr').noun(r)}.`, en: `A ${lexicon('en').adj(r)} ${e.type === 'person' ? 'figure' : 'body'} working on ${lexicon('en').noun(r)}.` }
        : `${cap(e.type === 'person' ? 'personnalité' : 'institution')} ${lexicon('fr').adj(r)} (${lexicon('fr').noun(r)}).`;
    }
    e.links = r.chance(0.4) ? [`https://www.wikidata.org/wiki/Q${r.int(1000, 9999999)}`] : [];
    e.related = r.chance(0.3) ? [r.pick(orgIds)].filter((id) => id !== e.id) : [];
  }
  // Popularity: institutions and states first (OTAN, Russie...), then a shuffled order.
  const head = entries.slice(0, INSTITUTIONS.length + COUNTRIES.length);
  const rest = entries.slice(head.length);
  for (let i = rest.length - 1; i > 0; i--) {
    const j = Math.floor(r.next() * (i + 1));
    [rest[i], rest[j]] = [rest[j], rest[i]];
  }
  const byPopularity = [...head, ...rest];
  return { entries, byPopularity, popularity: new Zipf(byPopularity.length, 0.9) };
}

function yamlScalar(s) {
  return /^[\p{L}\p{N}][\p{L}\p{N} .,’()-]*$/u.test(s) && !/[.,]$/.test(s) ? s : JSON.stringify(s);
}

export function glossaryYaml(glossary) {
  const lines = ['# Synthetic glossary for the benchmark (scripts/bench/generate.mjs).', 'version: 1', 'entries:'];
  for (const e of glossary.entries) {
    lines.push('', `  ${e.id}:`, `    name: ${yamlScalar(e.name)}`, `    type: ${e.type}`);
    if (e.aliases.length) lines.push(`    aliases: [${e.aliases.map(yamlScalar).join(', ')}]`);
    if (typeof e.description === 'string') lines.push(`    description: ${JSON.stringify(e.description)}`);
    else if (e.description) lines.push('    description:', `      fr: ${JSON.stringify(e.description.fr)}`, `      en: ${JSON.stringify(e.description.en)}`);
    if (e.roles.length) {
      lines.push('    roles:');
      for (const role of e.roles) {
        lines.push(`      - title: ${JSON.stringify(role.title)}`);
        if (role.org) lines.push(`        org: ${role.org}`);
        if (role.from) lines.push(`        from: ${role.from}`);
        if (role.to) lines.push(`        to: ${role.to}`);
      }
    }
    if (e.links.length) lines.push(`    links: [${e.links.join(', ')}]`);
    if (e.related.length) lines.push(`    related: [${e.related.join(', ')}]`);
  }
  return lines.join('\n') + '\n';
}

// ---------------------------------------------------------------------------------------------
// Sentences

/** Writes sentences about a document's actors, in its language. */
class Writer {
  constructor(r, lang, actors) {
    this.r = r;
    this.lang = lang;
    this.lx = lexicon(lang);
    this.w = this.lx.w;
    this.actors = actors;
    this.people = actors.filter((a) => a.type === 'person');
    this.bodies = actors.filter((a) => a.type !== 'person');
    /** How often a noun phrase takes a complement ("de la sécurité de l'État"). */
    this.nest = 0.35;
  }

  np(depth = 0) {
    const { r, lx } = this;
    const det = this.lang === 'fr' ? r.pick(['le', 'la', 'les', 'un', 'une', 'des', 'ce', 'cette', 'leur', 'son', 'sa', 'la', 'le']) : r.pick(['the', 'the', 'a', 'this', 'its', 'their', 'the']);
    let s = this.lang === 'fr' ? `${det} ${lx.noun(r)}${r.chance(0.5) ? ' ' + lx.adj(r) : ''}` : `${det} ${r.chance(0.5) ? lx.adj(r) + ' ' : ''}${lx.noun(r)}`;
    if (depth < 2 && r.chance(this.nest)) s += this.lang === 'fr' ? ` de ${this.np(depth + 1)}` : ` of ${this.np(depth + 1)}`;
    return s;
  }

  body() {
    const b = this.bodies.length && this.r.chance(0.85) ? this.r.pick(this.bodies) : undefined;
    if (!b) return this.np();
    const form = this.r.pick(b.forms);
    if (this.lang !== 'fr') return b.type === 'state' ? form : `the ${form}`;
    return b.type === 'state' ? `la ${form}` : `l’${form}`.replace(/^l’([^AEIOUÉÈaeiouéè])/, 'le $1');
  }

  person() {
    const p = this.people.length ? this.r.pick(this.people) : undefined;
    if (!p) return this.lang === 'fr' ? 'le ministre' : 'the minister';
    const k = this.r.next();
    if (k < 0.45) return p.name;
    if (k < 0.75 && p.aliases.includes(p.last)) return this.lang === 'fr' ? `${p.female ? 'Mme' : 'M.'} ${p.last}` : `${p.female ? 'Ms' : 'Mr'} ${p.last}`;
    return this.r.pick(p.forms);
  }

  actor() {
    return this.r.chance(0.55) ? this.person() : this.body();
  }

  pp() {
    const { r } = this;
    const prep = this.lang === 'fr' ? r.pick(['dans', 'pour', 'sur', 'avec', 'par', 'contre', 'depuis', 'entre', 'vers', 'sous', 'lors de']) : r.pick(['in', 'for', 'on', 'with', 'by', 'against', 'since', 'between', 'towards', 'under', 'during']);
    return `${prep} ${r.chance(0.25) ? this.body() : this.np()}`;
  }

  clause() {
    const { r, w } = this;
    const k = r.next();
    if (this.lang === 'fr') {
      if (k < 0.4) return `${this.np()} ${r.pick(w.verbs)} ${this.np()}`;
      if (k < 0.7) return `${r.chance(0.3) ? this.actor() : this.np()} a ${r.pick(w.pastParticiples)} ${this.np()} ${this.pp()}`;
      return `${this.np()} ${r.pick(['sont', 'ont été', 'seront', 'restent'])} ${r.pick(w.pastParticiples)}s ${this.pp()}`;
    }
    if (k < 0.4) return `${this.np()} ${r.pick(w.verbs)} ${this.np()}`;
    if (k < 0.7) return `${r.chance(0.3) ? this.actor() : this.np()} has ${r.pick(w.pastParticiples)} ${this.np()} ${this.pp()}`;
    return `${this.np()} ${r.pick(['were', 'have been', 'will be', 'remain'])} ${r.pick(w.pastParticiples)} ${this.pp()}`;
  }

  finish(s) {
    const text = cap(this.lang === 'fr' ? elide(s) : s);
    return /[.!?»”]$/.test(text) ? text : `${text}.`;
  }

  /** One sentence; `facts` (when given) collects its numbers and plain runs of words. */
  sentence(date, facts) {
    const { r, w } = this;
    const k = r.next();
    let s;
    let number;
    if (k < 0.42) {
      s = `${r.chance(0.15) ? r.pick(w.connectors) + ', ' : ''}${this.clause()}${r.chance(0.4) ? ' ' + this.pp() : ''}`;
    } else if (k < 0.58) {
      s = `${this.actor()} ${this.lang === 'fr' ? 'a ' : 'has '}${r.pick(w.pastParticiples)} ${this.np()} ${this.pp()}`;
    } else if (k < 0.7) {
      number = numberText(r, this.lang);
      s = this.lang === 'fr' ? `${this.np()} ${r.pick(['atteint', 'représente', 'concerne', 'compte', 'mobilise'])} ${number} ${r.chance(0.5) ? this.pp() : 'en ' + r.int(2010, 2024)}` : `${this.np()} ${r.pick(['reached', 'represents', 'concerns', 'counts', 'involves'])} ${number} ${r.chance(0.5) ? this.pp() : 'in ' + r.int(2010, 2024)}`;
    } else if (k < 0.78) {
      const d = date && r.chance(0.3) ? date : randomDate(r);
      s = this.lang === 'fr' ? `${r.chance(0.5) ? `le ${dateWords(d, 'fr')}, ${this.clause()}` : `${this.clause()} le ${dateWords(d, 'fr')}`}` : `${r.chance(0.5) ? `on ${dateWords(d, 'en')}, ${this.clause()}` : `${this.clause()} on ${dateWords(d, 'en')}`}`;
    } else if (k < 0.88) {
      const inner = this.finish(this.clause());
      s = this.lang === 'fr' ? `« ${inner.slice(0, -1)} », ${r.pick(w.quoteVerbs)} ${this.person()}` : `“${inner.slice(0, -1)},” ${this.person()} ${r.pick(w.quoteVerbs)}`;
    } else {
      s = `${r.pick(w.reported)} ${this.actor()}, ${this.clause()}`;
    }
    const text = this.finish(s);
    if (facts) {
      if (number) facts.numbers.push(number);
      const run = plainRun(r, text);
      if (run) facts.quotes.push(run);
    }
    return text;
  }

  paragraph(n, date, facts) {
    const out = [];
    for (let i = 0; i < n; i++) out.push(this.sentence(date, facts));
    return out.join(' ');
  }
}

/** Four to nine consecutive words with no punctuation between them: a quotation of the text. */
function plainRun(r, sentence) {
  const words = sentence.split(' ');
  const len = r.int(4, 9);
  if (words.length < len + 1) return undefined;
  for (let tries = 0; tries < 4; tries++) {
    const at = r.int(0, words.length - len);
    const run = words.slice(at, at + len);
    if (run.every((w) => /^[\p{L}\p{N}’'-]+$/u.test(w))) return run.join(' ');
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Sources

const KINDS = {
  fr: [['press-article', 0.38], ['parliamentary-question', 0.2], ['press-release', 0.22], ['speech', 0.1], ['report', 0.1]],
  en: [['press-article', 0.45], ['press-release', 0.2], ['report', 0.25], ['speech', 0.1]],
};

function pickKind(r, lang) {
  let u = r.next();
  for (const [kind, p] of KINDS[lang]) if ((u -= p) < 0) return kind;
  return KINDS[lang][0][0];
}

function pickActors(r, glossary, n) {
  const out = new Set();
  for (let i = 0; i < n * 3 && out.size < n; i++) out.add(glossary.byPopularity[glossary.popularity.draw(r)]);
  return [...out];
}

/** One source: its text (before encoding), where it goes, and what the draft may quote from it. */
export function makeSource(seed, i, glossary, wantFacts) {
  const r = new Random(hashSeed(seed, 'source', i));
  const lang = r.chance(0.6) ? 'fr' : 'en';
  const kind = pickKind(r, lang);
  const date = randomDate(r);
  const actors = pickActors(r, glossary, r.int(4, 18));
  const wr = new Writer(r, lang, actors);
  const facts = wantFacts ? { numbers: [], quotes: [] } : undefined;
  const target = Math.min(80000, Math.max(1200, Math.round(r.logNormal(7000, 0.8))));
  const title = wr.finish(wr.clause()).slice(0, -1);
  const person = wr.person();
  const city = r.pick(wr.w.cities);
  const parts = [];
  const fr = lang === 'fr';

  if (kind === 'parliamentary-question') {
    const n = r.int(100, 25000);
    parts.push('\n\n\n', '# ASSEMBLÉE NATIONALE', '', `${r.int(12, 17)}ème législature`, '', `## ${title.toLowerCase()}`, '', `Question ${r.chance(0.5) ? 'écrite' : 'au Gouvernement'} n° ${n}`, '', '### Texte de la question', '', `#### ${title.toUpperCase()}`, '');
    parts.push(`**M. le président.** La parole est à ${person}, pour le groupe ${r.pick(['UDI, Agir et indépendants', 'La République en marche', 'Les Républicains', 'Socialistes et apparentés'])}.`, '');
  } else if (kind === 'press-article') {
    if (fr) parts.push(title, '', `${wr.sentence()} (${r.pick(['AFP', 'Reuters', 'OTAN', 'AP'])})`, `Temps de lecture estimé : ${r.int(1, 9)} minutes`, `${wr.sentence()} ${city}, le ${dateWords(randomDate(r), 'fr')}. (AFP/${r.pick(['JOHN THYS', 'LUDOVIC MARIN', 'ALEXANDER NEMENOV', 'THOMAS SAMSON'])})`, '');
    else parts.push(`# ${title}`, '', `**By ${person}, ${city} correspondent**`, '', `Published: ${dateWords(date, 'en')}${r.chance(0.3) ? ` | Updated: ${dateWords(randomDate(r), 'en')}` : ''}`, '', `*Reading time: ${r.int(1, 9)} min*`, '', `*${wr.sentence()} Photo: ${r.pick(['Reuters', 'AFP', 'European Union'])}*`, '');
  } else if (kind === 'press-release') {
    if (fr) parts.push(`Communiqué pour la presse - ${title} (${city}, le ${dateWords(date, 'fr')})${r.chance(0.3) ? ' [ru]' : ''}`, '');
    else parts.push('Press release', '', title, '', `From: ${wr.body()}`, `Published ${dateWords(date, 'en')}`, '');
  } else if (kind === 'speech') {
    parts.push(fr ? `Discours de ${person}` : `Speech by ${person}`, '', fr ? `${city}, le ${dateWords(date, 'fr')}` : `${city}, ${dateWords(date, 'en')}`, '', fr ? 'Seul le prononcé fait foi' : 'Check against delivery', '');
  } else {
    parts.push(`# ${title}`, '', fr ? `Rapport d’information — ${dateWords(date, 'fr')}` : `Published: ${dateWords(date, 'en')}`, '', fr ? `Auteur : ${person}` : `By ${person}`, '', fr ? '## Synthèse' : '## Executive summary', '');
  }

  const oneLinePerParagraph = r.chance(0.2);
  let size = parts.join('\n').length;
  while (size < target) {
    if ((kind === 'report' || kind === 'parliamentary-question') && r.chance(0.08)) {
      const h = `${kind === 'report' ? '## ' : `**${wr.person()}.** `}${cap(wr.np())}`;
      parts.push(h, '');
      size += h.length + 2;
    }
    const p = wr.paragraph(r.int(1, 6), date, facts);
    parts.push(p);
    if (!oneLinePerParagraph) parts.push('');
    size += p.length + 2;
  }
  if (!oneLinePerParagraph) parts.pop();
  parts.push('');
  if (kind === 'parliamentary-question') {
    parts.push('', '### Données clés', '', `Auteur : ${person}`, '', `Circonscription : ${r.pick(FR.cities)} (${r.int(1, 9)}e circonscription)`, '', `Question publiée au JO le : ${dateWords(date, 'fr')}`, '');
  } else if (kind === 'press-release' && fr) {
    parts.push('', `publié le ${dateSlashes(date)}`, '', 'haut de la page', '');
  } else if (kind === 'press-article' && !fr) {
    parts.push('', 'Share: Twitter | Facebook | LinkedIn | Email', '');
  }
  let text = parts.join('\n');

  // Where it goes, under which name, in which form.
  const kindDir = { 'press-article': 'presse', 'parliamentary-question': 'questions', 'press-release': 'communiques', speech: 'discours', report: 'rapports' }[kind];
  const md = r.chance(0.3);
  const base = r.chance(0.6) ? `${String(i).padStart(5, '0')}_${r.hex(16)}` : `${date.iso}_${slug(title).slice(0, 30).replace(/-+$/, '')}-${i}`;
  const file = `corpus/${date.y}/${kindDir}/${base}.${md ? 'md' : 'txt'}`;
  let id = base;
  if (md && r.chance(0.2)) {
    id = `src-${i}`;
    text = `---\nid: ${id}\ntitle: ${JSON.stringify(title)}\ndate: ${date.iso}\nkind: ${kind}\nlanguage: ${lang}\n---\n\n${text}`;
  }
  const sidecar = !md && r.chance(0.01) ? `kind: ${kind}\ndate: ${date.iso}\n` : undefined;
  const encoding = fr && r.chance(0.01) ? 'windows-1252' : r.chance(0.02) ? 'utf-8-bom' : 'utf-8';
  const crlf = r.chance(0.05);
  return { i, id, file, text, sidecar, encoding, crlf, lang, kind, date: date.iso, facts };
}

const CP1252 = new Map(Object.entries({ '€': 0x80, '‚': 0x82, '„': 0x84, '…': 0x85, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97, 'œ': 0x9c, 'Œ': 0x8c, 'Ÿ': 0x9f }));

function encode(source) {
  let text = source.text;
  if (source.crlf) text = text.replace(/\n/g, '\r\n');
  if (source.encoding === 'windows-1252') {
    const out = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      out[i] = c < 0x80 || (c >= 0xa0 && c <= 0xff) ? c : (CP1252.get(text[i]) ?? 0x3f);
    }
    return out;
  }
  const bytes = Buffer.from(text, 'utf8');
  return source.encoding === 'utf-8-bom' ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]) : bytes;
}

// ---------------------------------------------------------------------------------------------
// The draft

/**
 * A briefing draft of `targetBytes` (about ten thousand sentences), citing `pool` sources: cited
 * sentences carry numbers and quotations from the source they cite, and a few do not.
 */
export function makeDraft(seed, pool, glossary, targetBytes) {
  const r = new Random(hashSeed(seed, 'draft'));
  const actors = pickActors(r, glossary, 400);
  const wr = new Writer(r, 'fr', actors);
  wr.nest = 0.12; // a briefing note's sentences are shorter than the sources'
  const lines = ['---', 'title: "Note de synthèse : normes de comportement dans le cyberespace"', 'date: 2019-12-02', 'dossier: brief', '---', '', '# Normes de comportement dans le cyberespace', '', '*Note de synthèse — diffusion restreinte — projet v2*', ''];
  let size = lines.join('\n').length;
  let sentences = 0;
  let footnote = 0;
  const cite = (src) => {
    const k = r.next();
    if (k < 0.75) return ` [@${src.id}]`;
    if (k < 0.88) return ` [@${src.id}, p. ${r.int(1, 40)}]`;
    const other = r.pick(pool);
    return ` [voir @${src.id}; @${other.id}]`;
  };
  const withCitation = (sentence, citation) => sentence.replace(/([.!?])$/, `${citation}$1`);

  /** One sentence of the draft, and the footnote it calls, if any. */
  const draftSentence = (heading) => {
    const k = r.next();
    const src = r.pick(pool);
    if (heading === 'Recommandations' || k < 0.16) {
      const rec = r.pick([
        () => elide(`Il faut ${r.pick(['renforcer', 'porter', 'soutenir', 'consolider', 'préparer'])} ${wr.np()} ${wr.pp()}.`),
        () => elide(`Nous recommandons de ${r.pick(['porter', 'associer', 'mobiliser', 'évaluer'])} ${wr.np()} ${wr.pp()}.`),
        () => `Nous estimons que ${elide(wr.clause())}.`,
        () => `Faut-il ${r.pick(['associer', 'inviter', 'réunir'])} ${wr.actor()} ${wr.pp()} ?`,
        () => `${cap(elide(wr.np()))} ${wr.pp()} pourrait être ${r.pick(FR.pastParticiples)}.`,
      ])();
      return { text: rec };
    }
    if (k < 0.42 && src.facts.numbers.length) {
      const n = r.pick(src.facts.numbers);
      return { text: withCitation(wr.finish(`${wr.np()} ${r.pick(['atteint', 'représente', 'concerne', 'compte'])} ${n} selon ${wr.actor()}`), cite(src)) };
    }
    if (k < 0.52 && src.facts.quotes.length) {
      const q = r.pick(src.facts.quotes);
      return { text: withCitation(`${cap(wr.person())} ${r.pick(['a estimé que', 'a rappelé que', 'a jugé que'])} « ${q} ».`, cite(src)) };
    }
    if (k < 0.56) {
      return { text: `Comme le rappelle @${src.id}, ${elide(wr.clause())}.` };
    }
    if (k < 0.6) {
      footnote++;
      return { text: wr.sentence().replace(/([.!?])$/, `[^${footnote}]$1`), footnote: `[^${footnote}]: Voir [@${src.id}].` };
    }
    if (k < 0.62) {
      // Quoted words that the source does not hold.
      return { text: withCitation(`${cap(wr.person())} a ajouté que « ${elide(wr.clause())} ».`, cite(src)) };
    }
    if (k < 0.65) {
      // A number the source does not hold.
      return { text: withCitation(wr.finish(`${wr.np()} représente ${r.int(1000, 99999)} ${lexicon('fr').noun(r)}`), cite(src)) };
    }
    if (k < 0.655) return { text: withCitation(wr.sentence(), ` [@${src.id.slice(0, -1)}x]`) };
    if (k < 0.66) return { text: withCitation(wr.sentence(), ` ([source](../${src.file}))`) };
    if (k < 0.8) return { text: wr.sentence() }; // mostly uncited claims
    return { text: withCitation(wr.sentence(), cite(src)) };
  };

  const WRAP = 100;
  const wrap = (text) => {
    const out = [];
    let line = '';
    for (const word of text.split(' ')) {
      if (line && line.length + word.length + 1 > WRAP) {
        out.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    if (line) out.push(line);
    return out.join('\n');
  };

  let topic = 0;
  while (size < targetBytes) {
    topic++;
    const section = [`## ${topic}. ${cap(elide(wr.np()))}`, ''];
    const notes = [];
    for (const heading of ['Contexte', 'Analyse', 'Recommandations']) {
      section.push(`### ${heading}`, '');
      for (let p = r.int(3, 7); p > 0; p--) {
        const n = heading === 'Recommandations' ? r.int(1, 2) : r.int(2, 6);
        const said = [];
        for (let i = 0; i < n; i++) {
          const s = draftSentence(heading);
          said.push(s.text);
          if (s.footnote) notes.push(s.footnote);
        }
        sentences += n;
        const shape = r.next();
        if (heading === 'Recommandations') section.push(...said.map((s, i) => `${i + 1}. ${s}`));
        else if (shape < 0.1) section.push(...said.map((s) => `- ${s}`));
        else if (shape < 0.14) section.push(...said.map((s) => `> ${s}`));
        else if (shape < 0.16) section.push('<!-- dossier-disable-next-line uncited-claim -->', wrap(said.join(' ')));
        else if (shape < 0.3) section.push(wrap(`**${cap(elide(wr.np()))}.** ${said.join(' ')}`));
        else section.push(wrap(said.join(' ')));
        section.push('');
      }
    }
    if (r.chance(0.15)) {
      section.push('| acteur | position |', '| --- | --- |');
      for (let i = r.int(2, 4); i > 0; i--) section.push(`| ${wr.actor()} | ${wr.finish(wr.clause())} |`);
      section.push('');
    }
    for (const n of notes) section.push(n, '');
    const chunk = section.join('\n') + '\n';
    lines.push(chunk);
    size += chunk.length + 1;
  }
  return { text: lines.join('\n'), sentences };
}

// ---------------------------------------------------------------------------------------------

/**
 * Writes the workspace under `root` (which must not exist): corpus, glossary, draft.
 * Returns what the benchmark needs to know about it.
 */
export function generateWorkspace(root, { seed, sources, glossaryEntries = 10000, draftBytes = 1 << 20, poolSize = 300 }) {
  fs.mkdirSync(root, { recursive: true });
  const glossary = makeGlossary(seed, glossaryEntries);
  fs.writeFileSync(path.join(root, 'glossary.yaml'), glossaryYaml(glossary));
  const stride = Math.max(1, Math.floor(sources / poolSize));
  const pool = [];
  const documents = [];
  let bytes = 0;
  const dirs = new Set();
  for (let i = 0; i < sources; i++) {
    const s = makeSource(seed, i, glossary, i % stride === 0 && pool.length < poolSize);
    const abs = path.join(root, s.file);
    const dir = path.dirname(abs);
    if (!dirs.has(dir)) {
      fs.mkdirSync(dir, { recursive: true });
      dirs.add(dir);
    }
    const data = encode(s);
    fs.writeFileSync(abs, data);
    bytes += data.length;
    if (s.sidecar) {
      fs.writeFileSync(abs.replace(/\.txt$/, '.meta.yaml'), s.sidecar);
      bytes += s.sidecar.length;
    }
    documents.push({ id: s.id, path: s.file, abs, lang: s.lang, encoding: s.encoding });
    if (s.facts && s.encoding === 'utf-8' && !s.crlf) pool.push({ id: s.id, file: s.file, facts: s.facts });
  }
  const draft = makeDraft(seed, pool, glossary, draftBytes);
  fs.mkdirSync(path.join(root, 'briefs'), { recursive: true });
  const draftPath = path.join(root, 'briefs', 'note.md');
  fs.writeFileSync(draftPath, draft.text);
  return { root, documents, bytes, glossaryPath: path.join(root, 'glossary.yaml'), draftPath, draftSentences: draft.sentences, citedSources: pool.length };
}
