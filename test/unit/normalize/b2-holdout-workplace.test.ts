import { bodyWorkplace } from '../../../shared/normalize/geo/body-hints';

/**
 * Hybrid work stated in the body of Bulgarian, Croatian/Serbian, Slovenian, Lithuanian, Estonian, Catalan,
 * Malay, Hindi and Persian postings: a hybrid model named, or office or home days a week fewer than five; in
 * other wordings than the postings that revealed them; and statements that are no hybrid arrangement.
 */
describe('body workplace in Balkan, Baltic, Catalan, Malay, Hindi and Persian postings', () => {
  test.each([
    ['bg, hybrid model', 'Предлагаме хибриден режим на работа.'],
    ['bg, office days', 'Работим 3 дни седмично в офиса.'],
    ['bg, home days', 'Можеш да работиш 2 дни седмично от вкъщи.'],
    ['hr, hybrid work', 'Nudimo hibridni rad i fleksibilno radno vrijeme.'],
    ['hr, office days', 'Očekujemo te 3 dana tjedno u uredu.'],
    ['sl, office days', 'Delamo 2 dni na teden v pisarni.'],
    ['lt, home days', 'Galimybė dirbti 2 dienas per savaitę iš namų'],
    ['lt, hybrid work', 'Siūlome hibridinį darbo grafiką'],
    ['et, office days', 'Töötame 3 päeva nädalas kontoris.'],
    ['et, hybrid work', 'Võimalus hübriidtööks'],
    ['ca, hybrid', 'Treballem amb un règim híbrid'],
    ['ms, hybrid', 'Kami bekerja secara hibrid.'],
    ['hi, hybrid work', 'यह पद हाइब्रिड व्यवस्था में है।'],
    ['fa, hybrid', 'همکاری به صورت ترکیبی است.'],
    ['fa, home days in Persian digits', 'امکان دورکاری ۲ روز در هفته'],
  ])('hybrid, %s: %s', (_name, body) => expect(bodyWorkplace(body)).toBe('hybrid'));

  test.each([
    ['hr, five office days', 'Rad u uredu 5 dana tjedno.'],
    ['hr, the office every day', 'Rad u uredu svaki dan.'],
    ['bg, a hybrid car', 'Служебен хибриден автомобил.'],
    ['fa, a combined benefit', 'بیمه ترکیبی برای خانواده'],
  ])('not hybrid, %s: %s', (_name, body) => expect(bodyWorkplace(body)).not.toBe('hybrid'));
});
