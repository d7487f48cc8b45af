import { statesOptional } from '../../../shared/normalize/document/nice-cues';

/**
 * Requirement items of Bulgarian, Croatian/Serbian, Slovenian, Lithuanian, Estonian, Catalan, Malay, Hindi and
 * Persian postings that call themselves optional ("… е предимство", "… je prednost", "… tuleb kasuks",
 * "… مزیت محسوب می‌شود"), in other wordings than the postings that revealed them; and items that stay must-haves.
 */
describe('inline nice-to-have cues in Balkan, Baltic, Catalan, Malay, Hindi and Persian postings', () => {
  test.each([
    ['bg', 'Опитът с Power BI ще се счита за предимство'],
    ['hr', 'Iskustvo u SAP-u je prednost'],
    ['hr, desirable', 'Znanje njemačkog poželjno'],
    ['sl', 'Izkušnje s Kafko bodo prednost'],
    ['lt', 'Patirtis su SAP – privalumas'],
    ['et, verb first', 'Vene keele oskus tuleb kasuks'],
    ['et', 'Kogemus SAP-iga on eeliseks'],
    ['ca', 'Es valorarà experiència amb SAP'],
    ['ms', 'Pengalaman SAP adalah satu kelebihan'],
    ['hi', 'SAP अनुभव को प्राथमिकता दी जाएगी'],
    ['fa', 'آشنایی با SAP مزیت محسوب می‌شود'],
  ])('optional, %s: %s', (_name, item) => expect(statesOptional(item)).toBe(true));

  test.each([
    ['bg', 'Минимум 3 години опит като счетоводител'],
    ['hr, a requirement and a preference', 'Obavezno znanje engleskog; njemački je prednost'],
    ['hi, a requirement and a preference', 'कम से कम 12वीं पास; स्नातक को प्राथमिकता'],
    ['fa', 'حداقل ۵ سال سابقه کار در فروش'],
  ])('required, %s: %s', (_name, item) => expect(statesOptional(item)).toBe(false));
});
