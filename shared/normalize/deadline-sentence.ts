import { topLevelAlternatives } from './guarded-regex';

/**
 * The application deadline a posting states as a sentence rather than a "Label: value" line: "Sista
 * ansökningsdag är 2026-12-15.", "The closing date is 12 December 2026.", "Bewerbungsfrist ist der
 * 15.12.2026", "La date limite de candidature est le 15/12/2026", "Søknadsfrist er 1. desember 2026". The
 * label words are those of the field dictionary's deadline labels; the verb is the copula ("is", "är", "er",
 * "ist", "est", "es", "é", "è", "upływa") that turns the label into a statement, a colon, or nothing before a
 * figure ("마감일 2026.12.31", "Solliciteer vóór 18 december 2026"). What follows, up to the
 * sentence's end, is handed to the date reader as the deadline field's value would be: an unreadable date
 * stays null (dates.ts never guesses). Read only when the posting gives no deadline in a field.
 */

const LABEL =
  '(?:(?:the )?(?:application deadline|closing date|deadline for applications|last day to apply)' +
  '|sista ans[öo]kningsdag(?:en)?|sista dag att ans[öo]ka|ans[öo]kningstiden (?:l[öo]per ut|slutar)' +
  '|s[øo]knadsfrist(?:en)?|ans[øo]gningsfrist(?:en)?' +
  '|(?:die )?bewerbungsfrist|bewerbungsschluss' +
  '|(?:la )?date limite (?:de|des) candidatures?|(?:la )?date de cl[ôo]ture(?: des candidatures)?' +
  '|(?:la )?fecha l[íi]mite(?: de (?:postulaci[óo]n|inscripci[óo]n|solicitud|candidatura))?' +
  '|(?:o )?prazo(?: de candidatura| para candidaturas)?|(?:la )?scadenza(?: delle candidature)?' +
  '|termin (?:nadsy[łl]ania|sk[łl]adania) (?:zg[łl]osze[ńn]|aplikacji|cv)' +
  '|(?:de )?uiterste (?:reactie|sollicitatie)datum|hakuaika' +
  // Korean, Chinese, Japanese and Arabic labels ("마감일 2026.12.31", "截止日期：2026/12/20", "آخر موعد للتقديم: …")
  '|(?:모집|접수|지원)\\s?마감일?|마감일|截止(?:日期|时间|時間)|応募(?:締切|締め切り|期限)|締切日|آخر موعد (?:للتقديم|لتقديم الطلبات)' +
  // a verb of their own, no copula: "Applications close Friday 11 December 2026", "nộp CV … trước ngày 20/12/2026"
  '|applications? close(?:s)?(?: on)?|(?:nộp|gửi) (?:hồ sơ|cv)[^.\\n]{0,40}?trước ngày' +
  // apply before a date: "Solliciteer vóór 18 december 2026", "Apply by 12 December 2026", "Ansök senast 1/12"
  '|(?:solliciteer|reageer) (?:uiterlijk )?v(?:óó|oo|ó)r|reageren kan tot(?: en met)?|apply (?:by|before)' +
  '|bewirb dich (?:bis|bis zum|vor dem)|ans[öo]k senast|postulez avant le|candidat[ae]-?te entro il)';
const COPULA =
  '(?:is|was|are|är|er|ist(?: der| am)?|endet am|est(?: le| fixée au)?|es(?: el)?|será el|é(?: dia| o dia)?|termina (?:a|em|el)|è(?: il)?|upływa|mija|päättyy)';

/** The label, then its copula, a colon within a sentence ("… your CV. Closing date: 15 December 2026."), or a verb label. */
const SENTENCE = new RegExp(
  `(?<![\\p{L}\\p{N}])${LABEL}(?:\\s+${COPULA}\\s+|\\s*[:：]\\s*|(?<=close|closes|on|ngày)\\s+|\\s+(?=\\d))([^\\n]{4,40})`,
  'iu',
);
/** "Friday 11 December 2026": the weekday is no part of the date. */
const WEEKDAY = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+/iu;
/** A date up to its year (a number with a year, or words then a year), the words after it left out. */
const DATE_TO_YEAR = /^(.*?(?:\d{4}[./-]\d{1,2}[./-]\d{1,2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}))(?=\s+\p{L})/u;
/** A sentence ends at . ! ? before a capital or the end; "15.12.2026" and "1. desember" go on. */
const SENTENCE_END = /[.!?](?=\s+\p{Lu}|\s*$)|[!?;,(]/u;

/** An optional group of plain words opening an alternative: "(?:the )?", "(?:la )?". */
const OPTIONAL_OPENING = /^\(\?:[^()[\]|\\]+\)\?/;

/** A group `(?:a|b|…)` with the optional opening of each of its alternatives left out. */
function withoutOptionalOpenings(group: string): string {
  const alternatives = topLevelAlternatives(group.slice('(?:'.length, -')'.length));
  return `(?:${alternatives.map((alternative) => alternative.replace(OPTIONAL_OPENING, '')).join('|')})`;
}

/**
 * The label alone: every sentence starts with a match of it, so a body where it matches nowhere states no
 * deadline. Most bodies name no deadline label, and the sentence pattern's look-behind, tried at every
 * position of the body before a label is even looked for, cost several times this scan. SENTENCE's label and
 * flags, so it stays a sound pre-check whatever labels are added (deadline-precheck.test.ts), less the optional
 * article a label may open with ("(?:the )?", "(?:la )?"): the label after it matches wherever the whole one
 * does, and the other way round, so whether the label matches anywhere is unchanged; without those optional
 * openings the engine tries far fewer alternatives at each position of a body (~1/3 less time).
 */
const LABEL_ANYWHERE = new RegExp(withoutOptionalOpenings(LABEL), 'iu');

/** The deadline's date text a body sentence states ("2026-12-15", "15 December 2026"), or null. */
export function deadlineSentence(bodyText: string): string | null {
  return LABEL_ANYWHERE.test(bodyText) ? readDeadlineSentence(bodyText) : null;
}

/** `deadlineSentence` without the label pre-check: the reference the pre-check is tested against. */
export function readDeadlineSentence(bodyText: string): string | null {
  const value = SENTENCE.exec(bodyText)?.[1];
  if (!value) return null;
  const end = SENTENCE_END.exec(value);
  const sentence = (end ? value.slice(0, end.index) : value).trim().replace(WEEKDAY, '');
  // the date ends at its year: "18 december 2026 via de knop hieronder", "2026.12.31 까지"
  const date = DATE_TO_YEAR.exec(sentence)?.[1] ?? sentence;
  return date || null;
}
