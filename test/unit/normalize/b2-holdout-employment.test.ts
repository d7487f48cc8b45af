import { normalizeEmploymentTypes } from '../../../shared/normalize/employment-types';
import { employmentInput } from '../../support/employment-input';

/**
 * Employment types written in Bulgarian, Croatian/Serbian, Slovenian, Lithuanian, Estonian, Catalan, Malay,
 * Hindi (read with its vowel signs folded away, as every text is) and Persian, in other wordings than the
 * postings that revealed them; and texts of those languages that name no type.
 */
const fromValue = (value: string) => normalizeEmploymentTypes(employmentInput({ values: [value] }));
const fromText = (text: string) => normalizeEmploymentTypes(employmentInput({ texts: [text] }));

describe('employment types in Balkan, Baltic, Catalan, Malay, Hindi and Persian postings', () => {
  test.each([
    ['bg full-time day', 'Пълен работен ден', ['FULL_TIME']],
    ['bg part-time', 'Непълно работно време', ['PART_TIME']],
    ['hr permanent contract', 'Ugovor na neodređeno vrijeme', ['FULL_TIME']],
    ['sr part-time', 'Nepuno radno vreme', ['PART_TIME']],
    ['sl fixed term', 'Zaposlitev za določen čas', ['TEMPORARY']],
    ['sl full-time hours', 'S polnim delovnim časom', ['FULL_TIME']],
    ['lt half post', 'Puse etato', ['PART_TIME']],
    ['lt open-ended contract', 'Neterminuota darbo sutartis', ['FULL_TIME']],
    ['et part-time', 'Osalise tööajaga', ['PART_TIME']],
    ['et open-ended contract', 'Tähtajatu tööleping', ['FULL_TIME']],
    ['ca permanent contract', 'Contracte indefinit', ['FULL_TIME']],
    ['ms part-time', 'Separuh Masa', ['PART_TIME']],
    ['ms industrial training', 'Latihan Industri', ['INTERN']],
    ['hi full-time, Hindi word', 'पूर्णकालिक', ['FULL_TIME']],
    ['hi part-time, loanword', 'पार्ट टाइम', ['PART_TIME']],
    ['hi internship', 'इंटर्नशिप', ['INTERN']],
    ['fa part-time', 'پاره‌وقت', ['PART_TIME']],
    ['fa internship', 'کارآموزی', ['INTERN']],
  ])('value, %s: %s', (_name, value, types) => expect(fromValue(value)).toEqual(types));

  test.each([
    ['hr remote work', 'Mogućnost rada od kuće'],
    ['ms "tetap" alone is "still"', 'Tetap bersemangat walaupun sibuk'],
    ['en "indefinitely"', 'We keep your data indefinitely'],
    ['hi a sentence about the team', 'हमारी टीम बहुत अच्छी है'],
  ])('no type, %s: %s', (_name, text) => expect(fromText(text)).toEqual([]));
});
