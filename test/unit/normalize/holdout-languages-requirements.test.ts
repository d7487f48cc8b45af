import { statesOptional } from '../../../shared/normalize/document/nice-cues';
import { languagesInItem } from '../../../shared/normalize/languages';

/**
 * Spoken-language requirements and optional items in Russian, Ukrainian, Danish, Norwegian, Finnish,
 * Romanian, Hungarian, Greek, Hebrew and Thai: the inflected language names each grammar uses, the level
 * words of each market (Upper-Intermediate in Kyiv, tárgyalóképes in Budapest, ברמה גבוהה in Tel Aviv), and
 * the cues that make an item a nice-to-have.
 */
const read = (line: string, mode: 'must' | 'nice' = 'must') =>
  languagesInItem(line, mode as never).map((f) => [f.code, f.required, f.level?.label ?? null]);

describe('languages named in more languages', () => {
  test.each([
    ['ru instrumental with level', 'Свободное владение английским языком', [['en', true, 'fluent']]],
    ['ru genitive', 'Знание немецкого языка', [['de', true, null]]],
    ['ru CEFR after a dash', 'Английский язык — не ниже B2', [['en', true, 'B2']]],
    ['ru native', 'Русский язык — родной', [['ru', true, 'native']]],
    ['ru nice inline', 'Знание французского будет плюсом', [['fr', false, null]]],
    ['uk Upper-Intermediate', 'Англійська на рівні Upper-Intermediate', [['en', true, 'business']]],
    ['uk Pre-Intermediate', 'Англійська — Pre-Intermediate', [['en', true, 'basic']]],
    ['uk genitive with level', 'Добре знання німецької мови', [['de', true, 'business']]],
    ['uk instrumental, nice', 'Бажано володіння польською', []],
    ['da fluent', 'Du taler og skriver dansk flydende', [['da', true, 'fluent']]],
    ['no fluent', 'Du behersker norsk flytende, muntlig og skriftlig', [['no', true, 'fluent']]],
    ['sv fluent', 'Du uttrycker dig flytande på svenska', [['sv', true, 'fluent']]],
    [
      'fi genitive, two levels',
      'Erinomaista suomen kielen taitoa sekä hyvää englannin kielen taitoa',
      [
        ['fi', true, 'fluent'],
        ['en', true, 'business'],
      ],
    ],
    ['fi partitive', 'Puhut sujuvaa englantia', [['en', true, 'fluent']]],
    ['fi Swedish, nice', 'Ruotsin kielen taito katsotaan eduksi', [['sv', false, null]]],
    ['ro without diacritics', 'Limba engleza - nivel avansat', [['en', true, 'fluent']]],
    ['ro intermediate', 'Limba engleză – nivel mediu', [['en', true, 'conversational']]],
    ['hu business', 'Tárgyalóképes angol nyelvtudás', [['en', true, 'business']]],
    ['hu German, advantage', 'Német nyelvtudás előnyt jelent', [['de', false, null]]],
    ['hu intermediate', 'Középfokú angol nyelvismeret', [['en', true, 'conversational']]],
    ['el genitive', 'Πολύ καλή γνώση της αγγλικής γλώσσας', [['en', true, 'fluent']]],
    ['el plural genitive', 'Άριστη γνώση αγγλικών', [['en', true, 'fluent']]],
    ['he high level', 'אנגלית ברמה גבוהה', [['en', true, 'fluent']]],
    ['he prefixed, advantage', 'שליטה בערבית – יתרון', []],
    ['he Russian, advantage', 'רוסית – יתרון', [['ru', false, null]]],
    ['th good English', 'สามารถสื่อสารภาษาอังกฤษได้ดี', [['en', true, 'business']]],
    ['th certificate', 'ภาษาอังกฤษ TOEIC 750 ขึ้นไป', [['en', true, 'TOEIC 750']]],
  ])('%s: %s', (_name, line, expected) => expect(read(line)).toEqual(expected));

  test.each([
    ['ru market, not the language', 'Опыт работы на российском рынке'],
    ['el Greek market (adjective)', 'Ηγέτης της ελληνικής αγοράς τροφίμων'],
    ['ro environment, not a level', 'Mediu de lucru dinamic'],
    ['fi Finland, not Finnish', 'Toimimme koko Suomessa'],
    ['he a word with a language-like start', 'אנחנו מחפשים אנשים'],
  ])('%s names no language: %s', (_name, line) => expect(read(line)).toEqual([]));
});

describe('items that call themselves optional', () => {
  test.each([
    ['ru', 'Опыт работы с Kafka будет плюсом'],
    ['ru desirable', 'Знание Go — желательно'],
    ['uk', 'Досвід з AWS буде перевагою'],
    ['no', 'Erfaring med BIM er ønskelig'],
    ['fi', 'Azure-osaaminen katsotaan eduksi'],
    ['ro', 'Certificarea CECCAR constituie un avantaj'],
    ['hu', 'Banki tapasztalat előnyt jelent'],
    ['el', 'Γνώση SAP θα εκτιμηθεί'],
    ['he', 'ניסיון עם AWS – יתרון'],
    ['he, significant', 'היכרות עם GraphQL – יתרון משמעותי'],
    ['th', 'มีประสบการณ์ด้านค้าปลีกจะพิจารณาเป็นพิเศษ'],
  ])('%s: %s', (_name, item) => expect(statesOptional(item)).toBe(true));

  test.each([
    ['ru requirement', 'Опыт коммерческой разработки на Python от 4 лет'],
    ['ro requirement', 'Minimum 5 ani experiență în contabilitate'],
    ['hu requirement', 'Legalább 5 év Java fejlesztői tapasztalat'],
    ['he requirement', '5+ שנות ניסיון בפיתוח Full Stack'],
    ['th requirement', 'ปริญญาตรีขึ้นไป สาขาสถิติ'],
    ['el requirement', 'Πτυχίο ΑΕΙ Λογιστικής'],
  ])('%s stays a requirement: %s', (_name, item) => expect(statesOptional(item)).toBe(false));
});
