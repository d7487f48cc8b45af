import { extractTerms } from '../../../shared/normalize/terms';

/**
 * Probation and paid leave as Russian, Ukrainian, Nordic, Finnish, Romanian, Hungarian, Greek and Hebrew
 * postings state them: the inflected units ('28 календарных дней', '4 kuukauden', '6 måneders', '2 μηνών'),
 * the Romanian 'de' after a number ('90 de zile'), and leave that is not paid annual leave.
 */
const read = (line: string) => extractTerms([line]);

describe('employment terms in more languages', () => {
  test.each([
    ['ru leave, hh.ru', 'Ежегодный оплачиваемый отпуск 28 календарных дней', null, 28],
    ['ru probation', 'Испытательный срок — 3 месяца', 3, null],
    ['ru leave, working days', 'Отпуск 24 рабочих дня', null, 24],
    ['uk leave, number first', '18 робочих днів оплачуваної відпустки', null, 18],
    ['uk probation', 'Випробувальний термін 2 місяці', 2, null],
    ['fi probation, genitive', 'Työsuhteessa noudatetaan 4 kuukauden koeaikaa.', 4, null],
    ['fi probation, abbreviation', 'Koeaika 6 kk', 6, null],
    ['fi leave', '30 lomapäivää vuodessa', null, 30],
    ['no probation, genitive', 'Det er 6 måneders prøvetid i stillingen.', 6, null],
    ['da probation', 'Prøvetid på 3 måneder', 3, null],
    ['ro probation in days', 'Perioada de probă: 90 de zile.', 3, null],
    ['ro leave', '25 de zile de concediu de odihnă', null, 25],
    ['hu probation, adjective', '3 hónapos próbaidő', 3, null],
    ['hu leave', '25 nap szabadság', null, 25],
    ['el probation', 'Δοκιμαστική περίοδος 2 μηνών', 2, null],
    ['el leave', '25 εργάσιμες ημέρες άδειας', null, 25],
    ['he probation', 'תקופת ניסיון של 3 חודשים', 3, null],
    ['he leave', '22 ימי חופשה בשנה', null, 22],
  ])('%s: %s', (_name, line, probation, leave) =>
    expect(read(line)).toEqual({ probationMonths: probation, paidLeaveDays: leave }),
  );

  test.each([
    ['uk sick days are not leave', '10 днів лікарняних'],
    ['ru parental leave has no days', 'Отпуск по уходу за ребенком'],
    ['ro a number of days without leave', 'Program de lucru: 5 zile pe săptămână'],
    ['el a driving licence', 'Άδεια οδήγησης Β κατηγορίας'],
    ['hu office days', 'Heti 2 nap az irodában'],
  ])('%s: %s', (_name, line) => expect(read(line)).toEqual({ probationMonths: null, paidLeaveDays: null }));
});
