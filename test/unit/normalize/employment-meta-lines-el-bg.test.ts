import { normalizeEmploymentTypes } from '../../../shared/normalize/employment-types';

/**
 * Greek and Bulgarian boards print the schedule as a meta line of its own ("Πλήρης απασχόληση · Υβριδική εργασία"
 * on kariera.gr, "Пълно работно време" on jobs.bg), as hh.ru does in Russian: the phrase opens the line and stands
 * alone or before a separator. The same words in a sentence that goes on, or mid-line, state nothing.
 */
const fromBody = (body: string) => normalizeEmploymentTypes({ values: [], title: '', texts: [], bodyText: body });

describe('a schedule meta line in Greek and Bulgarian', () => {
  test.each([
    [
      'el full, with a workplace',
      'ΑΛΦΑ Α.Ε.\nΜαρούσι, Αθήνα\nΠλήρης απασχόληση · Υβριδική εργασία\n\nΗ εταιρεία',
      ['FULL_TIME'],
    ],
    ['el part, alone', 'Θεσσαλονίκη\nΜερική απασχόληση\nΠεριγραφή', ['PART_TIME']],
    ['el capitals without accents', 'ΠΛΗΡΗΣ ΑΠΑΣΧΟΛΗΣΗ | Αθήνα', ['FULL_TIME']],
    ['bg full', 'София\nПълно работно време, Хибридна работа\nОписание', ['FULL_TIME']],
    ['bg part', 'Пловдив\nНепълно работно време\nОписание', ['PART_TIME']],
  ])('%s', (_name, body, types) => expect(fromBody(body)).toEqual(types));

  test.each([
    ['el sentence that goes on', 'Πλήρης απασχόληση των υπαλλήλων μας είναι στόχος της εταιρείας'],
    ['el mid-line', 'Συνεργασία με συναδέλφους μερικής απασχόλησης και πλήρης απασχόληση'],
    ['bg sentence that goes on', 'Пълно работно време за всички служители е нашата цел'],
  ])('states no type, %s', (_name, body) => expect(fromBody(body)).toEqual([]));
});
