import { fieldKeyFor } from '../../../shared/normalize/document/field-dictionary';

/**
 * Header labels of postings in Russian, Ukrainian, Finnish, Romanian, Hungarian, Greek, Hebrew and Thai:
 * the employer, the place, the pay, the contract, the experience and the career level, as each market's
 * boards label their facts block; and labels of those languages that are none of these.
 */
describe('header labels in more languages', () => {
  test.each([
    ['ru employer', 'Компания', 'company'],
    ['ru employer, other word', 'Работодатель', 'company'],
    ['ru pay fork', 'Зарплатная вилка', 'salary'],
    ['ru experience (hh.ru)', 'Требуемый опыт работы', 'experience'],
    ['uk employer', 'Компанія', 'company'],
    ['uk pay fork', 'Зарплатна вилка', 'salary'],
    ['uk experience', 'Досвід роботи', 'experience'],
    ['fi employer', 'Työnantaja', 'company'],
    ['ro employer', 'Angajator', 'company'],
    ['ro company', 'Compania', 'company'],
    ['ro career level (eJobs)', 'Nivel carieră', 'seniority'],
    ['ro experience', 'Experiență necesară', 'experience'],
    ['hu employer', 'Munkáltató', 'company'],
    ['hu company', 'Cég', 'company'],
    ['el company', 'Εταιρεία', 'company'],
    ['el experience', 'Εμπειρία', 'experience'],
    ['he company', 'שם החברה', 'company'],
    ['he place', 'מיקום המשרה', 'location'],
    ['he pay', 'שכר', 'salary'],
    ['he scope', 'היקף משרה', 'employment type'],
    ['he model', 'מודל עבודה', 'workplace'],
    ['th company', 'ชื่อบริษัท', 'company'],
    ['th place (JobsDB)', 'สถานที่ปฏิบัติงาน', 'location'],
    ['th pay', 'เงินเดือน', 'salary'],
    ['th pay rate', 'อัตราเงินเดือน', 'salary'],
    ['th job type', 'ประเภทงาน', 'employment type'],
    ['th working style', 'รูปแบบการทำงาน', 'workplace'],
  ])('%s: %s', (_name, label, key) => expect(fieldKeyFor(label)).toBe(key));

  test.each([
    ['ru duties heading', 'Обязанности'],
    ['uk a job title', 'Бухгалтер'],
    ['ro a city', 'Cluj-Napoca'],
    ['he a heading', 'דרישות'],
    ['th a heading', 'สวัสดิการ'],
  ])('%s is no header label: %s', (_name, label) => expect(fieldKeyFor(label)).toBeNull());
});
