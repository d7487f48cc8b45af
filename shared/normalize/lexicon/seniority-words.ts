import type { Seniority } from '../../schema/posting';

/**
 * Seniority markers in titles, in precedence order: when a title carries several, the first rule here
 * wins ("Senior Director" → director, "Marketing Intern" → intern, "Senior Lead Engineer" → lead).
 * Latin-script words are whole words (`\b` is not Unicode-aware, so boundaries are written out).
 *
 * Decisions: Trainee, Graduate, Entry level, Apprentice/Azubi and a leading "Associate" → junior;
 * Werkstudent/working student, co-op, alternance/apprentissage (work-study) → intern; Head of → director ("Head Chef" → lead);
 * Supervisor, Teamleiter, Chef d'équipe, Jefe de equipo, Trưởng nhóm, リーダー → lead; "Product/Project/
 * Account … Manager" and other individual-contributor manager titles are not the manager level; "Staff" is
 * a level only in technical titles ("Staff Engineer", not "Staff Nurse"); 主任 → senior; 部長 → director.
 * Estonian writes the level onto the job as one word: "vanemarendaja" (senior developer), "nooremanalüütik"
 * (junior analyst), "juhtivinsener" (lead engineer); "vanemapuhkus" (parental leave) is no level.
 */

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const w = (source: string) => new RegExp(`${B}(?:${source})${E}`, 'iu');

/**
 * Arabic title words, whole words with the article "ال" they may carry ("المدير العام"); alef written with or
 * without its hamza ("إدارة", "ادارة"). Appended to the uncased (CJK) rules of the same level.
 */
const ar = (source: string) => `${B}(?:${source})${E}`;
const AL = '(?:ال)?';
/** "مدير …" titles of individual contributors (project, product, account, relationship… manager), as IC_MANAGER. */
const AR_IC_MANAGER = `${AL}(?:مشروع|مشاريع|منتج|منتجات|حساب|حسابات|علاقات|برنامج|برامج|محتوى|حملة|حملات|مكتب|فعاليات|مجتمع|حالة|حالات|علامة)`;

/** "… Manager" titles of individual contributors: the word names the job, not a management level. */
const IC_MANAGER =
  'product|project|program|programme|account|key account|customer success|client success|success|community|social media|content|case|relationship|brand|category|release|campaign|partner|partnership|partnerships|channel|territory|property|office|event|events|e-?commerce|seo|ppc|crm|data protection|technical account|implementation|onboarding|payroll|scrum|portfolio|marketing automation';

const TECH_ROLE =
  'engineer|engineering|developer|scientist|designer|architect|researcher|sre|software|data|ml|machine learning|security|platform|infrastructure|frontend|front-end|backend|back-end|full[- ]?stack|mobile|ios|android|devops|cloud|product designer|analyst|technical';

export const TITLE_RULES: ReadonlyArray<readonly [Seniority, RegExp]> = [
  [
    'intern',
    new RegExp(
      `(?<!\\b(?:of|for|für|de)\\s(?:\\S+\\s){0,2})${B}(?:interns?|internship|co-?op(?: student)?|praktikant(?:in)?|praktikum|werkstudent(?:in)?|working student|studentische (?:hilfskraft|aushilfe)|stagiaire|alternante?|alternance|becari[oa]|prácticas|pasante|practicante|estagiári[oa]|estágio|tirocinante|tirocinio|stagista|stagiair|stażysta|staż|praktykant|praktyki|apprentissage|apprentie?|thực tập sinh|thực tập|stajyer|magang|peserta magang)${E}|インターン|实习|實習|인턴|${ar(`${AL}متدرب(?:ة|ون|ين)?|تدريب (?:تعاوني|صيفي)|${AL}تدريب ${AL}داخلي`)}`,
      'iu',
    ),
  ],
  [
    'executive',
    w(
      'chief (?:\\S+ ){0,3}officer|chief executive|ceo|cto|cfo|coo|cio|cmo|ciso|chro|cdo|vp|svp|evp|vice[- ]president|vizepräsident(?:in)?|vice-président(?:e)?|vicepresidente|president|präsident(?:in)?|présidente?|co-?founder|geschäftsführer(?:in)?|geschäftsführung|vorstand|managing director|directeur général|directrice générale|director general|director ejecutivo|tổng giám đốc|tegevjuht',
    ),
  ],
  [
    'executive',
    new RegExp(
      `社長|代表取締役|取締役|執行役員|首席\\S{0,4}官|总裁|總裁|副总裁|總經理|总经理|대표이사|사장|임원|${ar(`${AL}(?:رئيس|مدير)(?:ة)? ${AL}تنفيذي(?:ة)?|نائب ${AL}رئيس|${AL}رئيس مجلس ${AL}[إا]دارة|${AL}(?:شريك )?${AL}مؤسس`)}`,
      'u',
    ),
  ],
  [
    'director',
    w(
      'head of|head,|director|directora|directeur|directrice|diretora?|direttore|direttrice|dyrektor|direktor(?:in)?|bereichsleiter(?:in)?|bereichsleitung|werksleiter(?:in)?|chief of staff|general manager|country manager|giám đốc|phó giám đốc|leiter(?:in)? (?:der |des )?(?:finanzen|vertrieb|it|marketing|personal|hr|einkauf|produktion|entwicklung|forschung|technik|engineering|recht|controlling|rechnungswesen)|leitung (?:der |des )?(?:finanzen|vertrieb|it|marketing|personal|hr|einkauf|produktion|entwicklung|forschung|technik|engineering|recht|controlling|rechnungswesen)',
    ),
  ],
  [
    'director',
    new RegExp(
      `部長|本部長|总监|總監|部门总监|상무|이사|${ar(`${AL}مدير(?:ة)? ${AL}(?:عام|عامة|[إا]دارة|[إا]قليمي|قطاع)|رئيس ${AL}(?:قسم|[إا]دارة)`)}`,
      'u',
    ),
  ],
  [
    'lead',
    w(
      "team ?leiter(?:in)?|teamleitung|gruppenleiter(?:in)?|gruppenleitung|schichtleiter(?:in)?|schichtleitung|chef d['’]équipe|jefe de equipo|trưởng nhóm",
    ),
  ],
  [
    'manager',
    new RegExp(
      `(?<!${B}(?:${IC_MANAGER})\\s)${B}(?:manager|mgr|managers)${E}|${B}(?:gerente|gérante?|responsable|abteilungsleiter(?:in)?|abteilungsleitung|\\p{L}*(?:leiter|leiterin|leitung)|kierownik|jef[ea] de (?!equipo)\\p{L}+|jef[ea]|quản lý|trưởng phòng|phó phòng|chef de (?:service|département|rayon))${E}`,
      'iu',
    ),
  ],
  [
    'manager',
    new RegExp(
      `マネージャー|マネジャー|課長|经理|經理|매니저|팀장|${ar(`${AL}مدير(?:ة)?(?! ${AR_IC_MANAGER}(?![\\p{L}]))`)}`,
      'u',
    ),
  ],
  ['principal', w('principal|distinguished|technical fellow|プリンシパル')],
  ['staff', new RegExp(`${B}staff${E}(?=.*${B}(?:${TECH_ROLE})${E})`, 'iu')],
  [
    'lead',
    w(
      'lead|leader|tech ?lead|team ?lead|head (?!of)\\p{L}+|supervisor|foreman|forewoman|vorarbeiter(?:in)?|polier|líder|lider|capo ?squadra|teamleider|тимлид|тимлід|ראש צוות|tiiminvetäjä|csoportvezető|ομαδάρχης|juhtiv(?!us)\\p{L}*|tiimijuht|meeskonnajuht|vahetuse ?juht',
    ),
  ],
  ['lead', new RegExp(`リーダー|リード|係長|组长|組長|主管|${ar(`(?:قائد|رئيس) ${AL}فريق|${AL}مشرف(?:ة)?`)}`, 'u')],
  ['mid', w('semi[- ]?senior|ssr|mid[- ]?level|mid|intermediate|medior|pleno|confirmée?|level 2|middle\\+?|мидл')],
  ['mid', /中级|ミドル/u],
  [
    'senior',
    w(
      'senior|sr\\.?|snr|sen\\.|sénior|sênior|experienced|expert|expérimentée?|starszy|cao cấp|level 3|kıdemli|kidemli|старший|старшая|ведущий|ведущая|провідний|провідна|kokenut|seniori|tapasztalt|έμπειρος|έμπειρη|בכיר(?:/ה|ה)?|višj[ia]|viš[ia]|starij[ia]|старши|старша|vyresn(?:ysis|ioji)|sènior|kanan|वरिष्ठ|सीनियर|vanem(?!a(?:puhkus|hüvitis|tasu)|lik)(?:\\p{L}{3,})?',
    ),
  ],
  // Persian "ارشد" (senior: "کارشناس ارشد فروش"), "جونیور"/"تازه‌کار" (junior) share the Arabic-script rules.
  // Arabic "كبير" (senior: "كبير المهندسين", "محاسب كبير"), "أول" after the job ("محاسب أول"), "خبير" (expert)
  [
    'senior',
    new RegExp(
      `シニア|高级|資深|资深|시니어|主任|ベテラン|${ar(`${AL}كبير(?:ة)?|[أا]ول|${AL}خبير(?:ة)?|ارشد|سینیور`)}`,
      'u',
    ),
  ],
  [
    'junior',
    w(
      'junior|jr\\.?|jnr|júnior|graduate|grad|new grad|entry[- ]level|early career|trainee|apprentice|apprenticeship|azubi|auszubildende[rn]?|ausbildung|débutante?|młodszy|fresher|yeni mezun|младший|младшая|молодший|молодша|pályakezdő|nuorempi|mlajš[ia]|mlađ[ia]|младши|младша|jaunesn(?:ysis|ioji)|noorem(?:\\p{L}{3,})?|कनिष्ठ|जूनियर',
    ),
  ],
  [
    'junior',
    new RegExp(
      `ジュニア|初级|初級|新卒|未経験|신입|주니어|${ar(`${AL}مبتدئ(?:ة)?|حديثي? ${AL}تخرج|${AL}خريج(?:ة|ين)?|جونیور|تازه[ \u200c]?کار`)}`,
      'u',
    ),
  ],
  // Level numerals come last: "Senior Software Engineer II" is senior.
  ['mid', /(?<![\p{L}\p{N}])II(?![\p{L}\p{N}])/u],
  ['senior', /(?<![\p{L}\p{N}])(?:III|IV)(?![\p{L}\p{N}])/u],
  ['junior', /(?<![\p{L}\p{N}/])I\s*$/u],
];

/** A leading "Associate" ("Associate Product Manager", not "Sales Associate"). */
export const LEADING_ASSOCIATE = /^\s*associate\s+\p{L}/iu;

/** Exceptions to the rules above: "Lead Generation" is marketing, "I" inside "I/O" is not a level. */
export const NOT_A_LEVEL =
  /(?<![\p{L}\p{N}])(?:lead(?:s)?[- ](?:gen|generation|qualification)|I\/O|staff(?:ing)? (?:agency|nurse|accountant)|mid[- ](?:market|size|sized|west|western|atlantic)|middle[- ](?:school|east|eastern|office|market|management|manager|years)|projekt(?:leiter(?:in)?|leitung)|data entry|(?:jr|sr|req)[-_]?\d+)(?![\p{L}\p{N}])/giu;

/** Seniority values as sources give them (LinkedIn, SmartRecruiters, Personio, Workday), folded to lower-case words. */
export const SOURCE_VALUES: Record<string, Seniority | 'band'> = {
  internship: 'intern',
  intern: 'intern',
  student: 'intern',
  'working student': 'intern',
  trainee: 'junior',
  'entry level': 'junior',
  entry: 'junior',
  'entry-level': 'junior',
  junior: 'junior',
  graduate: 'junior',
  'new grad': 'junior',
  associate: 'junior',
  'mid senior level': 'band',
  'mid-senior level': 'band',
  'mid senior': 'band',
  experienced: 'band',
  professional: 'band',
  'mid level': 'mid',
  mid: 'mid',
  intermediate: 'mid',
  senior: 'senior',
  'senior level': 'senior',
  expert: 'senior',
  staff: 'staff',
  principal: 'principal',
  lead: 'lead',
  'team lead': 'lead',
  manager: 'manager',
  management: 'manager',
  director: 'director',
  executive: 'executive',
  'c level': 'executive',
  vp: 'executive',
};
