import type { SalaryPeriod } from '../../schema/posting';
import { foldText } from '../document/fold';

/**
 * Pay labels as career pages and postings write them in a sidebar or a header ("Annual salary", "Pay rate",
 * "Hourly pay", "Salaire mensuel brut", "Monatslohn", "Retribuzione annua lorda", "Lương tháng", "年俸"): a pay
 * word and, often, the period it is paid for. Each language's words combine by its own word order, at module
 * load, into look-up tables of folded words; a label is read against them word by word, so every combination is
 * known without listing it: a label is a salary label and gives its period (null when it names none) to a value
 * that states none ("Salaire mensuel : 2 500 €").
 */

type Periods = Partial<Record<SalaryPeriod, readonly string[]>>;

/** How a language puts a period word and a pay word together. */
interface PayWording {
  pay: readonly string[];
  periods: Periods;
  /** the period word after the pay word ("salaire mensuel"), before it ("annual salary"), or joined ("monatslohn") */
  order: 'after' | 'before' | 'joined';
  /** gross/net and base words that may stand beside the pair ("salaire brut annuel", "bruttomonatsgehalt") */
  extras?: readonly string[];
}

const EN_PAY = ['salary', 'pay', 'wage', 'wages', 'rate', 'compensation', 'remuneration', 'earnings', 'income'];
const DE_PAY = ['gehalt', 'lohn', 'verdienst', 'vergütung', 'einkommen', 'entgelt'];
const NL_PAY = ['salaris', 'loon', 'inkomen', 'tarief', 'vergoeding'];

const WORDINGS: Readonly<Record<string, readonly PayWording[]>> = {
  en: [
    {
      pay: EN_PAY,
      periods: {
        HOUR: ['hourly'],
        DAY: ['daily', 'day'],
        WEEK: ['weekly'],
        MONTH: ['monthly'],
        YEAR: ['annual', 'yearly'],
      },
      order: 'before',
      extras: ['gross', 'base', 'net', 'total', 'target'],
    },
    {
      pay: [...EN_PAY, 'pay rate', 'base salary', 'base pay', 'gross salary'],
      periods: {
        HOUR: ['per hour', '/ hour', '/hr'],
        DAY: ['per day'],
        WEEK: ['per week'],
        MONTH: ['per month'],
        YEAR: ['per year', 'per annum', 'p.a.'],
      },
      order: 'after',
    },
  ],
  de: [
    {
      pay: [...DE_PAY, 'satz'],
      periods: { HOUR: ['stunden'], DAY: ['tages'], WEEK: ['wochen'], MONTH: ['monats'], YEAR: ['jahres'] },
      order: 'joined',
      extras: ['brutto'],
    },
    {
      pay: DE_PAY,
      periods: {
        HOUR: ['pro stunde'],
        DAY: ['pro tag'],
        WEEK: ['pro woche'],
        MONTH: ['pro monat'],
        YEAR: ['pro jahr'],
      },
      order: 'after',
      extras: ['brutto'],
    },
  ],
  fr: [
    {
      pay: ['salaire', 'rémunération', 'paie', 'paye', 'traitement', 'taux', 'revenu'],
      periods: {
        HOUR: ['horaire', 'par heure'],
        DAY: ['journalier', 'journalière', 'par jour'],
        WEEK: ['hebdomadaire', 'par semaine'],
        MONTH: ['mensuel', 'mensuelle', 'par mois'],
        YEAR: ['annuel', 'annuelle', 'par an', 'par année'],
      },
      order: 'after',
      extras: ['brut', 'brute', 'net', 'nette', 'de base'],
    },
  ],
  es: [
    {
      pay: ['salario', 'sueldo', 'remuneración', 'retribución', 'pago', 'tarifa', 'ingreso'],
      periods: {
        HOUR: ['por hora'],
        DAY: ['diario', 'diaria', 'por día'],
        WEEK: ['semanal', 'por semana'],
        MONTH: ['mensual', 'por mes', 'al mes'],
        YEAR: ['anual', 'por año', 'al año'],
      },
      order: 'after',
      extras: ['bruto', 'bruta', 'neto', 'neta', 'base'],
    },
  ],
  pt: [
    {
      pay: ['salário', 'remuneração', 'pagamento', 'vencimento', 'ordenado', 'valor'],
      periods: {
        HOUR: ['por hora', 'hora'],
        DAY: ['diário', 'diária', 'por dia'],
        WEEK: ['semanal'],
        MONTH: ['mensal', 'por mês'],
        YEAR: ['anual', 'por ano'],
      },
      order: 'after',
      extras: ['bruto', 'bruta', 'líquido', 'base'],
    },
  ],
  it: [
    {
      pay: ['stipendio', 'retribuzione', 'compenso', 'salario', 'paga', 'reddito'],
      periods: {
        HOUR: ['orario', 'oraria', "all'ora"],
        DAY: ['giornaliero', 'giornaliera'],
        WEEK: ['settimanale'],
        MONTH: ['mensile', 'al mese'],
        YEAR: ['annuo', 'annua', 'annuale', "all'anno"],
      },
      order: 'after',
      extras: ['lordo', 'lorda', 'netto', 'netta', 'base'],
    },
  ],
  nl: [
    {
      pay: NL_PAY,
      periods: { HOUR: ['uur'], DAY: ['dag'], WEEK: ['week'], MONTH: ['maand'], YEAR: ['jaar'] },
      order: 'joined',
      extras: ['bruto'],
    },
    {
      pay: NL_PAY,
      periods: { HOUR: ['per uur'], DAY: ['per dag'], WEEK: ['per week'], MONTH: ['per maand'], YEAR: ['per jaar'] },
      order: 'after',
      extras: ['bruto'],
    },
  ],
  pl: [
    {
      pay: ['wynagrodzenie', 'pensja', 'stawka', 'płaca'],
      periods: {
        HOUR: ['godzinowe', 'godzinowa', 'za godzinę'],
        DAY: ['dzienne', 'dzienna', 'dniówka'],
        MONTH: ['miesięczne', 'miesięczna', 'na miesiąc'],
        YEAR: ['roczne', 'roczna'],
      },
      order: 'after',
      extras: ['brutto', 'netto'],
    },
  ],
  cs: [
    {
      pay: ['mzda', 'plat', 'odměna'],
      periods: { HOUR: ['hodinová'], MONTH: ['měsíční'], YEAR: ['roční'] },
      order: 'before',
      extras: ['hrubá', 'hrubý', 'čistá'],
    },
  ],
  sk: [
    {
      pay: ['mzda', 'plat', 'odmena'],
      periods: { HOUR: ['hodinová'], MONTH: ['mesačná', 'mesačný'], YEAR: ['ročná', 'ročný'] },
      order: 'before',
      extras: ['hrubá', 'hrubý'],
    },
  ],
  hu: [
    {
      pay: ['bér', 'fizetés', 'jövedelem'],
      periods: { MONTH: ['havi'], YEAR: ['éves'] },
      order: 'before',
      extras: ['bruttó', 'nettó'],
    },
    { pay: ['bér'], periods: { HOUR: ['óra'] }, order: 'joined', extras: ['bruttó'] },
  ],
  ro: [
    {
      pay: ['salariu', 'salariul', 'venit'],
      periods: { HOUR: ['orar', 'pe oră'], MONTH: ['lunar', 'pe lună'], YEAR: ['anual', 'pe an'] },
      order: 'after',
      extras: ['brut', 'net'],
    },
  ],
  sv: [
    {
      pay: ['lön'],
      periods: { HOUR: ['tim'], DAY: ['dag'], WEEK: ['vecko'], MONTH: ['månads'], YEAR: ['års'] },
      order: 'joined',
    },
  ],
  da: [
    {
      pay: ['løn'],
      periods: { HOUR: ['time'], DAY: ['dag'], WEEK: ['uge'], MONTH: ['måneds'], YEAR: ['års'] },
      order: 'joined',
    },
  ],
  no: [
    {
      pay: ['lønn'],
      periods: { HOUR: ['time'], DAY: ['dag'], WEEK: ['uke'], MONTH: ['måneds'], YEAR: ['års'] },
      order: 'joined',
    },
  ],
  fi: [
    {
      pay: ['palkka'],
      periods: { HOUR: ['tunti'], DAY: ['päivä'], WEEK: ['viikko'], MONTH: ['kuukausi'], YEAR: ['vuosi'] },
      order: 'joined',
    },
  ],
  tr: [
    {
      pay: ['maaş', 'ücret', 'gelir'],
      periods: { HOUR: ['saatlik'], DAY: ['günlük'], WEEK: ['haftalık'], MONTH: ['aylık'], YEAR: ['yıllık'] },
      order: 'before',
      extras: ['brüt', 'net'],
    },
  ],
  ru: [
    {
      pay: ['зарплата', 'заработная плата', 'оплата', 'оклад', 'доход'],
      periods: { HOUR: ['почасовая'], MONTH: ['ежемесячная', 'месячная', 'месячный'], YEAR: ['годовая', 'годовой'] },
      order: 'before',
    },
    {
      pay: ['зарплата', 'заработная плата', 'оплата', 'оклад', 'доход'],
      periods: { HOUR: ['в час'], MONTH: ['в месяц'], YEAR: ['в год'] },
      order: 'after',
    },
  ],
  uk: [
    {
      pay: ['зарплата', 'заробітна плата', 'оплата', 'оклад', 'дохід'],
      periods: { HOUR: ['погодинна'], MONTH: ['місячна', 'щомісячна', 'місячний'], YEAR: ['річна', 'річний'] },
      order: 'before',
    },
    {
      pay: ['зарплата', 'заробітна плата', 'оплата', 'оклад', 'дохід'],
      periods: { HOUR: ['за годину'], MONTH: ['на місяць'], YEAR: ['на рік'] },
      order: 'after',
    },
  ],
  el: [
    {
      pay: ['μισθός', 'αποδοχές', 'αμοιβή'],
      periods: {
        HOUR: ['ωριαία', 'ωριαίος'],
        MONTH: ['μηνιαίος', 'μηνιαίες', 'μηνιαία'],
        YEAR: ['ετήσιος', 'ετήσιες', 'ετήσια'],
      },
      order: 'before',
      extras: ['μικτός', 'μικτές', 'μικτή'],
    },
  ],
  id: [
    {
      pay: ['gaji', 'upah', 'penghasilan'],
      periods: {
        HOUR: ['per jam'],
        DAY: ['harian', 'per hari'],
        WEEK: ['mingguan'],
        MONTH: ['bulanan', 'per bulan'],
        YEAR: ['tahunan', 'per tahun'],
      },
      order: 'after',
      extras: ['pokok', 'kotor', 'bersih'],
    },
  ],
  vi: [
    {
      pay: ['lương', 'mức lương', 'thu nhập'],
      periods: {
        HOUR: ['giờ', 'theo giờ'],
        DAY: ['ngày', 'theo ngày'],
        WEEK: ['tuần', 'theo tuần'],
        MONTH: ['tháng', 'hàng tháng', 'theo tháng'],
        YEAR: ['năm', 'hàng năm', 'theo năm'],
      },
      order: 'after',
    },
  ],
};

/** Written as one word in Chinese, Japanese and Korean: each label with its period. */
const CJK_LABELS: Readonly<Record<SalaryPeriod, readonly string[]>> = {
  HOUR: ['時給', '時間給', '时薪', '時薪', '시급'],
  DAY: ['日給', '日当', '日薪', '일급', '일당'],
  WEEK: ['週給', '周薪', '주급'],
  MONTH: ['月給', '月収', '月額給与', '想定月収', '月薪', '月工资', '月收入', '월급', '월 급여'],
  YEAR: ['年収', '年俸', '想定年収', '年間給与', '年薪', '年收入', '연봉', '연 급여'],
};

/** Pay labels that name no period ("Pay rate", "Rate of pay", "Pay scale"). */
const PLAIN_LABELS = [
  'pay rate',
  'rate of pay',
  'pay scale',
  'pay band',
  'salary band',
  'wage range',
  'compensation range',
];

/** A wording ready for matching: its period phrases and extra words, folded. */
interface Compiled {
  periods: ReadonlyMap<string, SalaryPeriod>;
  extras: ReadonlySet<string>;
}

function compile(wording: PayWording): Compiled {
  const periods = new Map<string, SalaryPeriod>();
  for (const [period, words] of Object.entries(wording.periods) as [SalaryPeriod, readonly string[]][])
    for (const word of words) periods.set(foldText(word), period);
  return { periods, extras: new Set((wording.extras ?? []).map(foldText)) };
}

/** Pay words (folded) → the wordings that put period words before them, or after them; compounds by pay word. */
const BEFORE = new Map<string, Compiled[]>();
const AFTER = new Map<string, Compiled[]>();
const JOINED: Array<readonly [string, Compiled]> = [];
for (const wordings of Object.values(WORDINGS))
  for (const wording of wordings) {
    const compiled = compile(wording);
    for (const pay of wording.pay.map(foldText)) {
      if (wording.order === 'joined') JOINED.push([pay, compiled]);
      else {
        const byPay = wording.order === 'before' ? BEFORE : AFTER;
        byPay.set(pay, [...(byPay.get(pay) ?? []), compiled]);
      }
    }
  }

/**
 * Every pay word of every wording (folded) in one pattern: every label the word tables read holds one as a whole
 * word (first or last) or as the end of a compound, and most labels a posting writes ("Location", "Corporate
 * address") hold none, so one test spares them the word-by-word reading.
 */
const escaped = (words: Iterable<string>): string =>
  [...new Set(words)].map((word) => word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|');
const ANY_PAY_WORD = new RegExp(
  // a spaced label starts or ends with its pay word(s), a compound ends with its pay word
  `(?:^|\\s)(?:${escaped([...BEFORE.keys(), ...AFTER.keys()])})(?:\\s|$)|(?:${escaped(JOINED.map(([pay]) => pay))})$`,
  'u',
);

/** Labels written as one word, or naming no period: folded → period. */
const WHOLE_LABELS: ReadonlyMap<string, SalaryPeriod | null> = new Map([
  ...(Object.entries(CJK_LABELS) as [SalaryPeriod, readonly string[]][]).flatMap(([period, labels]) =>
    labels.map((label) => [foldText(label), period] as const),
  ),
  ...PLAIN_LABELS.map((label) => [foldText(label), null] as const),
]);

const MAX_WORDS = 6;
const MAX_PHRASE_WORDS = 3;
/** The longest pay phrase in words ("заработная плата", "mức lương"). */
const MAX_PAY_WORDS = 2;

/**
 * The period that words beside a pay word name: a run of extra words ("gross", "brut") and at most one period
 * phrase ("per annum", "hàng tháng"). Undefined when a word is neither, or when there is nothing beside the pay
 * word (the pay word alone is the main dictionary's); null when only extras stand there ("gross salary").
 */
function periodOfWords(words: readonly string[], compiled: Compiled): SalaryPeriod | null | undefined {
  let period: SalaryPeriod | null = null;
  let i = 0;
  while (i < words.length) {
    const phrase = phraseAt(words, i, compiled);
    if (!phrase) return undefined;
    if (phrase.period !== null) {
      if (period !== null) return undefined;
      period = phrase.period;
    }
    i += phrase.length;
  }
  return words.length === 0 ? undefined : period;
}

/** The longest period phrase or extra ("de base") starting at word `i`, with its length in words; null if none. */
function phraseAt(
  words: readonly string[],
  i: number,
  compiled: Compiled,
): { length: number; period: SalaryPeriod | null } | null {
  for (let length = Math.min(MAX_PHRASE_WORDS, words.length - i); length > 0; length--) {
    const phrase = length === 1 ? words[i]! : words.slice(i, i + length).join(' ');
    const period = compiled.periods.get(phrase);
    if (period !== undefined) return { length, period };
    if (compiled.extras.has(phrase)) return { length, period: null };
  }
  return null;
}

/** A label with its period and pay words apart: "annual salary", "salaire brut mensuel", "зарплата в месяц". */
function spacedLabel(words: readonly string[]): SalaryPeriod | null | undefined {
  for (let n = 1; n <= MAX_PAY_WORDS && n < words.length; n++) {
    for (const compiled of BEFORE.get(words.slice(-n).join(' ')) ?? []) {
      const period = periodOfWords(words.slice(0, -n), compiled);
      if (period !== undefined) return period;
    }
    for (const compiled of AFTER.get(words.slice(0, n).join(' ')) ?? []) {
      const period = periodOfWords(words.slice(n), compiled);
      if (period !== undefined) return period;
    }
  }
  return undefined;
}

/** A compound: "monatslohn", "bruttomonatsgehalt", "monatsbruttogehalt", "bruto jaarsalaris", "tuntipalkka". */
function joinedLabel(words: readonly string[]): SalaryPeriod | null | undefined {
  const word = words[words.length - 1]!;
  const before = words.slice(0, -1);
  for (const [pay, compiled] of JOINED) {
    if (!word.endsWith(pay) || word.length === pay.length) continue;
    if (before.some((w) => !compiled.extras.has(w))) continue;
    const stem = word.slice(0, -pay.length);
    const period = compiled.periods.get(stem) ?? periodAroundExtra(stem, compiled);
    if (period !== undefined) return period;
  }
  return undefined;
}

/** A compound's stem with a gross word before or after its period ("bruttomonats", "monatsbrutto"), or the gross word alone. */
function periodAroundExtra(stem: string, compiled: Compiled): SalaryPeriod | null | undefined {
  for (const extra of compiled.extras) {
    if (stem === extra) return null;
    const rest = stem.startsWith(extra)
      ? stem.slice(extra.length)
      : stem.endsWith(extra)
        ? stem.slice(0, -extra.length)
        : null;
    const period = rest ? compiled.periods.get(rest) : undefined;
    if (period !== undefined) return period;
  }
  return undefined;
}

/**
 * The period a folded pay label names ("salaire mensuel" → MONTH, "pay rate" → null); undefined when the label is
 * no pay label this file knows (a pay word alone, "salary", is the main dictionary's).
 */
export function periodOfFoldedPayLabel(folded: string): SalaryPeriod | null | undefined {
  const whole = WHOLE_LABELS.get(folded);
  if (whole !== undefined) return whole;
  return ANY_PAY_WORD.test(folded) ? readPayWords(folded) : undefined;
}

/** The word-by-word reading of a folded label, without the pay-word pre-test (exported for its equivalence test). */
export function readPayWords(folded: string): SalaryPeriod | null | undefined {
  const words = folded.split(' ');
  if (words.length > MAX_WORDS) return undefined;
  const spaced = words.length > 1 ? spacedLabel(words) : undefined;
  return spaced !== undefined ? spaced : joinedLabel(words);
}

/** The period a pay label names ("Salaire mensuel :" → MONTH, "Pay rate" → null); undefined for no pay label. */
export const periodOfPayLabel = (label: string): SalaryPeriod | null | undefined =>
  periodOfFoldedPayLabel(foldText(label.replace(LABEL_END, '')));

/** The colon or space a label line may end in ("Salaire horaire :"). */
const LABEL_END = /[\s:：]+$/u;
