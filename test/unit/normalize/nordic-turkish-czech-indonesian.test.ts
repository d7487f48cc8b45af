import { typesIn } from '../../../shared/normalize/employment-types';
import { fieldKeyFor } from '../../../shared/normalize/document/field-dictionary';
import { classifyHeading } from '../../../shared/normalize/document/heading-dictionary';
import { statesOptional } from '../../../shared/normalize/document/nice-cues';
import { findLanguageNames } from '../../../shared/normalize/language-mentions';
import { fromTitle } from '../../../shared/normalize/seniority';
import { extractTerms } from '../../../shared/normalize/terms';
import { isApplyText } from '../../../shared/sources/html/apply-link';
import { workplaceFromText } from '../../../shared/sources/workplace';

/**
 * Swedish, Danish, Norwegian, Turkish, Czech, Slovak and Indonesian postings read like the others: their
 * section headings, fact labels, contract words, preference cues, leave, apply links and workplace labels.
 */

describe('section headings', () => {
  test.each([
    ['sv duties', 'Arbetsuppgifter', 'responsibilities'],
    ['sv profile', 'Vem är du?', 'must'],
    ['sv merits', 'Det är meriterande om du har', 'nice'],
    ['sv offer', 'Vad vi erbjuder dig', 'benefits'],
    ['da duties', 'Dine arbejdsopgaver', 'responsibilities'],
    ['da offer', 'Vi tilbyder', 'benefits'],
    ['no duties', 'Arbeidsoppgaver', 'responsibilities'],
    ['no qualifications', 'Kvalifikasjoner', 'must'],
    ['tr duties', 'Görev ve Sorumluluklar', 'responsibilities'],
    ['tr job definition', 'İş Tanımı', 'responsibilities'],
    ['tr requirements', 'Genel Nitelikler', 'must'],
    ['tr preferred', 'Tercih Nedeni', 'nice'],
    ['tr benefits', 'Neler Sunuyoruz?', 'benefits'],
    ['tr about us', 'Biz Kimiz', 'about'],
    ['cs duties', 'Co vás čeká', 'responsibilities'],
    ['cs requirements', 'Co od vás očekáváme', 'must'],
    ['cs advantage', 'Výhodou je', 'nice'],
    ['cs offer', 'Co vám nabízíme', 'benefits'],
    ['sk offer', 'Čo ponúkame', 'benefits'],
    ['id duties', 'Deskripsi Pekerjaan', 'responsibilities'],
    ['id requirements', 'Persyaratan', 'must'],
    ['id preferred', 'Diutamakan', 'nice'],
    ['id benefits', 'Fasilitas', 'benefits'],
    ['id about', 'Tentang Perusahaan', 'about'],
  ])('%s: %s', (_name, heading, kind) => expect(classifyHeading(heading)).toBe(kind));
});

describe('fact labels', () => {
  test.each([
    ['sv place', 'Placeringsort', 'location'],
    ['sv pay', 'Månadslön', 'salary'],
    ['sv extent', 'Omfattning', 'employment type'],
    ['sv last day', 'Sista ansökningsdatum', 'deadline'],
    ['da place', 'Arbejdssted', 'location'],
    ['no pay', 'Lønn', 'salary'],
    ['no deadline', 'Søknadsfrist', 'deadline'],
    ['tr city', 'Şehir', 'location'],
    ['tr pay', 'Ücret', 'salary'],
    ['tr work mode', 'Çalışma Modeli', 'workplace'],
    ['tr company', 'İşveren', 'company'],
    ['cs place', 'Místo práce', 'location'],
    ['cs pay', 'Mzdové ohodnocení', 'salary'],
    ['cs contract', 'Pracovní poměr', 'employment type'],
    ['cs start', 'Datum nástupu', 'start date'],
    ['id place', 'Penempatan', 'location'],
    ['id pay', 'Kisaran Gaji', 'salary'],
    ['id type', 'Jenis Pekerjaan', 'employment type'],
    ['id company', 'Nama Perusahaan', 'company'],
  ])('%s: %s', (_name, label, key) => expect(fieldKeyFor(label)).toBe(key));
});

describe('contract words', () => {
  test.each([
    ['sv permanent full-time', 'Tillsvidareanställning, heltid', ['FULL_TIME']],
    ['sv temporary', 'Visstidsanställning 6 månader', ['TEMPORARY']],
    ['da permanent', 'Fastansættelse', ['FULL_TIME']],
    ['no temporary', 'Midlertidig stilling', ['TEMPORARY']],
    ['tr full-time', 'Tam Zamanlı', ['FULL_TIME']],
    ['tr part-time', 'Yarı Zamanlı', ['PART_TIME']],
    ['tr intern', 'Stajyer', ['INTERN']],
    ['cs part-time', 'Zkrácený úvazek', ['PART_TIME']],
    ['cs permanent', 'Pracovní poměr na dobu neurčitou', ['FULL_TIME']],
    ['id full-time', 'Penuh Waktu', ['FULL_TIME']],
    ['id part-time', 'Paruh Waktu', ['PART_TIME']],
    ['id intern', 'Magang', ['INTERN']],
  ])('%s: %s', (_name, text, types) => expect(typesIn(text)).toEqual(types));
});

describe('items that call themselves optional', () => {
  test.each([
    ['sv', 'Erfarenhet av Terraform är meriterande'],
    ['da', 'Kendskab til SAP er en fordel'],
    ['tr', 'Almanca bilgisi tercih sebebidir'],
    ['cs', 'Znalost němčiny výhodou'],
    ['id', 'Pengalaman di bidang logistik diutamakan'],
  ])('%s: %s', (_name, item) => expect(statesOptional(item)).toBe(true));

  test.each([
    ['tr mandatory', 'İngilizce zorunlu'],
    ['cs necessary', 'Řidičský průkaz nutný'],
    ['id required', 'Wajib memiliki SIM C'],
  ])('a requirement stays one: %s: %s', (_name, item) => expect(statesOptional(item)).toBe(false));
});

describe('paid leave', () => {
  test.each([
    ['sv genitive days', '25 dagars betald semester', 25],
    ['tr paid leave', 'Yılda 14 gün ücretli izin', 14],
    ['tr annual leave', '18 gün yıllık izin', 18],
    ['da weeks in the genitive', '6 ugers ferie', 30],
    ['sv weeks in the genitive', '5 veckors semester', 25],
  ])('%s: %s', (_name, line, days) => expect(extractTerms([line]).paidLeaveDays).toBe(days));
});

describe('link texts that mean apply', () => {
  test.each([
    'Ansök nu',
    'Ansøg her',
    'Søg stillingen',
    'Hemen Başvur',
    'Lamar Sekarang',
    'Reagovat na nabídku',
    '投递简历',
  ])('%s', (text) => expect(isApplyText(text)).toBe(true));
  test('a link to read more is none', () => expect(isApplyText('Läs mer om oss')).toBe(false));
});

describe('workplace labels', () => {
  test.each([
    ['tr hybrid', 'Hibrit', 'hybrid'],
    ['tr remote', 'Uzaktan', 'remote'],
    ['cs hybrid', 'Hybridní', 'hybrid'],
    ['id remote', 'Jarak Jauh', 'remote'],
    ['id office', 'WFO', 'onsite'],
    ['zh remote', '远程', 'remote'],
  ])('%s: %s', (_name, label, workplace) => expect(workplaceFromText(label)).toBe(workplace));
});

describe('Turkish language names written with a dotted capital İ', () => {
  test.each([
    ['capitalised', 'İleri düzeyde İngilizce', 'en'],
    ['all caps', 'İNGİLİZCE zorunlu', 'en'],
    ['lower case', 'iyi derecede ingilizce', 'en'],
  ])('%s: %s', (_name, line, code) => expect(findLanguageNames(line).map((m) => m.code)).toContain(code));
});

describe('seniority words in titles', () => {
  test.each([
    ['tr senior', 'Kıdemli Backend Geliştirici', 'senior'],
    ['tr senior in capitals', 'KIDEMLI VERİ ANALİSTİ', 'senior'],
    ['tr intern', 'Stajyer – Pazarlama', 'intern'],
    ['tr new graduate', 'Yeni Mezun Satış Temsilcisi', 'junior'],
    ['id intern', 'Magang Akuntansi', 'intern'],
  ])('%s: %s', (_name, title, level) => expect(fromTitle(title)).toBe(level));
});
