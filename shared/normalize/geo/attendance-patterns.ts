/**
 * Attendance stated as a number of days, in the languages postings are written in: office days ("3 days in
 * the office", "週1回出社", "1 dzień w tygodniu w biurze") and remote days ("2 jours de télétravail par
 * semaine", "주 2일 재택"). Either, below five a week, makes a place hybrid. Each alternative captures its
 * number in one group; each pattern is one regex, compiled once.
 */

const WEEK = String.raw`(?:(?:a|per|each|every|\/)\s*week|pro\s*woche|\/\s*woche|(?:par|\/)\s*semaine|(?:a\s*la|por|\/)\s*semana|semanal(?:es|mente)?|(?:na|por)\s*semana|semanais|(?:a|alla|per)\s*settimana|(?:per|in\s*de)\s*week|w\s*tygodniu|tygodniowo|v\s*týdnu|týdně|v\s*týždni|týždenne|\/\s*tuần)`;
const MONTH = String.raw`(?:(?:a|per|each|every|\/)\s*month|pro\s*monat|par\s*mois|al\s*mes|por\s*m[eê]s|al\s*mese|per\s*maand|w\s*miesi[aą]cu)`;
const PERIOD = String.raw`(?:\s*(?:${WEEK}|${MONTH}))?\s*`;

const OFFICE_DAYS_SOURCES = [
  // en: "3 days in the office", "2-3 days a week on site", "1 day a month on site", "3x per week in the office"
  // "3 days a week in our Seattle office", "2 days at the client site"
  // "2 days office per week", "2 days on-site", "2 office days"
  String.raw`(\d)\s*(?:-\s*\d\s*)?(?:days?|x|times)${PERIOD}(?:(?:in|at|from|on)\s*(?:(?:the|our)\s+(?:[\p{L}-]+\s+){0,2})?|on-|in-)?(?:office|site|hq|headquarters)`,
  String.raw`(\d)\s*(?:-\s*\d\s*)?(?:in-?\s*)?office\s*days?`,
  // en: "in the office 3 days a week", "from our London office 2 days a week", "into the office 3 days"
  String.raw`(?:in|at|from|into)\s*(?:(?:the|our)\s+(?:[\p{L}-]+\s+){0,2})?office\s*(\d)\s*(?:-\s*\d\s*)?days?`,
  // ja: "週1回出社", "月2回出社"
  String.raw`(?:週|月)\s*(\d)\s*(?:[~〜-]\s*\d\s*)?[回日]\s*(?:程度|以上)?\s*(?:の)?\s*(?:出社|出勤)`,
  // de
  String.raw`(\d)\s*(?:Tage?|Tagen)${PERIOD}(?:(?:(?:im|ins)\s*)?(?:Büro|Office)|(?:im|vor)\s*Ort)`,
  String.raw`(\d)\s*Bürotage?n?`,
  // fr
  String.raw`(\d)\s*jours?${PERIOD}(?:au\s*bureau|sur\s*site|en\s*présentiel|de\s*présentiel|en\s*agence)`,
  // es
  String.raw`(\d)\s*(?:días?|veces)${PERIOD}(?:en\s*(?:la\s*)?oficina|presenciales?|de\s*presencialidad)`,
  // pt: "3x por semana no escritório", "2 dias presenciais"
  String.raw`(\d)\s*(?:x|vezes|dias?)${PERIOD}(?:no\s*escrit[oó]rio|presenciais|presencial|na\s*empresa)`,
  // it
  String.raw`(\d)\s*giorn[oi]${PERIOD}(?:in\s*ufficio|in\s*sede|in\s*presenza)`,
  // nl
  String.raw`(\d)\s*dag(?:en)?${PERIOD}(?:op\s*kantoor|op\s*locatie|op\s*de\s*zaak)`,
  // pl
  String.raw`(\d)\s*(?:dzień|dzien|dni)${PERIOD}(?:w\s*biurze|stacjonarnie|z\s*biura)`,
  // ko: "주 3회 출근", "주 2일 사무실"
  String.raw`(?:주|월)\s*(\d)\s*(?:회|일)\s*(?:출근|사무실)`,
  // zh: "每周到岗3天", "每周3天到岗"
  String.raw`每(?:周|週)\s*(?:到岗|到崗|坐班|到公司)?\s*(\d)\s*天\s*(?:到岗|到崗|坐班|到公司)?`,
  // vi
  String.raw`(\d)\s*ngày${PERIOD}(?:tại|ở)\s*văn\s*phòng`,
];

const REMOTE_DAYS_SOURCES = [
  // en: "2 days remote", "two days a week working from home", "2 WFH days"
  String.raw`(\d)\s*(?:-\s*\d\s*)?days?${PERIOD}(?:of\s*)?(?:remote(?:ly)?|wfh|working\s*from\s*home|from\s*home|home\s*office)`,
  String.raw`(\d)\s*(?:remote|wfh)\s*days?`,
  // de
  String.raw`(\d)\s*(?:Tage?|Tagen)${PERIOD}(?:(?:im|ins|in)\s*)?(?:Home-?\s*Office|Homeoffice|mobiles\s*Arbeiten|mobil|remote)`,
  // fr
  String.raw`(\d)\s*jours?${PERIOD}(?:de\s*)?télétravail`,
  // es / pt
  String.raw`(\d)\s*d[ií]as?${PERIOD}(?:de\s*)?(?:teletrabajo|teletrabalho|home\s*office|remoto|trabajo\s*remoto|trabalho\s*remoto)`,
  // it
  String.raw`(\d)\s*giorn[oi]${PERIOD}(?:di\s*)?(?:smart\s*working|lavoro\s*da\s*remoto|da\s*remoto|telelavoro)`,
  // nl
  String.raw`(\d)\s*dag(?:en)?${PERIOD}thuis(?:werken)?`,
  // pl
  String.raw`(\d)\s*(?:dzień|dzien|dni)${PERIOD}(?:pracy\s*)?zdaln(?:ej|ie|ie)`,
  // cs / sk: "2 dny v týdnu home office", "2 dny práce z domova"
  String.raw`(\d)\s*(?:dny|dní|den|dni)${PERIOD}(?:home\s*office|homeoffice|práce\s*z\s*domova|z\s*domova|na\s*dálku|práce\s*na\s*diaľku)`,
  // ja / ko / zh
  String.raw`週\s*(\d)\s*日?\s*(?:程度)?\s*(?:の)?\s*(?:リモート|在宅)`,
  String.raw`주\s*(\d)\s*(?:회|일)\s*재택`,
  String.raw`每(?:周|週)\s*(\d)\s*天\s*(?:远程|居家|在家|遠端)`,
  // the remote word first, then days a week: "remote work two days a week", "Homeoffice an 2 Tagen pro Woche",
  // "télétravail 2 jours par semaine", "teletrabajo 2 días a la semana", "smart working 2 giorni a settimana"
  // "possible" may stand between ("télétravail possible 2 jours par semaine", "Homeoffice möglich an 2 Tagen pro
  // Woche"), and German writes one day as "an einem Tag pro Woche", English "one day a week"
  String.raw`(?:remote(?:\s*work(?:ing)?)?|wfh|work(?:ing)?\s*from\s*home|home\s*-?\s*office|homeoffice|mobiles\s*arbeiten|télétravail|teletrabajo|teletrabalho|trabajo\s*remoto|trabalho\s*remoto|smart\s*working|telelavoro|lavoro\s*da\s*remoto|thuiswerken|praca\s*zdalna|pracy\s*zdalnej)\s*(?:(?:possible|posible|possibile|possível|möglich|mogelijk|możliwa)\s*)?(?:(?:for|up\s*to|on|an|bis\s*zu|jusqu'à|de|hasta|até|fino\s*a|op|przez)\s*)?(\d|einem|one)\s*(?:-\s*\d\s*)?(?:days?|Tage?n?|jours?|d[ií]as?|giorn[oi]|dag(?:en)?|dni|dzień|dny|dní|den)\s*${WEEK}`,
  // zh: "每週可遠端 2 天", "每周可以远程办公2天"
  String.raw`每(?:周|週)\s*(?:可以?)?\s*(?:远程|遠端|遠距|居家|在家)(?:办公|辦公|工作)?\s*(\d)\s*天`,
];

/**
 * Russian, Ukrainian, Nordic, Finnish, Romanian, Hungarian, Greek, Hebrew, Arabic and Thai: patterns of their own, run
 * only on a body holding one of their office or home words (body-hints.ts), so other bodies pay nothing for them.
 */
const WEEK_MORE = String.raw`(?:в\s*неделю|на\s*неделе|на\s*тиждень|на\s*тижні|(?:om|i)\s*ugen|pr\.?\s*uge|(?:i|per)\s*uk(?:en|a|e)|(?:i|per)\s*veckan?|viikossa|pe\s*s[ăa]pt[ăa]m[âa]n[ăa]|hetente|την\s*εβδομάδα|εβδομαδιαίως|בשבוע|ต่อสัปดาห์|седмично|в\s*седмицата|tjedno|u\s*tjednu|na\s*teden|tedensko|per\s*savaitę|nädalas|أسبوعي[اًّ]+|في\s*الأسبوع)`;
const PERIOD_MORE = String.raw`(?:\s*${WEEK_MORE})?\s*`;

const OFFICE_DAYS_MORE_SOURCES = [
  // ru / uk: "2 дня в офисе", "3 дні на тиждень в офісі"
  String.raw`(\d)\s*(?:дня|дней|день)${PERIOD_MORE}(?:в|из)\s*офисе`,
  String.raw`(\d)\s*(?:дні|днів|день)${PERIOD_MORE}(?:в|з|у)\s*офісі`,
  // da / no / sv: "2 dage på kontoret", "3 dager i uken på kontoret"
  String.raw`(\d)\s*dag(?:e|er|ar)?${PERIOD_MORE}(?:på|fra|i)\s*kontoret`,
  // fi / ro / hu / el / he: "3 päivää toimistolla", "3 zile la birou", "heti 2 nap az irodában", "3 ימים מהמשרד"
  String.raw`(\d)\s*päiv(?:ä|ää|änä)${PERIOD_MORE}toimisto(?:lla|ssa)`,
  String.raw`(\d)\s*zile?${PERIOD_MORE}(?:la|în|de\s*la)\s*birou`,
  String.raw`(\d)\s*nap${PERIOD_MORE}(?:az\s*)?irodá(?:ban|ból)`,
  String.raw`(\d)\s*(?:ημέρες|μέρες)${PERIOD_MORE}(?:στο|από\s*το)\s*γραφείο`,
  String.raw`(\d)\s*ימים${PERIOD_MORE}(?:מה|ב)משרד`,
  // bg / hr / sl / lt / et: "2 дни в офиса", "3 dana u uredu", "2 dni v pisarni", "2 dienos biure", "3 päeva kontoris"
  String.raw`(\d)\s*дни${PERIOD_MORE}в\s*офиса`,
  String.raw`(\d)\s*dana${PERIOD_MORE}u\s*uredu`,
  String.raw`(\d)\s*dn(?:i|eva)${PERIOD_MORE}v\s*pisarni`,
  String.raw`(\d)\s*dien(?:os|ų|as|a)${PERIOD_MORE}biure`,
  String.raw`(\d)\s*päeva${PERIOD_MORE}kontoris`,
  // tr: "haftada 3 gün ofiste", "haftanın 2 günü ofisten", "3 gün ofiste"; id: "WFO 3 hari seminggu", "3 hari di kantor"
  String.raw`(?:haftada|haftanın)\s*(\d)\s*gün(?:ü)?\s*(?:ofiste|ofisten|ofise)`,
  String.raw`(\d)\s*gün\s*(?:ofiste|ofisten)`,
  String.raw`(?:wfo|work\s*from\s*office)\s*(\d)\s*hari`,
  String.raw`(\d)\s*hari\s*(?:wfo|di\s*kantor|ke\s*kantor|kerja\s*dari\s*kantor)`,
  // ar: "3 أيام في المكتب", "يومان من المكتب" is written without a digit and not read
  String.raw`(\d)\s*(?:أيام|ايام|يوم)${PERIOD_MORE}(?:(?:عمل|حضور)\s*)?(?:في|من|ب)\s*(?:ال)?مكتب`,
];

const REMOTE_DAYS_MORE_SOURCES = [
  // ru / uk: "2 дня удалённо", "2 дні з дому"
  String.raw`(\d)\s*(?:дня|дней|день)${PERIOD_MORE}(?:удал[её]нно|из\s*дома|на\s*удал[её]нке)`,
  String.raw`(\d)\s*(?:дні|днів|день)${PERIOD_MORE}(?:віддалено|з\s*дому)`,
  // da / no / sv: "2 dage med hjemmearbejde", "2 dager hjemmekontor"; one day written out ("én dag om ugen")
  String.raw`(\d)\s*dag(?:e|er|ar)?${PERIOD_MORE}(?:med\s*|på\s*)?(?:hjemmearbejde|hjemmefra|hjemmekontor|hemifrån|distans)`,
  String.raw`(?:hjemmearbejde|hjemmefra|hjemmekontor)\s*(?:(\d)\s*dag(?:e|er)?|én\s*dag)\s*(?:om|i|per|pr\.?)\s*(?:ugen|uken|uka|uke|uge)`,
  // fi: "2 päivää etänä", "etätyöhön 3 päivänä viikossa"
  String.raw`(\d)\s*päiv(?:ä|ää|änä)${PERIOD_MORE}(?:etänä|etätyötä|kotoa)`,
  String.raw`(?:etätyö\p{L}*|etätöihin|etänä)\s*(?:on\s*)?(?:mahdollis\p{L}*\s*)?(\d)\s*päivä(?:nä|ä)?\s*viikossa`,
  // ro: "2 zile de acasă", "de acasă o zi pe săptămână"
  String.raw`(\d)\s*zile?${PERIOD_MORE}(?:de\s*acas[ăa]|remote|la\s*distanț[ăa])`,
  String.raw`de\s*acas[ăa]\s*(?:(\d)\s*zile|o\s*zi)\s*pe\s*s[ăa]pt[ăa]m[âa]n[ăa]`,
  // hu / el / he / th: "heti 2 nap home office", "2 ημέρες τηλεργασία", "ו-2 מהבית", "Work from home ได้สัปดาห์ละ 2 วัน"
  String.raw`(\d)\s*nap${PERIOD_MORE}(?:home\s*office|otthonról|távmunká?ban)`,
  String.raw`(\d)\s*(?:ημέρες|μέρες)${PERIOD_MORE}(?:τηλεργασία|από\s*το\s*σπίτι|εξ\s*αποστάσεως)`,
  String.raw`(\d)\s*(?:ימים\s*)?מהבית`,
  String.raw`(?:work\s*from\s*home|wfh|ทำงานที่บ้าน)\s*(?:ได้)?\s*สัปดาห์ละ\s*(\d)\s*วัน`,
  // bg: "работа от вкъщи един ден седмично", "2 дни седмично от вкъщи"
  String.raw`(\d)\s*дни${PERIOD_MORE}(?:работа\s*)?от\s*вкъщи`,
  String.raw`от\s*вкъщи\s*(?:(\d)\s*дни|един\s*ден)\s*(?:седмично|в\s*седмицата)`,
  // hr / sr / sl / lt: "2 dana tjedno rad od kuće", "2 dni od doma", "2 dienos iš namų"
  String.raw`(\d)\s*dana${PERIOD_MORE}(?:rada?\s*)?od\s*kuće`,
  String.raw`(\d)\s*dn(?:i|eva)${PERIOD_MORE}(?:dela\s*)?od\s*doma`,
  String.raw`(\d)\s*dien(?:os|ų|as|a)${PERIOD_MORE}iš\s*namų`,
  // hr / sr, the home word first: "Rad od kuće 2 dana tjedno", "rad od kuće do 2 dana u tjednu"
  String.raw`(?:rada?\s*)?od\s*kuće\s*(?:do\s*)?(\d)\s*dana?\s*(?:tjedno|u\s*tjednu|na\s*tjedan|sedmično|nedeljno)`,
  // sv / da / nb, the remote word first: "Distansarbete 2 dagar i veckan", "hjemmekontor 2 dager i uken"
  String.raw`(?:distansarbete|distans|hemifrån|remote)\s*(?:möjligt\s*)?(\d)\s*dag(?:ar)?\s*(?:i|per|om)\s*veckan`,
  // tr: "haftada 2 gün uzaktan", "haftanın 2 günü evden çalışma", "2 gün uzaktan çalışma"
  String.raw`(?:haftada|haftanın)\s*(\d)\s*gün(?:ü)?\s*(?:uzaktan|evden|remote|home\s*office)`,
  String.raw`(\d)\s*gün\s*(?:uzaktan|evden)`,
  String.raw`(?:uzaktan|evden)(?:\s*çalışma)?\s*(?:haftada|haftanın)\s*(\d)\s*gün`,
  // id: "WFH 2 hari seminggu", "2 hari WFH", "kerja dari rumah 2 hari per minggu"
  String.raw`(?:wfh|work\s*from\s*home|kerja\s*dari\s*rumah|remote)\s*(\d)\s*hari`,
  String.raw`(\d)\s*hari\s*(?:wfh|kerja\s*dari\s*rumah|remote)`,
  // ar: "2 أيام عن بُعد أسبوعياً", "يومين عمل من المنزل"
  String.raw`(\d)\s*(?:أيام|ايام|يوم)${PERIOD_MORE}(?:(?:عمل|العمل)\s*)?(?:عن\s*بُ?عد|من\s*المنزل)`,
  // fa: "دورکاری دو روز در هفته" (a count of one to four, in words or digits, is fewer than five)
  String.raw`دورکاری\s*(?:(\d)|یک|دو|سه|چهار|[۱-۴])\s*روز\s*(?:در|به)\s*هفته`,
];

/**
 * One regex for a list of alternatives; those that start with the number share it, so that the engine
 * rejects a position without a digit at once instead of trying every language there.
 */
function attendancePattern(sources: readonly string[]): RegExp {
  const digit = '(\\d)';
  const led = sources.filter((s) => s.startsWith(digit)).map((s) => s.slice(digit.length));
  const others = sources.filter((s) => !s.startsWith(digit));
  return new RegExp([`(?<!\\d)${digit}(?:${led.join('|')})`, ...others].join('|'), 'giu');
}

/** Office days a week or month: "3 days in the office", "週1回出社". One group holds the number. */
export const OFFICE_DAYS = attendancePattern(OFFICE_DAYS_SOURCES);

/** Remote days a week: "2 jours de télétravail par semaine", "2 Tage Homeoffice". One group holds the number. */
export const REMOTE_DAYS = attendancePattern(REMOTE_DAYS_SOURCES);

/** Office days a week in the languages of OFFICE_DAYS_MORE_SOURCES ("2 дня в офисе", "heti 2 nap az irodában"). */
export const OFFICE_DAYS_MORE = attendancePattern(OFFICE_DAYS_MORE_SOURCES);

/** Remote days a week in those languages ("hjemmearbejde én dag om ugen", "3 ימים מהמשרד ו-2 מהבית"). */
export const REMOTE_DAYS_MORE = attendancePattern(REMOTE_DAYS_MORE_SOURCES);

const PER_MONTH = new RegExp(`${MONTH}|月|월`, 'iu');

/**
 * Office days a week a match states: a monthly figure is at most one day a week ("1 day a month on site"
 * is remote almost always, so hybrid, never on-site).
 */
export function officeDaysOf(match: RegExpExecArray): number {
  const days = Number(match.slice(1).find((g) => g !== undefined) ?? 1);
  return PER_MONTH.test(match[0]) ? Math.min(days, 1) : days;
}

/** Remote days a week a match states. */
export function remoteDaysOf(match: RegExpExecArray): number {
  // a count written as a word ("an einem Tag", "one day") is one day
  const days = Number(match.slice(1).find((g) => g !== undefined) ?? 1);
  return Number.isFinite(days) ? days : 1;
}

/**
 * Day counts written as words ("three days a week in the office", "zwei Tage Homeoffice", "deux jours de
 * télétravail"). "One" and the articles that double as it ("un", "ein", "een") are left out: "a day" is no count.
 */
const NUMBER_WORDS: Readonly<Record<string, string>> = {
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  zwei: '2',
  drei: '3',
  vier: '4',
  fünf: '5',
  deux: '2',
  trois: '3',
  quatre: '4',
  cinq: '5',
  dos: '2',
  tres: '3',
  cuatro: '4',
  cinco: '5',
  dois: '2',
  duas: '2',
  três: '3',
  quatro: '4',
  due: '2',
  tre: '3',
  quattro: '4',
  cinque: '5',
  twee: '2',
  drie: '3',
  vijf: '5',
  dwa: '2',
  trzy: '3',
  cztery: '4',
  pięć: '5',
};
/** The words for days a count is written before. */
const DAY_WORD = String.raw`(?:days?\b|tag|jours?\b|d[ií]as?\b|giorn|dag|dni\b|dzie)`;
/** A number word right before a word for days; one pass, as cheap as the digit patterns themselves. */
const WORD_BEFORE_DAYS = new RegExp(
  `(?<=\\s|^)(${Object.keys(NUMBER_WORDS)
    .sort((a, b) => b.length - a.length)
    .join('|')})(?=\\s+${DAY_WORD})`,
  'giu',
);
/** What every count in words needs after it: most bodies have no word for days after a space, and skip the pass. */
const SPACE_THEN_DAY_WORD = new RegExp(`\\s${DAY_WORD}`, 'iu');
/**
 * What every count in words is, less the space before it: the bodies that write days ("30 days of leave") and
 * no number word before them skip the replacing pass, whose look-behind at the start keeps the regex engine
 * from skipping ahead to where a number word may start.
 */
const NUMBER_WORD_THEN_DAY_WORD = new RegExp(`(?:${Object.keys(NUMBER_WORDS).join('|')})\\s+${DAY_WORD}`, 'iu');

/** The text with day counts written as words turned into digits, so OFFICE_DAYS and REMOTE_DAYS read them. */
export function withDigitDayCounts(text: string): string {
  if (!SPACE_THEN_DAY_WORD.test(text) || !NUMBER_WORD_THEN_DAY_WORD.test(text)) return text;
  return text.replace(WORD_BEFORE_DAYS, (word) => NUMBER_WORDS[word.toLowerCase()] ?? word);
}

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
/** An English weekday, full or short, singular or plural ("Tuesday", "Tues", "Thursdays"); group 1 its first three letters. */
const WEEKDAY = String.raw`(mon|tue|wed|thu|fri|sat|sun)(?:day|s?day|nesday|rsday|rs|urday|s|\.)?s?`;
/** "Tuesday through Thursday", "Mon-Wed", "Mondays to Wednesdays": a span of days, both ends counted. */
const WEEKDAY_RANGE = new RegExp(
  String.raw`(?<![\p{L}])${WEEKDAY}\s*(?:-|–|—|to|through|thru|until)\s*${WEEKDAY}(?![\p{L}])`,
  'giu',
);

/**
 * The text with English weekday spans turned into day counts ("in the office Tuesday through Thursday" reads as
 * "in the office 3 days"), so OFFICE_DAYS reads them. A span of five days or more stays five or more: on-site.
 */
export function withWeekdaySpanCounts(text: string): string {
  return text.replace(WEEKDAY_RANGE, (span, from: string, to: string) => {
    const days = WEEKDAYS.indexOf(to.toLowerCase()) - WEEKDAYS.indexOf(from.toLowerCase()) + 1;
    return days >= 2 && days <= 7 ? `${days} days` : span;
  });
}
