import { bodyWorkplace } from '../../../shared/normalize/geo/body-hints';

/**
 * Hybrid work stated in the body of Russian, Ukrainian, Danish, Norwegian, Swedish, Finnish, Romanian,
 * Hungarian, Greek, Hebrew and Thai postings: office or home days a week ('2 дня в офисе', 'hjemmearbejde én
 * dag om ugen', 'etätyöhön 3 päivänä viikossa', 'de acasă o zi pe săptămână', '3 ימים מהמשרד ו-2 מהבית'), and
 * the work format named before the hybrid word ('Формат работы гибридный'). Five days, offices in general and
 * office addresses state nothing.
 */
describe('hybrid statements in more languages', () => {
  test.each([
    ['ru format first', 'Формат работы гибридный.'],
    ['ru office days', 'Работаем 3 дня в неделю в офисе, остальное удалённо'],
    ['ru remote days', 'Можно работать 2 дня удалённо'],
    ['uk format first', 'Формат роботи: гібридний'],
    ['uk office days', '3 дні на тиждень в офісі'],
    ['da one home day', 'Mulighed for hjemmearbejde én dag om ugen'],
    ['da home days', '2 dage med hjemmearbejde'],
    ['no home office days', 'Hjemmekontor 2 dager i uken'],
    ['no office days', '3 dager i uken på kontoret'],
    ['sv home days', 'Du kan jobba 2 dagar hemifrån'],
    ['fi remote days, remote word first', 'Mahdollisuus etätyöhön 3 päivänä viikossa'],
    ['fi office days', '2 päivää viikossa toimistolla'],
    ['ro one home day', 'Posibilitatea de a lucra de acasă o zi pe săptămână'],
    ['ro office days', '3 zile pe săptămână la birou'],
    ['hu office days', 'Heti 2 nap az irodában'],
    ['el remote days', '2 ημέρες τηλεργασία την εβδομάδα'],
    ['el office days', '3 ημέρες την εβδομάδα στο γραφείο'],
    ['he office and home days', 'מודל עבודה: 3 ימים מהמשרד ו-2 מהבית'],
    ['th work from home days', 'วันทำงาน: จันทร์ - ศุกร์ (Work from home ได้สัปดาห์ละ 2 วัน)'],
  ])('%s: %s', (_name, body) => expect(bodyWorkplace(body)).toBe('hybrid'));

  test.each([
    ['ru an office address', 'Офис в центре города, рядом с метро'],
    ['ru five office days', 'Работа 5 дней в неделю в офисе'],
    ['da offices in general', 'Vi har kontor i 3 byer'],
    ['ro a working week', 'Program de lucru: 5 zile pe săptămână'],
    ['he the home page', 'פרטים נוספים בדף הבית'],
  ])('%s states no hybrid work: %s', (_name, body) => expect(bodyWorkplace(body)).not.toBe('hybrid'));
});
