/**
 * Words for employment terms in the languages Jobrelay reads: durations, probation and paid leave.
 * Latin-script entries are matched as whole words; CJK/Thai entries anywhere.
 */

/** Spelled-out numbers that precede a duration ("six-month probation", "sechs Monate Probezeit"). */
export const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  ein: 1,
  eine: 1,
  einen: 1,
  einem: 1,
  zwei: 2,
  drei: 3,
  vier: 4,
  fünf: 5,
  sechs: 6,
  sieben: 7,
  acht: 8,
  neun: 9,
  zehn: 10,
  zwölf: 12,
  un: 1,
  une: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
  douze: 12,
  uno: 1,
  una: 1,
  dos: 2,
  tres: 3,
  cuatro: 4,
  cinco: 5,
  seis: 6,
  siete: 7,
  ocho: 8,
  nueve: 9,
  diez: 10,
  doce: 12,
  một: 1,
  hai: 2,
  ba: 3,
  sáu: 6,
};

/** Duration units, by what they count. */
export const UNIT_WORDS = {
  month:
    'months?|mos?\\.?|Monate?n?|Monats|mois|mes(?:es)?|mesi|mese|meses|maand(?:en)?|miesi(?:ąc|ące|ęcy)|tháng|ヶ月間?|か月間?|カ月間?|ケ月間?|箇月間?|ヵ月間?|个月|個月|개월|bulan|เดือน',
  week: "weeks?'?|Wochen?|semaines?|semanas?|settimane?|weken|tygodni|tuần|週間|周|주",
  day: 'days?|working days|business days|Tage?n?|Arbeitstage?n?|jours?(?: ouvrés| ouvrables)?|días?(?: hábiles| laborables)?|dias(?: úteis)?|giorni|dagen|dni|ngày|日間?|天|일|hari|วัน',
} as const;

/** Units that also say "of paid leave" ("28 Urlaubstage", "25 CP"). */
export const LEAVE_DAY_UNITS =
  'Urlaubstage?n?|vacation days|holiday days|PTO days|days of PTO|days PTO|ngày phép|dias de férias|vakantiedagen';

/** Probation in several languages. */
export const PROBATION_WORDS = {
  latin:
    "probation(?:ary)?(?: period)?|trial period|Probezeit|période d['’]essai|periode d['’]essai|periodo de prueba|período de prueba|periodo di prova|período de experiência|período probatório|proeftijd|okres próbny|thử việc|masa percobaan|probation period",
  cjk: '試用期間|试用期|試用期|수습\\s*기간|수습|ทดลองงาน',
};

/** "No probation" and the like: probation of zero months. */
export const NO_PROBATION =
  /\bno probation|without (?:a )?probation|keine Probezeit|ohne Probezeit|sans période d['’]essai|sin periodo de prueba|không (?:có )?thử việc|試用期間[:：\s]*(?:なし|無し|無)/iu;

/** Paid annual leave in several languages (not "年間休日": annual days off counting weekends). */
export const LEAVE_WORDS = {
  latin:
    'annual leave|paid leave|paid annual leave|leave days|days leave|vacation|vacations|holidays?|holiday allowance|paid time off|PTO|days off per year|Urlaub|Urlaubstage?n?|Jahresurlaub|Urlaubsanspruch|Erholungsurlaub|congés? payés|congés annuels|jours de congés?|congés|CP|vacaciones|días libres|ferie|giorni di ferie|férias|vakantiedagen|verlofdagen|vakantie|urlop(?:u)?|phép năm|phép|nghỉ phép|cuti tahunan|cuti',
  cjk: '年次有給休暇|有給休暇|有給|有休|年休|带薪年假|带薪假期|带薪休假|年假|연차(?:\\s*휴가)?|유급휴가|วันลาพักร้อน|วันหยุดพักร้อน',
};

/** What may stand between "25 days" and the leave word: "25 days of paid vacation", "30 Tage bezahlter Urlaub". */
export const LEAVE_GAP =
  /^(?:[\s()（）,:：+'’/]|of|de|der|des|di|del|paid|annual|fully paid|bezahlte[nr]?|payés?|pagad[oa]s|retribuid[oa]s|retribuite|remunerad[oa]s|per year|a year|p\.a\.|\/year|per annum|jährlich|im Jahr|pro Jahr|par an|al año|all'anno|năm|\/năm|mỗi năm)*$/iu;

/** Leave that is not paid annual leave, or days that are not leave at all. */
export const NOT_PAID_LEAVE =
  /(?:sick|illness|unpaid|parental|maternity|paternity|study|compassionate|bereavement|volunteer(?:ing)?|wellness|mental health|learning|education|training|carer'?s?|family|birthday|bank|public|national|statutory|federal|Sonderurlaub|Bildungsurlaub|Elternzeit|Krankheit|Feiertage?|maternité|paternité|parental|maladie|fériés?|festivos?|enfermedad|ốm|lễ|病気|祝日|産休|育休|特別休暇)\s*$/iu;

/** After a number of days: it counts something per week (office days), not leave. */
export const PER_WEEK =
  /^\s*(?:a|per|each|every|\/|pro|par|por|mỗi|in the|in)\s*(?:week|wk|Woche|semaine|semana|tuần|office|Büro)/iu;

/** After a number of days: per month ("1 ngày phép mỗi tháng", "2,5 jours par mois"): times twelve. */
export const PER_MONTH =
  /^\s*(?:(?:of \S+ )?(?:leave|phép|congés?)\s*)?(?:a|per|each|every|\/|pro|par|por|mỗi)\s*(?:month|Monat|mois|mes|tháng)/iu;

/** Unlimited leave: no number, unless a guaranteed minimum is stated. */
export const UNLIMITED_LEAVE =
  /unlimited|uncapped|limitless|flexible (?:PTO|vacation|time off|holidays?)|unbegrenzte?[nr]?|unbegrenzt|illimités?|ilimitad[oa]s?|無制限|không giới hạn/iu;

/** A guaranteed minimum next to unlimited leave: "with a 20-day minimum", "at least 25 days". */
export const LEAVE_MINIMUM =
  /(\d{1,2})[- ]day minimum|(?:minimum(?: of)?|at least|min\.|mindestens|au moins|al menos)\s*(\d{1,2})\s*(?:days?|Tage|jours|días)/iu;
