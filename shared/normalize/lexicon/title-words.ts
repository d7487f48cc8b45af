/**
 * Words that appear in job titles without being the job: gender markers, requisition codes, salaries,
 * employment types, hiring noise and career-site suffixes, in several languages.
 */

/** One letter or word of a gender marker: "m", "w", "d", "f", "x", "h", "i", "k" (Polish kobieta), "ž"/"ж" (žena, жена), "div", "divers", "nb", "gn", "all genders". */
const GENDER_TOKEN =
  '(?:m|w|d|f|x|h|i|v|k|ž|м|ж|nb|div\\.?|divers|diverse|gn|mwd|all genders?|alle geschlechter|any gender|genderneutral|gender[- ]neutral|tous genres|todos los g[ée]neros|\\*)';

/**
 * A gender marker in brackets: "(m/w/d)", "(f/m/x)", "(H/F)", "(gn)", "(all genders)", "[m|w|d]", "（男女不問）", "(m/ž)",
 * "(м/ж)", and the Lithuanian feminine ending after a masculine noun: "Analitikas (-ė)", "Vadovas (-ė)".
 */
export const GENDER_BRACKETED = new RegExp(
  `\\s*[([（【]\\s*(?:${GENDER_TOKEN}(?:\\s*[/|,*\\-–]\\s*${GENDER_TOKEN})+|gn|all genders?|alle geschlechter|any gender|genderneutral|gender[- ]neutral|tous genres|mwd|男女不問|性別不問|-\\s*(?:ė|a|ienė))\\s*[)\\]）】]`,
  'giu',
);

/** The same without brackets at the end or after a separator: "Développeur H/F", "Entwickler - m/w/d". */
export const GENDER_TRAILING = /(?:\s*[-–|,]\s*|\s+)(?:[mwdfxhik](?:\s*\/\s*[mwdfxhik]){1,3}|男女不問)\s*$/iu;

/** German and French inclusive endings: "Entwickler*in", "Berater:innen", "Kaufmann/-frau", "Ingénieur(e)", "Développeur·se". */
export const GENDER_SUFFIX =
  /(?<=\p{L})(?:[*:_]innen|[*:_/]in|\/-in|\(in\)|\/-?frau|\/-?innen|\/-ė|\((?:e|se|euse|rice|ère|ne)\)|·(?:e|se|euse|rice|ère|ne))(?!\p{L})/gu;

/** Requisition codes, alone or with a label: "REQ-1234", "#4521", "Ref. 123", "ID 5678", "JR-2291", "Job ID: 88". */
export const CODE =
  /^(?:(?:req(?:uisition)?|job|ref(?:erence)?|réf|id|vacancy|position|stellen|kennziffer|referenz|jr|r|jid|no|nr|número|番号)\.?\s*(?:id|no|nr|number|#|code)?\.?\s*[:#-]?\s*)?#?\s*(?=[A-Z0-9_-]*\d{3})[A-Z]{0,5}[-_]?\d{3,}[A-Z]?$/iu;

/** A code inside a longer segment: "Senior Engineer #4521", "Engineer Ref. 123", "JR-2291 Engineer". */
export const CODE_INLINE =
  /(?:(?<![\p{L}\d])(?:req(?:uisition)?|ref(?:erence)?|réf|job[- ]?id|id|kennziffer|referenz)\.?\s*(?:no|nr|#)?\.?\s*[:#-]?\s*(?:[A-Z\d]{1,6}[-_/.]){0,3}[A-Z]{0,4}[-_]?\d{3,}[A-Z]?|#\d{3,}|(?<![\p{L}\d-])(?:REQ|JR|R|JID|VAC)[-_]?\d{3,})(?![\p{L}\d])/giu;

/** Pay in a segment (the caller also requires a digit): currency, "k" amounts, "/hour", "per year", "万円", "triệu". */
export const SALARY =
  /(?:[$€£¥₹₩₫]|\b(?:USD|EUR|GBP|JPY|VND|CHF|AUD|CAD|SGD|INR|HKD|NZD|PLN|SEK|NOK|DKK|KES)\b|\d\s*[kK]\b|\d\s*(?:万円|円|万|triệu|tr\b)|\/\s*(?:hr|hour|h|year|yr|month|mo|day|annum)\b|\bper (?:hour|year|annum|month|day)\b|\b(?:brutto|gross|salary|Gehalt|salaire|salario|lương|年収|月給|時給)\b)/iu;

/** Employment-type words; a segment made only of these (and separators) is an employment type. */
export const EMPLOYMENT_WORDS =
  /(?:contratto\s+)?a\s+tempo\s+(?:in)?determinato|tempo\s+(?:in)?determinato|full[- ]?time|part[- ]?time|contract[- ]to[- ]hire|contract(?:or)?|freelancer|freelance|temps\s+plein|temps\s+partiel|temporary|temp|permanent|perm|fixed[- ]term|internship|apprenticeship|seasonal|casual|per diem|locum|Vollzeit|Teilzeit|Voll-|Festanstellung|unbefristet|befristet|Minijob|Praktikum|CDI|CDD|alternance|stage|intérim|jornada completa|jornada parcial|tiempo completo|media jornada|tiempo parcial|medio tiempo|indefinido|temporal|prácticas|tempo integral|meio período|estágio|CLT|PJ|tempo pieno|voltijds|deeltijds|vast contract|tijdelijk contract|pełny etat|umowa o pracę|B2B|正社員|契約社員|派遣社員|派遣|アルバイト|パート|業務委託|toàn thời gian|bán thời gian|full[- ]?time or part[- ]?time|deltid|heltid|fuldtid|vikariat|osa-aikainen|kokoaikainen|määräaikainen|vakituinen|sijaisuus|tam zamanlı|yarı zamanlı|részmunkaidős?|teljes munkaidős?|normă întreagă|jumătate de normă|penuh waktu|paruh waktu|πλήρης απασχόληση|μερική απασχόληση|全职|兼职|全職|兼職|实习|實習|정규직|계약직|인턴/giu;

/** An employment type at the start of a title: "Per Diem Registered Nurse", "Contract Data Engineer". */
export const LEADING_EMPLOYMENT =
  /^(per diem|prn|part[- ]?time|full[- ]?time|temporary|temp|freelance|seasonal|casual|locum|contract(?:or)?)\s+(?=\p{L})/iu;

/** German "in Teilzeit" / "in Vollzeit" at the end of a title. */
export const EMPLOYMENT_IN =
  /\s+(?:in|als)\s+((?:Voll-?\s*(?:und|oder|\/)\s*)?(?:Teilzeit|Vollzeit)(?:\s*(?:und|oder|\/)\s*(?:Teilzeit|Vollzeit))?)\s*$/iu;

/**
 * Hiring noise around titles: "Urgent:", "NEW", "Now hiring", "急募", "未経験歓迎", and the hiring track Korean and
 * Chinese boards tag a title with ("[경력]" experienced hire, "[신입]" new graduate, "[社招]", "【校招】").
 */
export const NOISE =
  /^(?:경력|신입|경력직|신입사원|경력무관|신입\s*[/·]\s*경력|경력\s*[/·]\s*신입|채용|급구|社招|校招|急聘|new|neu|nouveau|nuevo|urgent|urgently hiring|hiring|now hiring|we(?:'|’)re hiring|we are hiring|apply now|immediate start|immediate joiners?|freshers?(?: (?:welcome|can apply|only))?|graduates welcome|no experience (?:needed|required)|walk[- ]in(?: interview)?|hot|top job|job|stellenangebot|quereinsteiger willkommen|offre d['’]emploi|oferta de empleo|tuyển gấp|gấp|tuyển dụng|急募|未経験歓迎|未経験OK|経験者歓迎|高収入|リモート可|中途|新卒|!+)$/iu;

/**
 * Terms of the contract that are not the job: weekly hours ("32-40 uur", "20 Std./Woche"), workload
 * ("80–100 %"), days a week, duration ("6 months", "12 Monate") and IR35 status. A title segment made only
 * of these and employment-type words is an employment-type suffix.
 */
export const EMPLOYMENT_DETAIL =
  /\b\d+(?:[.,]\d+)?(?:\s*[-–]\s*\d+(?:[.,]\d+)?)?\s*(?:%|h\b|hrs?\b|hours?\b|uur\b|std\.?|stunden\b|heures\b|horas\b|ore\b|godz\.?|days?\b|jours\b|tage\b|d[ií]as\b|giorni\b|dagen\b|dni\b|months?\b|mois\b|monate?n?\b|meses\b|mesi\b|maanden\b|miesi[eę]c(?:y|e)?\b|weeks?\b|wochen\b)(?:\s*(?:a|per|pro|par|por|\/|in der|la|alla|in de|w)\s*(?:week|woche|semaine|semana|settimana|tygodniu|month|monat|wk))?|\b(?:outside|inside) ir35\b|\bir35\b|\b(?:with )?(?:possible |likely )?extension\b/giu;

/** A career-site suffix: "Acme Careers", "Jobs at Acme", "Karriere bei Acme", "Acme 採用". */
export const CAREER_SITE =
  /(?:\b(?:careers?|jobs|job board|karriere|stellenangebote|(?<!(?:de|du|en|responsable|assistante?|charg[ée]e?|consultante?|gestionnaire|sp[ée]cialiste|chef de projet)\s)recrutement|carri[eè]res?|empleo|empleos|trabaja con nosotros|[uú]nete a nosotros|work with us|join us|join our team|lavora con noi|carriere|carreiras|trabalhe conosco|vagas|vacatures|werken bij|kariera|praca w|tuyển dụng)\b|採用|求人)/iu;

/** Nouns that end a job title; "… Engineer at Acme" drops "at Acme" when the part before ends in one. */
export const ROLE_NOUN =
  /\b(?:engineer|developer|designer|manager|analyst|scientist|architect|consultant|specialist|lead|director|officer|assistant|associate|representative|executive|coordinator|administrator|technician|intern|accountant|writer|editor|teacher|recruiter|nurse|driver|agent|advisor|adviser|operator|owner|partner|head|strategist|researcher|programmer|tester|marketer|planner|buyer|clerk|cashier|chef|cook|barista|trainer|mechanic|electrician|supervisor|worker|staff|expert|president|vp|cto|ceo|cfo)s?$/iu;
