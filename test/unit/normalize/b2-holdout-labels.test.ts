import { fieldKeyFor } from '../../../shared/normalize/document/field-dictionary';

/**
 * Header labels of Bulgarian, Croatian/Serbian, Slovenian, Lithuanian, Estonian, Catalan, Malay, Hindi and Persian
 * postings ("Заплата:", "Mjesto rada:", "Darbo vieta:", "Tööandja:", "स्थान:", "نوع همکاری:"), in other wordings
 * than the postings that revealed them; and labels of those languages that name no field we read.
 */
describe('header labels in Balkan, Baltic, Catalan, Malay, Hindi and Persian postings', () => {
  test.each([
    ['bg place of work', 'Място на работа', 'location'],
    ['bg gross salary', 'Брутна заплата', 'salary'],
    ['bg contract kind', 'Вид на договора', 'employment type'],
    ['bg level', 'Ниво', 'seniority'],
    ['bg publication date', 'Дата на публикуване', 'posted'],
    ['hr place of work', 'Mjesto rada', 'location'],
    ['hr gross pay', 'Bruto plaća', 'salary'],
    ['hr employer', 'Poslodavac', 'company'],
    ['hr publication date', 'Datum objave', 'posted'],
    ['sl place of work', 'Kraj dela', 'location'],
    ['sl working time', 'Delovni čas', 'employment type'],
    ['lt pay', 'Darbo užmokestis', 'salary'],
    ['lt place of work', 'Darbo vieta', 'location'],
    ['et working time', 'Tööaeg', 'employment type'],
    ['et employer', 'Tööandja', 'company'],
    ['ca location', 'Ubicació', 'location'],
    ['ca kind of working day', 'Tipus de jornada', 'employment type'],
    ['ms work location', 'Lokasi Kerja', 'location'],
    ['ms job type', 'Jenis Pekerjaan', 'employment type'],
    ['hi city', 'शहर', 'location'],
    ['hi salary, English loanword', 'सैलरी', 'salary'],
    ['fa place of work', 'محل کار', 'location'],
    ['fa contract kind', 'نوع قرارداد', 'employment type'],
    ['fa employer', 'کارفرما', 'company'],
    ['fa publication date', 'تاریخ انتشار', 'posted'],
  ])('%s: %s', (_name, label, key) => expect(fieldKeyFor(label)).toBe(key));

  test.each([
    ['hr note', 'Napomena'],
    ['sl note', 'Opomba'],
    ['lt note', 'Pastaba'],
    ['fa description', 'توضیحات'],
  ])('%s is no field: %s', (_name, label) => expect(fieldKeyFor(label)).toBeNull());
});
