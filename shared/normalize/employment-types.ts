import { EmploymentType } from '../schema/posting';
import { fold } from './geo/fold';
import { EMPLOYMENT_VALUE_SPELLINGS } from './lexicon/employment-values';

export interface EmploymentTypeInput {
  /** values the source gave ("Full Time", "FullTime", "permanent", "Vollzeit", "正社員", "FULL_TIME") */
  values: string[];
  title: string;
  /** header texts that may mention the type */
  texts: string[];
  bodyText: string;
}

/**
 * Owner: employment types. schema.org values (https://schema.org/employmentType), in a stable order,
 * no duplicates; [] when nothing says. The source's values win over the title, which wins over header
 * texts, which win over the body; the body counts only in an explicit statement ("Job type: …",
 * "This is a part-time role"), never in passing ("work with our full-time designers").
 *
 * Decisions: "Werkstudent" is PART_TIME + INTERN (a student working part-time alongside studies);
 * "契約社員" (fixed-term contract employee) is TEMPORARY, and "Contract"/"Freelance" is CONTRACTOR;
 * "permanent"/"Festanstellung"/"CDI"/"正社員" mean FULL_TIME unless a schedule says part-time;
 * "CDD"/"Befristet" are TEMPORARY; "Minijob" is PART_TIME; "Alternance"/"Ausbildung" are INTERN.
 * Dutch: "tijdelijk" and agency work ("uitzend…") are TEMPORARY, "vast" is permanent (so FULL_TIME unless part-time),
 * on-call work ("oproepbasis", "nulurencontract", "Arbeit auf Abruf") is PER_DIEM, "(afstudeer)stage" is INTERN;
 * "tijdelijk met uitzicht op vast" is TEMPORARY (the contract now, not the prospect). Weekly hours set the schedule
 * (see FULL_TIME_HOURS).
 */
export function normalizeEmploymentTypes(input: EmploymentTypeInput): EmploymentType[] {
  const fromValues = typesIn(input.values.join('\n'), true);
  if (fromValues.length > 0) return fromValues;
  const fromTitle = typesIn(input.title);
  if (fromTitle.length > 0) return fromTitle;
  const fromTexts = typesIn(input.texts.join('\n'));
  if (fromTexts.length > 0) return fromTexts;
  return typesIn(statements(input.bodyText).join('\n'), true);
}

/**
 * A schedule given as the value of a schedule label, without the label: "Jornada: Completa" gives
 * "Completa", "Período: integral", "Orario: pieno", "Temps de travail : partiel". Read only in values
 * (a source's field, a statement's value after its label), where such a word can mean nothing else.
 */
const SCHEDULE_VALUES: readonly Rule[] = [
  [
    /^\s*(?:(?:a |de |em |en )?(?:tiempo|tempo|temps|periodo|jornada|horario|orario) )?(?:completa|completo|complet|integral|inteira|inteiro|pieno|plein|entera)\b/mu,
    ['FULL_TIME'],
  ],
  [
    /^\s*(?:(?:a |de |em |en )?(?:tiempo|tempo|temps|periodo|jornada|horario|orario) )?(?:parcial|parziale|partiel|reducida|reduzida|ridotto|meia|media|medio|mezza)\b/mu,
    ['PART_TIME'],
  ],
];

/** schema.org order (the contract's enum), used for a stable output. */
const ORDER: readonly EmploymentType[] = EmploymentType.options;

type Rule = readonly [RegExp, readonly EmploymentType[]];

/** Phrases matched on folded text (lower case, no diacritics: "toan thoi gian", "vollzeit"). */
const RULES: readonly Rule[] = [
  [
    /\b(?:full ?time|fulltime|full time employee|vollzeit|temps (?:plein|complet)|tiempo completo|jornada completa|tempo (?:pieno|integral)|toan thoi gian|pelno etatowa|(?:na )?(?:pelny|pelen|caly) etat|plny uvazek|heltid|voltijds?e?|full_time|tempo integral|tempo inteiro|horario completo|jornada integral|periodo integral|horario integral|orario pieno|kokoaikainen|tam zamanli|tam gun|penuh waktu|full waktu|plny pracovni uvazek|plny uvazok)\b|\bvollzeit|正社員|常勤|フルタイム|全职|全職|정규직/u,
    ['FULL_TIME'],
  ],
  [
    /\b(?:part ?time|parttime|teilzeit|temps partiel|media jornada|tiempo parcial|jornada parcial|tempo parziale|meio periodo|meio expediente|tempo parcial|horario parcial|periodo parcial|orario ridotto|jornada reducida|ban thoi gian|deltid|yari zamanli|yari gun|paruh waktu|zkraceny (?:pracovni )?uvazek|kratky uvazok|deeltijds?e?|(?:niepelny|pol) etat(?:u)?|czesc etatu|minijob|mini job|geringfugig|werkstudent(?:in)?|working student|part_time)\b|\bteilzeit|アルバイト|パート|非常勤|兼职|兼職|部分工時|파트타임|아르바이트/u,
    ['PART_TIME'],
  ],
  [
    // Dutch "contract" is an employment contract ("vast contract", "contract van onbepaalde duur").
    /(?<!(?:permanent|fixed term|employment|temporary|full time|part time|indefinite|open ended|type of|unbefristeter|befristeter|vast|vaste|tijdelijk|tijdelijke|jaar|jarig) )\bcontract(?:or)?\b(?! (?:type|van|voor (?:on)?bepaalde|(?:on)?bepaalde))|\b(?:partita iva|pessoa juridica|pj|umowa (?:zlecenie|o dzielo)|zzp(?:er)?)\b|\b(?:contracting|freelance(?:r)?|freelancing|freiberuflich|freie mitarbeit|independent contractor|self employed|b2b|consultant contract|1099|c2c|corp to corp|cong tac vien|autonomo|autonome|auto entrepreneur|prestataire|contratista|contractor_?)\b|業務委託|フリーランス|个体|프리랜서/u,
    ['CONTRACTOR'],
  ],
  [
    /\b(?:temporary|temp|fixed term|befristet|befristung|cdd|interim|interimaire|seasonal|saisonal|saisonkraft|temporal|temporaneo|tempo determinato|thoi vu|tijdelijke?|uitzend(?:baan|werk|kracht|basis|bureau)?|via (?:een )?uitzendbureau|visstidsanstallning|vikariat|tidsbegraenset|midlertidig|sozlesmeli|gecici|karyawan kontrak|pkwt|dob[au] urcit(?:a|ou)|brigada|(?<!on)bepaalde (?:duur|tijd)|uitzendbaan|duree determinee|(?:na )?czas okreslony|umowa na zastepstwo|contrato (?:temporal|por obra)|prazo determinado|zeitarbeit|arbeitnehmeruberlassung|leiharbeit|aushilfe)\b|契約社員|派遣社員|派遣|期間従業員|約聘|約僱|임시직|계약직/u,
    ['TEMPORARY'],
  ],
  [
    /\b(?:intern|interns|internship|praktikum|praktikant(?:in)?|pflichtpraktikum|(?<!(?:early|late|growth|seed|final|next|back) )stage(?! (?:manager|hand|designer|technician|crew|director))|stagiaire|stagiair|afstudeer(?:stage|opdracht)|meewerkstage|leerwerk(?:plek|baan|traject)|alternance|alternant|apprenti|apprentissage|apprentice(?:ship)?|ausbildung|azubi|duales studium|werkstudent(?:in)?|working student|pasantia|practicas|becario|tirocinio|stagista|estagio|thuc tap|thuc tap sinh|stajyer|staj|magang|praktikan)\b|インターン|インターンシップ|实习|實習|인턴/u,
    ['INTERN'],
  ],
  [
    /\b(?:volunteer(?:ing)?|vrijwillig(?:er|ers|erswerk)?|ehrenamt(?:lich)?|benevolat|benevole|voluntariado|voluntario|volontariato|tinh nguyen)\b|ボランティア|志愿者|자원봉사/u,
    ['VOLUNTEER'],
  ],
  [
    /\b(?:per diem|perdiem|prn|as needed|on call basis|per_diem|oproep(?:basis|kracht|contract)|nul[- ]?uren ?contract|0[- ]uren ?contract|auf abruf|arbeit auf abruf)\b/u,
    ['PER_DIEM'],
  ],
];

/** Permanent employment without a schedule: full-time unless a part-time word is there too. */
const PERMANENT =
  /\b(?:permanent|festanstellung|unbefristet|cdi|indefinido|contrato indefinido|tempo indeterminato|regular employee|official (?:full time )?employee|chinh thuc|nhan vien chinh thuc|festangestellt|vast contract|vaste (?:aanstelling|baan|job|dienst)|vast dienstverband|vast|in vaste dienst|onbepaalde (?:duur|tijd)|duree indeterminee|(?:na )?czas nieokreslony|umowa o prace|tiempo indefinido|prazo indeterminado|efetivo|clt|tillsvidareanstallning|tillsvidare|fast anstallning|fastanstallning|fastansaettelse|fast stilling|fast ansettelse|kadrolu|karyawan tetap|pkwtt|dob[au] neurcit(?:a|ou)|hpp)\b|正社員|正職員/u;

/** Types named in a text, in schema.org order; `values`: the text is field values (see SCHEDULE_VALUES). */
export function typesIn(text: string, values = false): EmploymentType[] {
  if (!text.trim()) return [];
  const folded = foldKeepingCjk(text.length > 20_000 ? text.slice(0, 20_000) : text);
  // A text without a digit states no hours and no workload: what it names follows from its folded form
  // alone, and a common value's folded form is looked up instead of read by every rule in turn.
  const known = DIGIT.test(text) ? undefined : knownValues()[values ? 'values' : 'texts'].get(folded);
  return known ? [...known] : typesInFolded(folded, text, values);
}

/** `typesIn` without the table of known values: every rule read (the table is built from this). */
export function readTypes(text: string, values = false): EmploymentType[] {
  if (!text.trim()) return [];
  return typesInFolded(foldKeepingCjk(text.length > 20_000 ? text.slice(0, 20_000) : text), text, values);
}

/** The digits workload and weekly hours are written with (their patterns' `\d`). */
const DIGIT = /\d/;

interface KnownValues {
  values: ReadonlyMap<string, readonly EmploymentType[]>;
  texts: ReadonlyMap<string, readonly EmploymentType[]>;
}

let known: KnownValues | undefined;

/** The folded form of each common spelling (lexicon/employment-values.ts) and what the rules read in it. */
function knownValues(): KnownValues {
  if (known) return known;
  const values = new Map<string, readonly EmploymentType[]>();
  const texts = new Map<string, readonly EmploymentType[]>();
  for (const spelling of EMPLOYMENT_VALUE_SPELLINGS) {
    // a spelling with a digit could state hours or a workload, which the table does not read
    if (DIGIT.test(spelling)) continue;
    const folded = foldKeepingCjk(spelling);
    values.set(folded, typesInFolded(folded, spelling, true));
    texts.set(folded, typesInFolded(folded, spelling, false));
  }
  return (known = { values, texts });
}

/** The rules, read in a folded text; `text` as written, for workload and weekly hours. */
function typesInFolded(folded: string, text: string, values: boolean): EmploymentType[] {
  const found = new Set<EmploymentType>();
  for (const [pattern, types] of values ? [...RULES, ...SCHEDULE_VALUES] : RULES)
    if (pattern.test(folded)) for (const t of types) found.add(t);
  if (found.has('PART_TIME') && /\bwerkstudent|working student/u.test(folded)) found.add('INTERN');
  for (const t of workloadTypes(text)) found.add(t);
  for (const t of weeklyHoursTypes(text)) found.add(t);
  if (found.size === 0 && PERMANENT.test(folded)) found.add('FULL_TIME');
  if (found.size === 0 && /\bother\b/u.test(folded) && folded.trim().length <= 10) found.add('OTHER');
  return ORDER.filter((t) => found.has(t));
}

/** A Swiss/German workload ("Pensum 100%", "80–100 %", "taux d'activité 60%"): 100 is full-time, less is part-time. */
const WORKLOAD =
  /(?:pensum|workload|taux d['’]activité|taux d['’]occupation|beschäftigungsgrad|arbeitspensum)\s*[:：]?\s*(\d{2,3})\s*%?\s*(?:[-–]|bis|à|to)?\s*(\d{2,3})?\s*%/iu;

/** A value that is only a workload, as titles and header fields give it: "80-100%", "(60 %)". */
const BARE_WORKLOAD = /^\s*\(?\s*(\d{2,3})\s*%?\s*(?:[-–]|bis|à|to)?\s*(\d{2,3})?\s*%\s*\)?\s*$/mu;

function workloadTypes(text: string): EmploymentType[] {
  const head = text.length > 20_000 ? text.slice(0, 20_000) : text;
  const m = WORKLOAD.exec(head) ?? BARE_WORKLOAD.exec(head);
  if (!m) return [];
  const low = Number(m[1]);
  const high = m[2] ? Number(m[2]) : low;
  if (high > 100 || low > high) return [];
  return [...(high === 100 ? (['FULL_TIME'] as const) : []), ...(low < 100 ? (['PART_TIME'] as const) : [])];
}

/**
 * Weekly hours decide the schedule the way the title cleaner reads them as contract terms (title-words.ts
 * EMPLOYMENT_DETAIL): "32-40 uur", "38,5 Std./Woche", "40h/week", "20 heures par semaine". A week of
 * FULL_TIME_HOURS or more is full-time (four eight-hour days: the Dutch and Belgian norm, above the 30 h US
 * ACA line), fewer is part-time, so a range may be both ("24-40 uur"). Hours count only with a weekly unit or
 * as a value of their own ("(32-40 uur)" in a title, "Hours: 20 h"); "€ 16 per uur" and "8 uur per dag" do not.
 */
const FULL_TIME_HOURS = 32;
const HOURS_NUMBER = String.raw`(\d{1,2}(?:[.,]\d{1,2})?)`;
const HOURS_RANGE = String.raw`${HOURS_NUMBER}(?:\s*(?:[-–—]|to|bis|tot|à|a)\s*${HOURS_NUMBER})?`;
const HOURS_UNIT = String.raw`(?:hours?|hrs?|h|uur|uren|u|stunden|std|heures|horas|ore|godz(?:in)?|timmar|timer)(?![\p{L}\d])\.?`;
const PER_WEEK = String.raw`(?:\s*(?:\/|per|pro|par|por|a|la|in de|in der|each|a la|alla)\s*|[\s-]*)(?:week|wk|woche|wo|semaine|sem|semana|settimana|tydzien|tygodniowo|vecka|uke|uge)(?![\p{L}])\.?`;
const WEEKLY_HOURS = new RegExp(
  String.raw`(?<![\d.,])${HOURS_RANGE}[\s-]*(?:${HOURS_UNIT}${PER_WEEK}|(?:wochenstunden|weekly hours|hours weekly|uur per week|heures hebdomadaires|horas semanales|ore settimanali))`,
  'iu',
);
const BARE_HOURS = new RegExp(String.raw`^\s*\(?\s*${HOURS_RANGE}\s*${HOURS_UNIT}\s*\)?\s*$`, 'imu');
/** A bare value under a dozen hours is a day's, not a week's ("8 uur"). */
const MIN_BARE_WEEKLY_HOURS = 12;
const MAX_WEEKLY_HOURS = 80;
const HOURS_HINT = /\d[\s-]*[a-zA-Z]/;

function weeklyHoursTypes(text: string): EmploymentType[] {
  const head = text.length > 20_000 ? text.slice(0, 20_000) : text;
  // most values, titles and statements name no hours: skip the patterns unless a digit is followed by a letter
  if (!HOURS_HINT.test(head)) return [];
  const weekly = WEEKLY_HOURS.exec(head);
  const m = weekly ?? BARE_HOURS.exec(head);
  if (!m) return [];
  const low = Number(m[1]?.replace(',', '.'));
  const high = m[2] ? Number(m[2].replace(',', '.')) : low;
  if (!(low <= high) || high > MAX_WEEKLY_HOURS || (!weekly && low < MIN_BARE_WEEKLY_HOURS)) return [];
  return [
    ...(high >= FULL_TIME_HOURS ? (['FULL_TIME'] as const) : []),
    ...(low < FULL_TIME_HOURS ? (['PART_TIME'] as const) : []),
  ];
}

/** NFKC changes nothing in ASCII text: skip it there. */
const NON_ASCII = /[^\u0000-\u007f]/;

/**
 * Folds Latin text (so "Toàn thời gian" matches "toan thoi gian") but keeps CJK as written. "_" needs no
 * replacing first: folding makes it a space anyway, and it is no letter a camel-case split could join.
 */
function foldKeepingCjk(text: string): string {
  return (NON_ASCII.test(text) ? text.normalize('NFKC') : text)
    .split('\n')
    .map((line) => fold(line.replace(/([a-z])([A-Z])/g, '$1 $2')) + ' ' + cjkOnly(line))
    .join('\n');
}

/** Every unit of the scripts cjkOnly keeps is at or above Hangul Jamo (U+1100): below it, a line has none. */
const MAY_HOLD_CJK = /[\u1100-\uffff]/;

function cjkOnly(line: string): string {
  // a line without such a unit is one run of other characters: one space (none for an empty line)
  if (!MAY_HOLD_CJK.test(line)) return line ? ' ' : '';
  return line.replace(/[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}ー]+/gu, ' ');
}

/**
 * Lines of the body that state the type: "Job type: Full-time", "This is a part-time role", "雇用形態：正社員".
 * The sentence alternatives open with `(?<!\w)`, not `\b`: the same before a letter, and a leading `\b` kept
 * the engine from skipping ahead, about 6 times slower over a body (test/unit/normalize/word-start-lookbehinds.test.ts).
 */
export const STATEMENT =
  /(?:^|\n)\s*(?:job|employment|contract|position|work|role)\s*type\s*[:：-][^\n]{1,80}|(?:^|\n)\s*(?:type of (?:employment|contract)|employment|contract|vertragsart|anstellungsart|besch[äa]ftigungsart|arbeitszeit|type de contrat|tipo de (?:contrato|jornada|empleo)|jornada(?: laboral| de trabajo)?|temps de travail|(?:regime|horario|periodo) de trabalho|rodzaj umowy|typ umowy|forma zatrudnienia|wymiar (?:czasu )?pracy|(?:soort )?dienstverband|contractvorm|tipologia (?:contrattuale|di contratto|contratto)|tipo (?:di )?contratto|orario(?: di lavoro)?|regime de contratação|tipo de contratação|modalidade de contratação|jornada de trabalho|(?:arbeits)?pensum|taux d['’]activité|hình thức(?: làm việc)?|loại hình(?: công việc)?|雇用形態|雇用区分|勤務形態|契約形態|고용\s?형태|근무\s?형태|工作性质|工作类型|用工性质)\s*[:：][^\n]{1,80}|(?<!\w)(?:this|the) (?:is an? |role is an? |position is an? |job is an? |role is |position is )(?:[\w-]+ ){0,2}(?:full[- ]?time|part[- ]?time|contract(?:or)?|temporary|fixed[- ]term|freelance|internship|intern|volunteer|permanent|per diem)\b[^.\n]{0,40}|(?<!\w)(?:this|the) (?:role|position|job) is (?:a )?(?:full[- ]?time|part[- ]?time|contract|temporary|permanent)\b|(?<!\w)(?:full[- ]?time|part[- ]?time|contract|temporary|fixed[- ]term|permanent|freelance) (?:role|position|contract|job|opportunity|employment)\b(?= (?:based|in|at|with|for|starting|on|of)\b|[.,;!\n]|$)/giu;

function statements(body: string): string[] {
  const text = body.length > 200_000 ? body.slice(0, 200_000) : body;
  STATEMENT.lastIndex = 0;
  // The label is not the value: "Contract: Full-time" is a full-time job, not a contractor's.
  // a match after the first line starts with its line break: the label follows it
  return (text.match(STATEMENT) ?? []).map((line) => line.replace(/^\s*[^:：\n]*[:：]/u, ''));
}
