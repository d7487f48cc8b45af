/**
 * Days a posting adds to its paid annual leave in the same clause: "four weeks of annual leave plus 5 additional
 * days", "five extra days of leave on top of your four weeks of annual leave", "30 Tage Urlaub + 5 Tage",
 * "25 jours de congés et 5 jours supplémentaires", "22 días de vacaciones y 3 días adicionales", "26 dni urlopu
 * + 2 dni dodatkowe", "28 дней отпуска и 3 дополнительных дня". A count is an addition when it is marked as one:
 * an extra word in or right after it ("extra", "zusätzliche", "supplémentaires", "adicionales", "dodatkowe",
 * "дополнительных"), or "+"/"plus" right before it. Counts of other days are never added: sick days, public or
 * bank holidays, office or home days, education or parental leave, France's RTT days (time off for hours worked
 * over 35 a week, not congés payés) ("20 days of leave plus 10 sick days", "25 days + 8 bank holidays",
 * "+ 2 Tage Bildungsurlaub", "25 jours de congés payés + 10 jours de RTT").
 */

/** A duration found in the clause: its place and what it counts, as terms.ts reads it. */
export interface LeaveCount {
  start: number;
  end: number;
  unit: string;
}

/** "+" or "plus" (en, fr, de, nl, pl, es, it...) right before the count. */
const PLUS_BEFORE = /(?:\+|(?<!\p{L})(?:plus|and an?|und|et|y|e|i|и|та|і|och|og|en|ve|dan)?\s*(?:\+|plus))\s*$/iu;
/** An extra word inside the count ("5 additional days") or right after it ("5 jours supplémentaires"). */
const EXTRA_WORD =
  /(?<!\p{L})(?:extra|additional|zusätzlich\p{L}*|weitere\p{L}*|supplémentaires?|en plus|adicional(?:es)?|extras?|aggiuntiv[io]|in più|extra|dodatkow\p{L}*|navíc|dodatečn\p{L}*|ekstra|ylimääräi\p{L}*|további|suplimentare|adicionais|a mais|ek|tambahan|bổ sung|дополнительн\p{L}*|додатков\p{L}*|πρόσθετ\p{L}*|נוספים|إضافية)(?!\p{L})/iu;
/** Days that are not annual leave, named in the words after the count. */
const OTHER_DAYS =
  /(?<!\p{L})(?:sick|illness|ill(?!\p{L})|medical|unpaid|parental|maternity|paternity|study|education|training|learning|compassionate|bereavement|volunteer|wellness|mental health|carer|family|birthday|bank|public|national|statutory|federal|office|on-?site|remote|home|wfh|per week|a week|Krank|Bildungs|Eltern|Feiertag|Büro|maladie|fériés?|formation|bureau|télétravail|RTT|réduction du temps|enfermedad|festivos?|oficina|teletrabajo|teletrabalho|telelavoro|smart working|thuiswerk|hjemmekontor|distans|etä|malattia|festiv|ufficio|chorob|świąt|biur|zdaln|nemoc|svátk|больничн|праздни|офис|удал[её]н|лікарнян|святков|офіс|віддален|hastalık|resmi tatil|ofis)/iu;
/** "on top of", "in addition to": the count after it is the leave an extra count adds to. */
const ON_TOP =
  /on top of|in addition to|zusätzlich zu|zu (?:den|deinen|Ihren) |en plus de|en plus des|además de|oltre a|in aggiunta a|oprócz|ponad|navíc k|сверх|помимо|к основн|понад|крім|till utöver|udover|i tillegg til/iu;
/** Days earned with tenure are not this year's leave: "+ 1 extra week after 3 years", "nach 5 Jahren". */
const EARNED_LATER =
  /(?<!\p{L})(?:after|from (?:year|the)|with (?:tenure|seniority)|for each|per year of|nach|ab dem|après|dès|tras|después de|a partir del|dopo|po|za każd|через|після|za každ|efter|etter|jälkeen|după)(?!\p{L})|seniority|tenure|Betriebszugehörigkeit|ancienneté|antigüedad|anzianità|stażu|стаж/iu;
/** How far after the base count an addition may stand, in characters. */
const REACH = 90;

/**
 * The counts in `line` added to the leave count `base`: the others of `counts` marked as additions (see the module
 * comment), in reading order, near the base and naming no other kind of day.
 */
export function leaveAdditions<T extends LeaveCount>(line: string, counts: readonly T[], base: T): T[] {
  return counts.filter(
    (c) =>
      c !== base &&
      c.unit !== 'month' &&
      c.unit !== 'hour' &&
      Math.abs(c.start - base.start) <= REACH &&
      (isMarkedExtra(line, c) || (isMarkedExtra(line, base) && ON_TOP.test(between(line, base, c)))) &&
      !OTHER_DAYS.test(wordsAfter(line, c)) &&
      !EARNED_LATER.test(firstWordsAfter(line, c)),
  );
}

function isMarkedExtra(line: string, c: LeaveCount): boolean {
  if (PLUS_BEFORE.test(line.slice(Math.max(0, c.start - 12), c.start))) return true;
  return EXTRA_WORD.test(line.slice(c.start, c.end)) || EXTRA_WORD.test(firstWordsAfter(line, c));
}

/** The words after a count up to the clause's end (or the next count), where what the days are is named. */
function wordsAfter(line: string, c: LeaveCount): string {
  const rest = line.slice(c.end, c.end + 40);
  const stop = rest.search(/[,;.()\d]|(?<!\p{L})(?:and|und|et|y|и|та|i)(?!\p{L})/u);
  return stop < 0 ? rest : rest.slice(0, stop);
}

function between(line: string, a: LeaveCount, b: LeaveCount): string {
  return a.end <= b.start ? line.slice(a.end, b.start) : line.slice(b.end, a.start);
}

function firstWordsAfter(line: string, c: LeaveCount): string {
  return line.slice(c.end, c.end + 30);
}

/** A bullet that opens with "+" or "plus" (in several languages) adds to the line above it. */
const ADDITION_START =
  /^(?:\+|(?:plus|additionally|in addition|zusätzlich|dazu|en plus|además|inoltre|dodatkowo|navíc|плюс|ещё|a więcej)(?!\p{L}))/iu;
const BULLET = /^[\s\-–—*•·・]+/u;

/** The line without its bullet when it is an addition to the leave above it ("+ 5 extra days"), else null. */
export function additionLine(line: string): string | null {
  const text = line.replace(BULLET, '');
  return ADDITION_START.test(text) ? text : null;
}
