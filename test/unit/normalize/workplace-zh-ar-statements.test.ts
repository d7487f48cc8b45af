import { bodyWorkplace } from '../../../shared/normalize/geo/body-hints';
import { workplaceFromText } from '../../../shared/sources/workplace';

/**
 * Chinese says "no remote" with several verbs and both scripts ("不提供遠端", "不支援遠距工作", "无法远程"): on-site.
 * Arabic states hybrid work as a label and value ("نظام العمل: هجين") and counts office or remote days as other
 * languages do ("3 أيام في المكتب", "يومان" aside, "2 أيام عن بُعد أسبوعياً"): fewer than five is hybrid.
 */
describe('workplace statements in Chinese and Arabic', () => {
  test.each([
    ['zh-TW no remote offered', '上班地點：台中市西屯區（工作地點為公司現場，不提供遠端）', 'onsite'],
    ['zh-TW remote not supported', '本職缺不支援遠距工作', 'onsite'],
    ['zh cannot work remotely', '该岗位无法远程办公', 'onsite'],
    ['ar hybrid label with office days', 'نظام العمل: هجين (3 أيام في المكتب)', 'hybrid'],
    ['ar hybrid label alone', 'نمط العمل: مختلط', 'hybrid'],
    ['ar office days a week', 'الحضور 3 أيام في الأسبوع في المكتب', 'hybrid'],
    ['ar remote days a week', 'إمكانية العمل 2 أيام عن بُعد أسبوعياً', 'hybrid'],
  ])('%s', (_name, body, workplace) => expect(bodyWorkplace(body)).toBe(workplace));

  test.each([
    ['zh-TW remote offered', '提供遠端工作彈性'],
    ['ar five office days', 'الدوام 5 أيام في المكتب'],
    ['ar hybrid car, not work', 'سيارة هجين كبدل تنقل'],
    ['ar office named, no days', 'مكتب دبي الرئيسي في منطقة الخليج التجاري'],
  ])('states no arrangement, %s', (_name, body) => expect(bodyWorkplace(body)).toBeNull());
});

describe('a workplace label with a note in brackets', () => {
  test.each([
    ['ar hybrid, office days', 'هجين (3 أيام في المكتب)', 'hybrid'],
    ['pl hybrid, office days', 'Hybrydowa (3 dni w biurze)', 'hybrid'],
    ['el hybrid, office days', 'Υβριδικό (2 ημέρες στο γραφείο)', 'hybrid'],
    ['ru hybrid, office days', 'Гибрид (3 дня в офисе)', 'hybrid'],
    ['tr remote, a country', 'Uzaktan (Türkiye)', 'remote'],
  ])('%s', (_name, value, workplace) => expect(workplaceFromText(value)).toBe(workplace));

  test.each([
    ['a place with its district', 'Berlin (Mitte)'],
    ['a schedule with its hours', 'Vollzeit (40 Stunden)'],
    ['a department with two notes', 'Einkauf (Team 2) (Nord)'],
  ])('names none, %s', (_name, value) => expect(workplaceFromText(value)).toBeNull());
});
