import { splitBullet, cleanItem } from '../../../shared/normalize/document/bullets';
import { fieldKeyFor, splitFieldLine } from '../../../shared/normalize/document/field-dictionary';
import { foldText } from '../../../shared/normalize/document/fold';
import { classifyHeading, classifyHeadingStrict } from '../../../shared/normalize/document/heading-dictionary';

describe('classifyHeading', () => {
  it.each([
    // must-have requirements
    ['MUST-HAVE', 'must'],
    ['Requirements', 'must'],
    ["What you'll need", 'must'],
    ['What you’ll need', 'must'],
    ['You might be a fit if you have', 'must'],
    ['About you', 'must'],
    ['Your skills and experience', 'must'],
    ['Qualifications', 'must'],
    ['Minimum qualifications', 'must'],
    ["What we're looking for", 'must'],
    ['必須スキル', 'must'],
    ['応募資格', 'must'],
    ['【必須スキル】', 'must'],
    ['Dein Profil', 'must'],
    ['Ihr Profil', 'must'],
    ['Das bringst du mit', 'must'],
    ['Profil recherché', 'must'],
    ['PROFIL RECHERCHÉ', 'must'],
    ['Requisitos', 'must'],
    ['Yêu cầu', 'must'],
    ['Yêu cầu công việc', 'must'],
    ['YÊU CẦU ỨNG VIÊN', 'must'],
    ['Requisiti', 'must'],
    ['Wymagania', 'must'],
    ['任职要求', 'must'],
    ['자격요건', 'must'],
    ['Wat vragen wij', 'must'],
    // nice to have
    ['NICE-TO-HAVE', 'nice'],
    ['Preferred', 'nice'],
    ['Preferred qualifications', 'nice'],
    ['Bonus', 'nice'],
    ['Bonus points', 'nice'],
    ['Nice to have:', 'nice'],
    ['歓迎スキル', 'nice'],
    ['Wünschenswert', 'nice'],
    ['Von Vorteil', 'nice'],
    ['Se valorará', 'nice'],
    ['Un plus', 'nice'],
    ['Ưu tiên', 'nice'],
    ['Diferenciais', 'nice'],
    ['Mile widziane', 'nice'],
    ['加分项', 'nice'],
    ['우대사항', 'nice'],
    // responsibilities
    ["What you'll do", 'responsibilities'],
    ['In this role you will', 'responsibilities'],
    ['Responsibilities', 'responsibilities'],
    ['仕事内容', 'responsibilities'],
    ['Deine Aufgaben', 'responsibilities'],
    ['Vos missions', 'responsibilities'],
    ['Responsabilidades', 'responsibilities'],
    ['Mô tả công việc', 'responsibilities'],
    ['Obowiązki', 'responsibilities'],
    ['岗位职责', 'responsibilities'],
    ['주요업무', 'responsibilities'],
    ['Wat ga je doen', 'responsibilities'],
    // benefits
    ['Benefits', 'benefits'],
    ['What we offer', 'benefits'],
    ['Why you’ll love working here', 'benefits'],
    ['Compensation & benefits', 'benefits'],
    ['待遇・福利厚生', 'benefits'],
    ['Wir bieten', 'benefits'],
    ['Avantages', 'benefits'],
    ['Beneficios', 'benefits'],
    ['Phúc lợi', 'benefits'],
    ['Quyền lợi', 'benefits'],
    ['Perks', 'benefits'],
    ['Oferujemy', 'benefits'],
    // about, ambiguous description, tech stack, other
    ['About us', 'about'],
    ['会社概要', 'about'],
    ['Company Description', 'about'],
    ['Über uns', 'about'],
    ['Qui sommes-nous ?', 'about'],
    ['About the role', 'description'],
    ['Job description', 'description'],
    ['Stellenbeschreibung', 'description'],
    ['Tech stack', 'techStack'],
    ['Our stack', 'techStack'],
    ['技術スタック', 'techStack'],
    ['Stack technique', 'techStack'],
    // eligibility, assets, "why <company>" pitches and job functions, in several languages
    ['Eligibility criteria', 'must'],
    ['Who can apply', 'must'],
    ['Prerequisites', 'must'],
    ["Critères d'admissibilité", 'must'],
    ['Profil', 'must'],
    ['Pré-requisitos', 'must'],
    ['Wie zoeken wij?', 'must'],
    ['What would set you apart', 'nice'],
    ['Assets', 'nice'],
    ['Atouts', 'nice'],
    ['Atouts appréciés', 'nice'],
    ['Ervaring met SAP strekt tot aanbeveling', 'nice'],
    ['Why Acme Robotics?', 'benefits'],
    ['Pourquoi Lumen ?', 'benefits'],
    ['¿Por qué Talleres Sur?', 'benefits'],
    ['Perché Verdi', 'benefits'],
    ['Waarom Delta?', 'benefits'],
    ['Warum Nordlicht?', 'benefits'],
    ['Ons aanbod', 'benefits'],
    ['Wat mag je van ons verwachten?', 'benefits'],
    ['Co zyskujesz?', 'benefits'],
    ['Key Functions', 'responsibilities'],
    ['Primary activities', 'responsibilities'],
    ['Principales fonctions', 'responsibilities'],
    ['Funções', 'responsibilities'],
    ['Werkzaamheden', 'responsibilities'],
    ['Functie-inhoud', 'responsibilities'],
    ['How to apply', 'other'],
    ['Equal opportunity employer', 'other'],
  ])('reads %j as %s', (heading, kind) => {
    expect(classifyHeading(heading)).toBe(kind);
  });

  it.each([
    'Senior Backend Engineer',
    'Additional Information',
    'Lotus Pay',
    'Why this role matters',
    'Why this matters',
    '',
  ])('knows nothing of %j', (heading) => {
    expect(classifyHeading(heading)).toBeNull();
  });

  it('only accepts a lone line as a heading when the known words are most of it', () => {
    expect(classifyHeadingStrict('Requirements')).toBe('must');
    expect(classifyHeadingStrict('5 years of experience with Go')).toBeNull();
  });
});

describe('foldText', () => {
  it.each([
    ['Wünschenswert', 'wunschenswert'],
    ['Yêu cầu', 'yeu cau'],
    ['Đãi ngộ', 'dai ngo'],
    ['Straße', 'strasse'],
    ['ＮＩＣＥ', 'nice'],
    ['You’ll', "you'll"],
    ['ガイド', 'ガイド'],
  ])('folds %j to %j', (text, folded) => {
    expect(foldText(text)).toBe(folded);
  });
});

describe('splitFieldLine', () => {
  it.each([
    ['Location: Berlin', 'location', 'Berlin'],
    ['会社名：株式会社サクラ', 'company', '株式会社サクラ'],
    ['勤務地：東京都', 'location', '東京都'],
    ['雇用形態：正社員', 'employment type', '正社員'],
    ['給与：年収600万円', 'salary', '年収600万円'],
    ['Standort: München', 'location', 'München'],
    ['Gehalt: 60.000 €', 'salary', '60.000 €'],
    ['Lieu : Paris', 'location', 'Paris'],
    ['Salaire : 45 k€', 'salary', '45 k€'],
    ['Ubicación: Madrid', 'location', 'Madrid'],
    ['Địa điểm: Hà Nội', 'location', 'Hà Nội'],
    ['Mức lương: 20 triệu', 'salary', '20 triệu'],
    ['Job type: Full-time', 'employment type', 'Full-time'],
    ['Department: Design', 'department', 'Design'],
    ['Apply: https://x.example', 'apply', 'https://x.example'],
    ['Closing date: 1 May', 'deadline', '1 May'],
    ['Salary range (gross): 50k', 'salary', '50k'],
    ['Plaats: Utrecht', 'location', 'Utrecht'],
    ['Sede di lavoro: Bologna', 'location', 'Bologna'],
    ['Cidade: Recife', 'location', 'Recife'],
    ['工作地址：深圳市南山区', 'location', '深圳市南山区'],
    ['근무지역: 부산', 'location', '부산'],
    ['Loon: € 2.800 bruto per maand', 'salary', '€ 2.800 bruto per maand'],
    ['Gratification : 650 € par mois', 'salary', '650 € par mois'],
    ['Stipendio: 28.000 € RAL', 'salary', '28.000 € RAL'],
    ['Faixa salarial: R$ 6.000', 'salary', 'R$ 6.000'],
    ['Widełki: 12 000 – 15 000 PLN', 'salary', '12 000 – 15 000 PLN'],
    ['薪资待遇：15k-20k', 'salary', '15k-20k'],
    ['Forma współpracy: UoP', 'employment type', 'UoP'],
    ['Soort dienstverband: vast', 'employment type', 'vast'],
    ['Tipologia contrattuale: indeterminato', 'employment type', 'indeterminato'],
    ['Regime de contratação: CLT', 'employment type', 'CLT'],
  ])('splits %j into %s', (line, key, value) => {
    expect(splitFieldLine(line)).toEqual(expect.objectContaining({ key, value }));
  });

  it.each([
    'https://example.com/jobs',
    '10:30 – 18:00',
    'We are hiring: engineers who love building things and shipping often',
    'No colon here',
  ])('does not read %j as a known field', (line) => {
    expect(splitFieldLine(line)?.key ?? null).toBeNull();
  });

  it('keeps unknown labels unmapped', () => {
    expect(splitFieldLine('Team size: 8')).toEqual({ label: 'Team size', key: null, value: '8' });
    expect(fieldKeyFor('Standort')).toBe('location');
  });
});

describe('bullets', () => {
  it.each([
    ['- item', 'item', false],
    ['* item', 'item', false],
    ['• item', 'item', false],
    ['•item', 'item', false],
    ['・項目', '項目', false],
    ['‣ item', 'item', false],
    ['◦ item', 'item', false],
    ['1. first', 'first', true],
    ['2) second', 'second', true],
    ['① 一つ目', '一つ目', true],
    ['✅ checked', 'checked', false],
    ['– dash', 'dash', false],
  ])('splits the marker off %j', (line, text, ordered) => {
    expect(splitBullet(line)).toEqual(expect.objectContaining({ text, ordered }));
  });

  it.each(['-5% churn', '**bold**', '2020 was a year', '© 2026 Acme'])('does not take %j for a bullet', (line) => {
    expect(splitBullet(line)).toBeNull();
  });

  it.each([
    ['• Strong Go skills;', 'Strong Go skills'],
    ['Ship features every week.', 'Ship features every week'],
    ['Tools, etc.', 'Tools, etc.'],
    ['First sentence. Second sentence.', 'First sentence. Second sentence.'],
  ])('cleans %j to %j', (item, cleaned) => {
    expect(cleanItem(item)).toBe(cleaned);
  });
});
