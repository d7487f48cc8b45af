import type { EmploymentType } from '../schema/posting';

/**
 * The phrases that name an employment type, matched on folded text (employment-types.ts: lower case, no
 * diacritics, CJK kept as written), and the schedule words read only in values.
 */

/** A phrase pattern and the types it names. */
export type Rule = readonly [RegExp, readonly EmploymentType[]];

/**
 * A schedule given as the value of a schedule label, without the label: "Jornada: Completa" gives
 * "Completa", "Período: integral", "Orario: pieno", "Temps de travail : partiel". Read only in values
 * (a source's field, a statement's value after its label), where such a word can mean nothing else.
 */
export const SCHEDULE_VALUES: readonly Rule[] = [
  [
    /^\s*(?:(?:a |de |em |en )?(?:tiempo|tempo|temps|periodo|jornada|horario|orario) )?(?:completa|completo|complet|integral|inteira|inteiro|pieno|plein|entera)\b/mu,
    ['FULL_TIME'],
  ],
  [
    /^\s*(?:(?:a |de |em |en )?(?:tiempo|tempo|temps|periodo|jornada|horario|orario) )?(?:parcial|parziale|partiel|reducida|reduzida|ridotto|meia|media|medio|mezza)\b/mu,
    ['PART_TIME'],
  ],
  // Russian and Ukrainian values after "Занятость:" / "Зайнятість:" ("повна", "полная", "частичная"), folded (й → и)
  [/^\s*(?:полная|полныи|полный|повна|повний)(?!\p{L})/mu, ['FULL_TIME']],
  [/^\s*(?:частичная|неполная|часткова|неповна)(?!\p{L})/mu, ['PART_TIME']],
];

/**
 * Words in Cyrillic, Greek or Devanagari, as whole words: `\b` is ASCII-only even with the `u` flag, so letter look-arounds.
 * Greek written without accents ("πληρης"); й, ё and ї are folded here as fold.ts folds them ("зайнятість" reads "заинятість").
 */
function withCyrillicOrGreek(latin: RegExp, words: string): RegExp {
  // Devanagari words lose their vowel signs and viramas as fold.ts drops every mark ("फुल टाइम" reads "फल टइम")
  const folded = words
    .replace(/[йёї]/gu, (c) => FOLDED_LETTERS[c] ?? c)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFC')
    // fold.ts lower-cases letter by letter, so a word in capitals ends in σ, not ς ("ΠΛΗΡΗΣ" reads "πληρησ")
    .replace(/ς/gu, '[σς]');
  return new RegExp(`${latin.source}|(?<!\\p{L})(?:${folded})(?!\\p{L})`, 'u');
}

/** The letters fold.ts changes by dropping their marks, written as words are in the tables. */
const FOLDED_LETTERS: Readonly<Record<string, string>> = { й: 'и', ё: 'е', ї: 'і' };

/**
 * Phrases matched on folded text (lower case, no diacritics: "toan thoi gian", "vollzeit").
 * A way to permanent employment later ('正社員登用あり', '正社員への登用制度', '정규직 전환 가능') is not the type offered now:
 * '契約社員（正社員登用あり）' is fixed-term, not full-time.
 */
export const RULES: readonly Rule[] = [
  [
    withCyrillicOrGreek(
      /\b(?:full ?time|fulltime|full time employee|vollzeit|temps (?:plein|complet)|tiempo completo|jornada completa|tempo (?:pieno|integral)|toan thoi gian|pelno etatowa|(?:na )?(?:pelny|pelen|caly) etat|plny uvazek|heltid|voltijds?e?|full_time|tempo integral|tempo inteiro|horario completo|jornada integral|periodo integral|horario integral|orario pieno|kokoaikainen|tam zamanli|tam gun|penuh waktu|full waktu|plny pracovni uvazek|plny uvazok|teljes munkaidos?|teljes munkaidoben|(?:cu )?norma intreaga|program (?:complet|integral)|fuldtid(?:sstilling|sjob)?|heltids(?:stilling|tjanst|anstallning|job)|kokoaikai(?:nen|sena|sta)|kokoaikatyo|puno radno vr(?:ij|j)?eme|(?:s )?pun(?:im|o) radn(?:im|o) vremenom|poln(?:i|im) delovn(?:i|im) cas(?:om)?|vis(?:as|u) etat(?:as|u)|piln(?:as|u) etat(?:as|u)|taistooa(?:eg|jaga)|taiskoormus(?:ega)?|sepenuh masa)\b|\bvollzeit|正社員(?!への登用|登用|化|転換)|常勤|フルタイム|全职|全職|정규직(?!\s?전환)/u,
      'пълно работно време|пълен работен ден|фул тайм|फुल टाइम|फुल-टाइम|पूर्णकालिक|полная занятость|полный (?:рабочий )?день|повна зайнятість|повний (?:робочий )?день|πληρης απασχοληση|πληρους απασχολησης',
    ),
    ['FULL_TIME'],
  ],
  [
    withCyrillicOrGreek(
      /\b(?:part ?time|parttime|teilzeit|temps partiel|media jornada|tiempo parcial|jornada parcial|tempo parziale|meio periodo|meio expediente|tempo parcial|horario parcial|periodo parcial|orario ridotto|jornada reducida|ban thoi gian|deltid|yari zamanli|yari gun|paruh waktu|zkraceny (?:pracovni )?uvazek|kratky uvazok|deeltijds?e?|(?:niepelny|pol) etat(?:u)?|czesc etatu|minijob|mini job|geringfugig|werkstudent(?:in)?|working student|part_time|reszmunkaidos?|reszmunkaidoben|(?:cu )?norma partiala|(?:cu )?jumatate de norma|castecny (?:pracovni )?uvazek|dohod[ay] o (?:provedeni|vykonani) prace|dohod[ay] o pracovn(?:i|ej) cinnosti|dpp|dpc|ciastocny (?:pracovny )?uvazok|osa aikai(?:nen|sena|sta)|osa aikatyo|deltids(?:stilling|tjanst|anstallning|job)|nepuno radno vr(?:ij|j)?eme|skraceno radno vri?jeme|krajsi delovni cas|(?:ne)?polovic(?:ni|en) delovni cas|puse etato|dalin(?:is|iu) etat(?:as|u)|osaline tooaeg|osalise tooajaga|separuh masa|sambilan)\b|\bteilzeit|アルバイト|パート|非常勤|兼职|兼職|部分工時|파트타임|아르바이트/u,
      'непълно работно време|непълен работен ден|पार्ट टाइम|पार्ट-टाइम|अंशकालिक|частичная занятость|неполная занятость|неполный (?:рабочий )?день|часткова зайнятість|неповна зайнятість|неповний (?:робочий )?день|μερικη απασχοληση|μερικης απασχολησης',
    ),
    ['PART_TIME'],
  ],
  [
    // Dutch and Romanian "contract" is an employment contract ("vast contract", "contract van onbepaalde duur",
    // "contract de muncă", "contract pe perioadă determinată").
    withCyrillicOrGreek(
      /(?<!(?:permanent|fixed term|employment|temporary|full time|part time|indefinite|open ended|type of|unbefristeter|befristeter|vast|vaste|tijdelijk|tijdelijke|jaar|jarig|tip) )\bcontract(?:or)?\b(?! (?:type|van|voor (?:on)?bepaalde|(?:on)?bepaalde|pe perioada|(?:individual )?de munca))|\b(?:partita iva|pessoa juridica|pj|umowa (?:zlecenie|o dzielo)|zzp(?:er)?)\b|\b(?:contracting|freelance(?:r)?|freelancing|freiberuflich|freie mitarbeit|independent contractor|self employed|b2b|consultant contract|1099|c2c|corp to corp|vallalkozoi (?:szerzodes|jogviszony)|megbizasi szerzodes|zivnostensky list|zivnost|na ico|pfa|cong tac vien|autonomo|autonome|auto entrepreneur|prestataire|contratista|contractor_?)\b|業務委託|フリーランス|个体|프리랜서/u,
      'договор гпх|гпх|фриланс|фріланс|самозанятый|самозанятость|фоп|συμβαση εργου|ελευθερος επαγγελματιας',
    ),
    ['CONTRACTOR'],
  ],
  [
    withCyrillicOrGreek(
      /\b(?:temporary|temp|fixed term|befristet|befristung|cdd|interim|interimaire|seasonal|saisonal|saisonkraft|temporal|temporaneo|tempo determinato|thoi vu|tijdelijke?|(?:half)?jaar ?contract|uitzend(?:baan|werk|kracht|basis|bureau)?|via (?:een )?uitzendbureau|visstidsanstallning|vikariat|tidsbegraenset|midlertidig|sozlesmeli|gecici|karyawan kontrak|pkwt|dob[au] urcit(?:a|ou)|brigada|(?<!on)bepaalde (?:duur|tijd)|uitzendbaan|duree determinee|(?:na )?czas okreslony|umowa na zastepstwo|contrato (?:temporal|por obra)|prazo determinado|zeitarbeit|arbeitnehmeruberlassung|leiharbeit|aushilfe|hatarozott ideju|(?:pe )?perioada determinata|contract pe perioada determinata|maaraaikainen|visstid|tidsbegraenset|(?:na )?odredeno vr(?:ij|j)?eme|za dolocen cas|dolocen cas|terminuota (?:darbo )?sutartis|tahtajaline|contracte temporal|kontrak sementara)\b|契約社員|派遣社員|派遣|期間従業員|約聘|約僱|임시직|계약직/u,
      'временна работа|срочен (?:трудов )?договор|अस्थायी|временная работа|срочный (?:трудовой )?договор|тимчасова робота|строковий (?:трудовий )?договір|ορισμενου χρονου',
    ),
    ['TEMPORARY'],
  ],
  [
    withCyrillicOrGreek(
      /\b(?:intern|interns|internship|praktikum|praktikant(?:in)?|pflichtpraktikum|(?<!(?:early|late|growth|seed|final|next|back) )stage(?! (?:manager|hand|designer|technician|crew|director))|stagiaire|stagiair|afstudeer(?:stage|opdracht)|meewerkstage|leerwerk(?:plek|baan|traject)|alternance|alternant|apprenti|apprentissage|apprentice(?:ship)?|ausbildung|azubi|duales studium|werkstudent(?:in)?|working student|pasantia|practicas|becario|tirocinio|stagista|estagio|thuc tap|thuc tap sinh|stajyer|staj|magang|praktikan|staz(?! pracy)|praktyki|gyakornok(?:i|sag)?|stagiu|stagiar|harjoittelu|harjoittelija|praktik|praktikplads|praktikplats|strucna praksa|pripravni(?:k|ca|stvo)|studentska praksa|praktika|latihan industri|pelatih industri)\b|インターン|インターンシップ|实习|實習|인턴/u,
      'стажант|стаж за студенти|इंटर्नशिप|стажировка|стажер|стажёр|стажування|стажист|практикант|πρακτικη ασκηση',
    ),
    ['INTERN'],
  ],
  [
    /\b(?:volunteer(?:ing)?|vrijwillig(?:er|ers|erswerk)?|ehrenamt(?:lich)?|benevolat|benevole|voluntariado|voluntario|volontariato|tinh nguyen)\b|ボランティア|志愿者|자원봉사/u,
    ['VOLUNTEER'],
  ],
  // "as needed" alone is PRN work; "overtime as needed", "travel as needed" are duties of any job
  [
    /\b(?:per diem|perdiem|prn|(?<!(?:overtime|travel|weekends?|evenings?|holidays?|nights?|extra hours|additional hours|hours|shifts?) )as needed|on call basis|per_diem|oproep(?:basis|kracht|contract)|nul[- ]?uren ?contract|0[- ]uren ?contract|auf abruf|arbeit auf abruf)\b/u,
    ['PER_DIEM'],
  ],
];

/**
 * The same job offered under a contractor form OR an employment contract ("B2B lub umowa o pracę", "UoP / B2B",
 * "Contractor or Employee", "freelance ou CDI", "CLT ou PJ", "Festanstellung oder freiberuflich", "contract or
 * permanent"): the employment contract is the second type (FULL_TIME unless a schedule says otherwise). Read on
 * the text as written, since folding drops the "/" that joins the two; only an "or" joins them, so "contract
 * employee" (one temporary worker), "contract-to-hire" and "W2 or C2C" (agency payroll forms) are no such choice.
 */
const CONTRACT_FORM = String.raw`b2b|contract(?:or)?s?|freelance(?:r)?|freelancing|freiberuflich|umow[ay][- ]zlecenie|umow[ay] o dzie[lł]o|pj|1099|c2c|[zž]ivnost|i[cč]o|pfa|aut[oó]nomo|auto-?entrepreneur|portage(?: salarial)?|zzp(?:er)?|independent contractor|self-employed|contratista|prestataire`;
const EMPLOYEE_FORM = String.raw`umow[ay] o prac[eę]|uop|employee|employment(?: contract)?|permanent|perm|cdi|salari[ée]|festanstellung|festangestellt|anstellung|angestellt\p{L}*|hpp|tpp|pracovn[ií] pom[eě]r|pracovn[ýy] pomer|clt|vast dienstverband|loondienst|contract(?: individual)? de munc[aă]|munkaviszony|etat|na etacie`;
const OR = String.raw`\s*(?:[/|]|\b(?:or|lub|albo|czy|ou|oder|bzw\.?|o|of|nebo|alebo|vagy|sau|vs\.?|versus)\b)\s*`;
export const EMPLOYEE_ALTERNATIVE = new RegExp(
  String.raw`(?<![\p{L}\d])(?:(?:${CONTRACT_FORM})${OR}(?:${EMPLOYEE_FORM})|(?:${EMPLOYEE_FORM})${OR}(?:${CONTRACT_FORM}))(?![\p{L}\d])`,
  'iu',
);

/** Permanent employment without a schedule: full-time unless a part-time word is there too. */
export const PERMANENT = withCyrillicOrGreek(
  /\b(?:permanent|festanstellung|unbefristet|cdi|indefinido|contrato indefinido|tempo indeterminato|regular employee|official (?:full time )?employee|chinh thuc|nhan vien chinh thuc|festangestellt|vast contract|vaste (?:aanstelling|baan|job|dienst)|vast dienstverband|vast|in vaste dienst|onbepaalde (?:duur|tijd)|duree indeterminee|(?:na )?czas nieokreslony|umowa o prace|tiempo indefinido|prazo indeterminado|efetivo|clt|tillsvidareanstallning|tillsvidare|fast anstallning|fastanstallning|fastansaettelse|fast stilling|fast ansettelse|kadrolu|karyawan tetap|pkwtt|dob[au] neurcit(?:a|ou)|hpp|tpp|trvaly pracovny pomer|hatarozatlan ideju|(?:pe )?perioada nedeterminata|vakituinen|toistaiseksi voimassa oleva|fastansat|fastanstat|(?:na )?neodredeno vr(?:ij|j)?eme|za nedolocen cas|nedolocen cas|neterminuota (?:darbo )?sutartis|neterminuot(?:a|u)|tahtajatu(?: tooleping)?|contracte indefinit|indefinit|jawatan tetap|pekerja tetap)\b|正社員(?!への登用|登用|化|転換)|正職員/u,
  'безсрочен (?:трудов )?договор|постоянна работа|स्थायी|бессрочный (?:трудовой )?договор|постоянная работа|безстроковий (?:трудовий )?договір|постійна робота|αοριστου χρονου',
);

/**
 * Arabic, as Gulf and Levant postings write the contract ("دوام كامل", "بدوام جزئي", "عقد مؤقت"), as whole words
 * (letter look-arounds). A preposition or conjunction joins the word it precedes ("بدوام", "وبدوام"), so those
 * are listed. Folded as fold.ts folds each letter (the hamza of "مؤقت", "جزئي", "دائم" is a mark it drops).
 * Kept out of RULES: a text without an Arabic letter (ARABIC_LETTER, one plain scan) never reads them.
 */
const arabic = (words: string): RegExp =>
  new RegExp(`(?<!\\p{L})(?:${words.normalize('NFKD').replace(/\p{M}+/gu, '')})(?!\\p{L})`, 'u');

/**
 * Any letter of the Hebrew or Arabic block: the pre-filter for ARABIC_RULES and ARABIC_PERMANENT, which hold the
 * Hebrew phrases too (right-to-left scripts both, read only where such a letter is).
 */
export const ARABIC_LETTER = /[\u0590-\u06ff]/;

/** Arabic contract phrases, read only in a text with an Arabic letter. */
export const ARABIC_RULES: readonly Rule[] = [
  [arabic('(?:و?ب)?دوام (?:كامل|كلي)|(?:و?ب)?وقت كامل'), ['FULL_TIME']],
  [arabic('(?:و?ب)?دوام جزئي|(?:و?ب)?وقت جزئي'), ['PART_TIME']],
  // Persian, as Iranian boards write the kind of work ('نوع همکاری: تمام وقت', 'پاره وقت', 'دورکاری' is a place)
  [arabic('تمام[ \u200c]?وقت'), ['FULL_TIME']],
  [arabic('پاره[ \u200c]?وقت|نیمه[ \u200c]?وقت'), ['PART_TIME']],
  [arabic('کارآموزی|کارآموز'), ['INTERN']],
  [arabic('قرارداد موقت|پروژه[ \u200c]?ای'), ['TEMPORARY']],
  // Hebrew, as Israeli boards write the scope ("משרה מלאה", "משרה חלקית", "חצי משרה") and the contract
  [arabic('(?:ב|ו)?משרה מלאה'), ['FULL_TIME']],
  [arabic('(?:ב|ו)?משרה חלקית|(?:ב|ו)?חצי משרה'), ['PART_TIME']],
  [arabic('פרילנס|פרילנסר'), ['CONTRACTOR']],
  [arabic('משרה זמנית|חוזה זמני|עבודה זמנית'), ['TEMPORARY']],
  // 'התמחות' / 'מתמחה' are also 'specialisation' / 'specialises in': only the loanword names the internship
  [arabic("סטאז׳|סטאז'"), ['INTERN']],
  [arabic('عمل حر|عقد استشاري'), ['CONTRACTOR']],
  [arabic('عقد مؤقت|وظيفة مؤقتة|عقد محدد المدة'), ['TEMPORARY']],
  [arabic('تدريب تعاوني|تدريب صيفي|متدرب|برنامج تدريبي'), ['INTERN']],
];

/** Arabic permanent employment ("عقد دائم"), as PERMANENT. */
export const ARABIC_PERMANENT = arabic('عقد دائم|وظيفة دائمة');
