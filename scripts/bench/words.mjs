// Word lists for the benchmark's synthetic workspace: the vocabulary of the sample corpus in
// ../shared/corpus/ (parliamentary questions, press articles, communiqués on cyber diplomacy),
// in French and English. The generator draws from them with a Zipf law and adds a long tail of
// made-up words, so that the full-text index meets a realistic number of distinct terms.

const split = (s) => s.trim().split(/\s+/);

export const FR = {
  nouns: split(`
    sécurité cyberespace cybersécurité cyberdéfense confiance paix stabilité régulation normes
    gouvernance internet numérique réseau réseaux menace menaces attaque attaques cyberattaque
    ingérence élection élections campagne désinformation propagande piratage piratages données
    renseignement service services ministère ministre délégation consultations coopération accord
    accords traité déclaration communiqué question réponse gouvernement président présidence
    assemblée sénat commission rapport groupe experts session négociations processus droit
    souveraineté infrastructure infrastructures opérateurs entreprises acteurs États partenaires
    alliés alliance organisation sommet réunion conférence forum initiative appel engagement
    sanctions mesures dispositif cadre stratégie doctrine capacités moyens budget crédits
    effectifs agents militaires armées défense intérieur justice affaires étrangères diplomatie
    ambassade ambassadeur représentant envoyé porte-parole secrétaire général parlement députée
    député sénateur groupe parlementaire législature texte article alinéa loi décret ordonnance
    directive règlement résolution mandat enquête incident incidents vulnérabilité logiciel
    logiciels rançongiciel hameçonnage signalement victimes collectivités hôpitaux banques
    transport énergie télécommunications plateformes réseaux sociaux contenus messages
    informations opinion citoyens valeurs libertés droits démocratie république nation pays
    région frontière territoire population économie croissance innovation recherche formation
    compétences industrie marché concurrence investissement financement coût dépenses année
    mois semaine jour période phase étape calendrier échéance bilan perspective enjeu enjeux
    priorité priorités objectif objectifs résultat résultats progrès difficultés risques
    vigilance prévention protection résilience riposte attribution responsabilité transparence
    dialogue échange vues position positions intérêt intérêts divergence consensus majorité
    unanimité vote scrutin candidat candidate parti coalition opposition soutien soutiens
    signataires signature adhésion ratification mise œuvre suivi évaluation contrôle audit
  `),
  adjectives: split(`
    national nationale internationale international européen européenne française français
    russe russes américain américaine chinois chinoise britannique allemand allemande
    numérique numériques informatique informatiques stratégique stratégiques militaire
    militaires civil civile public publique privé privée collectif collective responsable
    responsables malveillant malveillants hostile hostiles offensive défensive critique
    critiques essentiel essentielle majeur majeure important importante nouveau nouvelle
    nouveaux nouvelles ancien ancienne premier première dernier dernière prochain prochaine
    général générale spécial spéciale technique techniques juridique juridiques politique
    politiques économique économiques diplomatique diplomatiques multilatéral multilatérale
    bilatéral bilatérale commun commune ouvert ouverte libre sûr sûre fiable durable
    démocratique démocratiques fondamental fondamentaux intergouvernemental gouvernemental
    gouvernementaux interministériel interministérielle fédéral fédérale régional régionale
  `),
  verbs: split(`
    a ont est sont était étaient sera seront doit doivent peut peuvent souhaite souhaitent
    rappelle rappellent souligne soulignent estime estiment indique indiquent précise
    précisent considère considèrent affirme affirment reconnaît reconnaissent propose
    proposent soutient soutiennent condamne condamnent dénonce dénoncent prévoit prévoient
    renforce renforcent engage engagent contribue contribuent participe participent
  `),
  pastParticiples: split(`
    signé adopté lancé annoncé présenté publié décidé rejeté démenti confirmé accusé évoqué
    souligné réaffirmé organisé présidé conclu ratifié reconnu condamné dénoncé proposé
    examiné approuvé validé engagé renforcé mis déclaré précisé indiqué rappelé estimé jugé
  `),
  function: split(`
    le la les un une des du de d' l' et ou en à au aux ce ces cet cette il elle ils elles on se
    sa son ses leur leurs qui que dont ne pas plus par pour sur dans avec sans sous entre vers
    contre depuis pendant avant après selon lors ainsi aussi encore déjà toujours très bien
    notamment également cependant toutefois donc car mais comme si tout tous toute toutes
  `),
  connectors: split(`
    Par&nbsp;ailleurs En&nbsp;outre Toutefois Cependant Ainsi De&nbsp;plus Dans&nbsp;ce&nbsp;cadre
    En&nbsp;particulier À&nbsp;cet&nbsp;égard Selon&nbsp;le&nbsp;ministère Pour&nbsp;autant
  `).map((w) => w.replace(/&nbsp;/g, ' ')),
  months: split('janvier février mars avril mai juin juillet août septembre octobre novembre décembre'),
  weekdays: split('lundi mardi mercredi jeudi vendredi samedi dimanche'),
  cities: split('Paris Moscou Bruxelles Genève Berlin Londres Washington Pékin Tokyo Madrid Rome Varsovie Kiev Dinard Biarritz Lyon Marseille Strasbourg Toulouse Bordeaux Lille Rennes Nantes Vienne Oslo Stockholm Helsinki Tallinn Riga Vilnius Prague Budapest Bucarest Sofia Athènes Ankara Tunis Rabat Alger Dakar Abidjan Nairobi'),
  quoteVerbs: ['a déclaré', 'a affirmé', 'a ajouté', 'a souligné', 'a estimé', 'a rappelé', 'a-t-il ajouté', 'a-t-elle précisé'],
  reported: ['Selon', "D'après", 'Comme l’a indiqué', 'Pour'],
};

export const EN = {
  nouns: split(`
    security cyberspace cybersecurity cyber defence trust peace stability regulation norms
    governance internet network networks threat threats attack attacks interference election
    elections campaign disinformation propaganda hacking data intelligence service services
    ministry minister delegation consultations cooperation agreement agreements treaty
    declaration statement question answer government president presidency assembly senate
    commission report group experts session negotiations process law sovereignty
    infrastructure operators companies actors states partners allies alliance organisation
    summit meeting conference forum initiative call commitment sanctions measures framework
    strategy doctrine capabilities means budget funding staff forces armed defence interior
    justice foreign affairs diplomacy embassy ambassador representative envoy spokesperson
    secretary general parliament member committee text article paragraph act decree directive
    regulation resolution mandate inquiry incident incidents vulnerability software ransomware
    phishing reporting victims authorities hospitals banks transport energy telecommunications
    platforms media content messages information opinion citizens values freedoms rights
    democracy republic nation country region border territory population economy growth
    innovation research training skills industry market competition investment cost spending
    year month week day period phase stage timetable deadline outcome outlook stake stakes
    priority priorities objective objectives result results progress difficulties risks
    vigilance prevention protection resilience response attribution responsibility
    transparency dialogue exchange views position positions interest interests divergence
    consensus majority unanimity vote ballot candidate party coalition opposition support
    signatories signature accession ratification implementation monitoring evaluation audit
  `),
  adjectives: split(`
    national international european french russian american chinese british german digital
    strategic military civilian public private collective responsible malicious hostile
    offensive defensive critical essential major important new former first last next
    general special technical legal political economic diplomatic multilateral bilateral
    common open free safe reliable sustainable democratic fundamental intergovernmental
    federal regional global transatlantic
  `),
  verbs: split(`
    has have is are was were will must may can wants recalls stresses considers states
    indicates says acknowledges proposes supports condemns denounces provides strengthens
    commits contributes participates
  `),
  pastParticiples: split(`
    signed adopted launched announced presented published decided rejected denied confirmed
    accused raised stressed reaffirmed organised chaired concluded ratified recognised
    condemned proposed examined approved validated committed strengthened declared said
  `),
  function: split(`
    the a an of and or to in on at by for with from as this that these those it its their his
    her which who whom whose not no more most also only still already very well notably
    however therefore but because if all each every other such than into over under between
    against since during before after according
  `),
  connectors: ['In addition', 'However', 'Meanwhile', 'Moreover', 'In this context', 'In particular', 'By contrast', 'At the same time'],
  months: split('January February March April May June July August September October November December'),
  weekdays: split('Monday Tuesday Wednesday Thursday Friday Saturday Sunday'),
  cities: split('Paris Moscow Brussels Geneva Berlin London Washington Beijing Tokyo Madrid Rome Warsaw Kyiv Vienna Oslo Stockholm Helsinki Tallinn Riga Vilnius Prague Budapest Ottawa Canberra Delhi Singapore Seoul Nairobi'),
  quoteVerbs: ['said', 'told reporters', 'added', 'stressed', 'warned', 'noted'],
  reported: ['According to', 'As noted by', 'For'],
};

export const FIRST_NAMES = split(`
  Jean Pierre Marie Anne Jacques Michel Philippe Alain Nicolas Christophe François Isabelle
  Catherine Sylvie Nathalie Sophie Claire Laure Julie Florence Hélène Élisabeth Agnès Valérie
  Emmanuel Édouard Bruno Gérald Olivier Thierry Laurent Sébastien Stéphane Frédéric Éric
  Vincent Antoine Julien Guillaume Thomas Clément Hugo Lucas Camille Léa Manon Chloé Inès
  Jens Stepan Vladimir Donald Hillary Julian Henri Andreï Sergueï Dmitri Olga Natalia Igor
  Angela Olaf Ursula Josep Charles Margrethe Kaja Mark Boris Theresa Keir Rishi Joe Kamala
  Antony Jake Lloyd Avril Christopher Robert James John Mary Patricia Linda Barbara Susan
  Karen Nancy Lisa Betty Sandra Ashley Emily Michelle Amanda Melissa Deborah Stephanie Rebecca
  Laura Sharon Cynthia Kathleen Amy Shirley Angela Helen Anna Brenda Pamela Nicole Emma Samantha
  Xi Li Wang Zhang Liu Chen Yang Huang Zhao Wu Hiroshi Yuki Kenji Akira Narendra Subrahmanyam
  Recep Mevlüt Abdel Mohammed Ahmed Fatima Aïcha Youssef Karim Rachid Leïla Samira
  Jean-Yves Jean-Marc Jean-Luc Jean-Pierre Marie-Claire Anne-Sophie Pierre-Yves Jean-Noël
`);

export const LAST_NAMES = split(`
  Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefebvre
  Michel Garcia David Bertrand Roux Vincent Fournier Morel Girard André Lefèvre Mercier Dupont
  Lambert Bonnet François Martinez Legrand Garnier Faure Rousseau Blanc Guérin Muller Henry
  Roussel Nicolas Perrin Morin Mathieu Clément Gauthier Dumont Lopez Fontaine Chevalier
  Robin Masson Sanchez Gérard Nguyen Boyer Denis Lemaire Duval Joly Gautier Roger Roche Roy
  Noël Meyer Lucas Meunier Jean Perez Marchand Dufour Blanchard Marie Barbier Brun Dumas
  Brunet Schmitt Leroux Colin Fernandez Pierre Renard Arnaud Rolland Caron Aubert Giraud
  Leclerc Vidal Bourgeois Renaud Lemoine Picard Gaillard Philippe Leclercq Lacroix Fabre
  Dupuis Olivier Rodriguez Da&nbsp;Silva Hubert Louis Charles Guillot Rivière Le&nbsp;Gall
  Guillaume Adam Rey Moulin Gonzalez Berger Lecomte Menard Fleury Deschamps Carpentier Julien
  Benoit Paris Maillard Marchal Aubry Vasseur Le&nbsp;Roux Renault Jacquet Collet Prévost
  Poirier Charpentier Royer Huet Baron Dupuy Pons Paul Laine Carré Breton Rémy Schneider
  Perrot Barré Marty Cousin Le&nbsp;Drian de&nbsp;La&nbsp;Raudière Stoltenberg Poltorak Poutine
  Trump Clinton Assange Verdier Kroutskikh Macron Parly Borne Attal Barnier Lavrov Medvedev
  Choïgou Patrouchev Zelensky Kuleba Scholz Merkel Baerbock Leyen Borrell Michel Vestager
  Kallas Rutte Johnson May Starmer Sunak Biden Harris Blinken Sullivan Austin Haines Wray
  Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Moore Jackson White
  Harris Thompson Clark Lewis Robinson Walker Young Allen King Wright Scott Hill Green Baker
  Adams Nelson Carter Mitchell Roberts Turner Phillips Campbell Parker Evans Edwards Collins
  Stewart Morris Rogers Reed Cook Morgan Bell Murphy Bailey Cooper Richardson Cox Howard Ward
  Peterson Gray Ramirez Watson Brooks Kelly Sanders Price Bennett Wood Barnes Ross Henderson
  Coleman Jenkins Perry Powell Long Patterson Hughes Flores Washington Butler Simmons Foster
  Jinping Keqiang Yi Kishida Modi Jaishankar Erdoğan Çavuşoğlu Sissi Tebboune Saïed
`).map((w) => w.replace(/&nbsp;/g, ' '));

export const COUNTRIES = [
  ['France', 'French Republic'], ['Russie', 'Russia'], ['États-Unis', 'United States'], ['Chine', 'China'],
  ['Royaume-Uni', 'United Kingdom'], ['Allemagne', 'Germany'], ['Ukraine', 'Ukraine'], ['Italie', 'Italy'],
  ['Espagne', 'Spain'], ['Pologne', 'Poland'], ['Estonie', 'Estonia'], ['Lettonie', 'Latvia'], ['Lituanie', 'Lithuania'],
  ['Finlande', 'Finland'], ['Suède', 'Sweden'], ['Norvège', 'Norway'], ['Danemark', 'Denmark'], ['Pays-Bas', 'Netherlands'],
  ['Belgique', 'Belgium'], ['Luxembourg', 'Luxembourg'], ['Suisse', 'Switzerland'], ['Autriche', 'Austria'],
  ['Tchéquie', 'Czechia'], ['Slovaquie', 'Slovakia'], ['Hongrie', 'Hungary'], ['Roumanie', 'Romania'], ['Bulgarie', 'Bulgaria'],
  ['Grèce', 'Greece'], ['Turquie', 'Turkey'], ['Israël', 'Israel'], ['Iran', 'Iran'], ['Inde', 'India'], ['Japon', 'Japan'],
  ['Corée du Sud', 'South Korea'], ['Corée du Nord', 'North Korea'], ['Australie', 'Australia'], ['Canada', 'Canada'],
  ['Brésil', 'Brazil'], ['Mexique', 'Mexico'], ['Argentine', 'Argentina'], ['Chili', 'Chile'], ['Maroc', 'Morocco'],
  ['Algérie', 'Algeria'], ['Tunisie', 'Tunisia'], ['Égypte', 'Egypt'], ['Sénégal', 'Senegal'], ['Côte d’Ivoire', 'Ivory Coast'],
  ['Nigeria', 'Nigeria'], ['Kenya', 'Kenya'], ['Afrique du Sud', 'South Africa'], ['Arabie saoudite', 'Saudi Arabia'],
  ['Émirats arabes unis', 'United Arab Emirates'], ['Qatar', 'Qatar'], ['Singapour', 'Singapore'], ['Indonésie', 'Indonesia'],
  ['Vietnam', 'Viet Nam'], ['Biélorussie', 'Belarus'], ['Géorgie', 'Georgia'], ['Arménie', 'Armenia'], ['Azerbaïdjan', 'Azerbaijan'],
];

/** Real institutions of the sample corpus: [id, name, acronym or '', type, English name or ''] */
export const INSTITUTIONS = [
  ['otan', 'Organisation du traité de l’Atlantique Nord', 'OTAN', 'organisation', 'NATO'],
  ['onu', 'Organisation des Nations unies', 'ONU', 'organisation', 'United Nations'],
  ['unesco', 'Organisation des Nations unies pour l’éducation, la science et la culture', 'UNESCO', 'organisation', ''],
  ['ue', 'Union européenne', 'UE', 'organisation', 'European Union'],
  ['anssi', 'Agence nationale de la sécurité des systèmes d’information', 'ANSSI', 'agency', ''],
  ['meae', 'Ministère de l’Europe et des Affaires étrangères', 'MEAE', 'organisation', ''],
  ['fsb', 'Service fédéral de sécurité', 'FSB', 'agency', 'Federal Security Service'],
  ['fso', 'Service fédéral de protection', 'FSO', 'agency', ''],
  ['fstek', 'Service fédéral pour le contrôle technique et d’exportation', 'FSTEK', 'agency', ''],
  ['oewg', 'Groupe de travail à composition non limitée', 'OEWG', 'group', 'Open-Ended Working Group'],
  ['gge', 'Groupe d’experts gouvernementaux', 'GGE', 'group', 'Group of Governmental Experts'],
  ['g7', 'Groupe des sept', 'G7', 'group', ''],
  ['g20', 'Groupe des vingt', 'G20', 'group', ''],
  ['assemblee-nationale', 'Assemblée nationale', '', 'organisation', 'National Assembly'],
  ['senat', 'Sénat', '', 'organisation', 'French Senate'],
  ['kremlin', 'Kremlin', '', 'organisation', ''],
  ['wikileaks', 'Wikileaks', '', 'organisation', ''],
  ['udi-agir', 'UDI, Agir et indépendants', 'UDI-Agir', 'party', ''],
  ['larem', 'La République en marche', 'LaREM', 'party', ''],
  ['appel-de-paris', 'Appel de Paris pour la confiance et la sécurité dans le cyberespace', '', 'initiative', 'Paris Call for Trust and Security in Cyberspace'],
];

/** Syllables for the long tail of made-up words (rare terms, proper names of places, jargon). */
export const SYLLABLES = split(`
  ba be bi bo bu ca ce ci co cu da de di do du fa fe fi fo ga ge gi go la le li lo lu ma me mi
  mo mu na ne ni no nu pa pe pi po pu ra re ri ro ru sa se si so su ta te ti to tu va ve vi vo
  tra tri pro pré con com dis ex in an en on ou ai au eau ion tion ment ique isme iste ure ence
  ance eur eux ette elle ard ois ier ière ine ane ale al el ol ul ar er ir or ur ast est ist ost
  cla cri gra gro pla plu sta sto stri vla zo za ky ka ko ku ny ov ev in ski sky vich ova eva
`);

export const ROLE_TITLES = {
  fr: [
    'Ministre de l’Europe et des Affaires étrangères', 'Ministre des Armées', 'Ministre de l’Intérieur',
    'Secrétaire d’État chargé du Numérique', 'Ambassadeur pour le numérique', 'Directeur général',
    'Secrétaire général', 'Député', 'Sénateur', 'Porte-parole', 'Président', 'Premier ministre',
    'Représentant spécial pour la coopération internationale', 'Chef d’état-major', 'Conseiller diplomatique',
    'Commissaire européen', 'Haut représentant', 'Ambassadeur itinérant', 'Directeur de cabinet', 'Rapporteur',
  ],
  en: [
    'Foreign Minister', 'Defence Minister', 'Interior Minister', 'Minister for Digital Affairs', 'Ambassador for Digital Affairs',
    'Director General', 'Secretary General', 'Member of Parliament', 'Senator', 'Spokesperson', 'President', 'Prime Minister',
    'Special Representative', 'Chief of Staff', 'National Security Adviser', 'Commissioner', 'High Representative', 'Rapporteur',
  ],
};
