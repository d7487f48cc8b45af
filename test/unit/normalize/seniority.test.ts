import { detectSeniority } from '../../../shared/normalize/title';
import { yearsAsked } from '../../../shared/normalize/seniority';

const fromTitle = (title: string) => detectSeniority({ title, sourceValue: null, text: '' });

describe('detectSeniority', () => {
  describe('reads the title first, in several languages', () => {
    it.each([
      ['Senior Director, Product', 'director'],
      ['Lead Engineer', 'lead'],
      ['Engineering Manager', 'manager'],
      ['Staff Frontend Engineer', 'staff'],
      ['Staff Software Engineer, Payments', 'staff'],
      ['Data Analyst Intern', 'intern'],
      ['Teamleiter Lager', 'lead'],
      ['Senior Backend Engineer', 'senior'],
      ['Sr. Data Scientist', 'senior'],
      ['Snr Accountant', 'senior'],
      ['Junior Developer', 'junior'],
      ['Jr. QA Tester', 'junior'],
      ['Principal Engineer', 'principal'],
      ['Head of Engineering', 'director'],
      ['VP of Sales', 'executive'],
      ['Vice President, Finance', 'executive'],
      ['Chief Technology Officer', 'executive'],
      ['CTO', 'executive'],
      ['Graduate Software Engineer', 'junior'],
      ['Entry Level Sales Representative', 'junior'],
      ['Associate Product Manager', 'junior'],
      ['Praktikant Marketing', 'intern'],
      ['Werkstudent Data Science', 'intern'],
      ['Stagiaire développeur', 'intern'],
      ['Becario de marketing', 'intern'],
      ['Thực tập sinh Marketing', 'intern'],
      ['インターン（エンジニア）', 'intern'],
      ['Abteilungsleiter Vertrieb', 'manager'],
      ['Filialleiter', 'manager'],
      ['Leiter Finanzen', 'director'],
      ['Gruppenleiter Produktion', 'lead'],
      ["Chef d'équipe logistique", 'lead'],
      ['Responsable commercial', 'manager'],
      ['Jefe de equipo', 'lead'],
      ['Trưởng nhóm Kinh doanh', 'lead'],
      ['Trưởng phòng Nhân sự', 'manager'],
      ['シニアエンジニア', 'senior'],
      ['ジュニアデザイナー', 'junior'],
      ['チームリーダー', 'lead'],
      ['営業マネージャー', 'manager'],
      ['開発部長', 'director'],
      ['Semi Senior Developer', 'mid'],
      ['Software Engineer II', 'mid'],
      ['Senior Software Engineer II', 'senior'],
      ['Software Engineer I', 'junior'],
      ['Geschäftsführer', 'executive'],
      ['Marketing Intern', 'intern'],
      ['Head Chef', 'lead'],
    ])('%s → %s', (title, level) => {
      expect(fromTitle(title)).toBe(level);
    });
  });

  describe('does not read levels into words that only look like them', () => {
    it.each([
      'Product Manager',
      'Customer Success Manager',
      'Lead Generation Specialist',
      'Staff Nurse',
      'Mid-Market Account Executive',
      'Sales Associate',
      'Coordinator for Interns',
      'Barista',
      'Projektleiter Bau',
    ])('%s → null', (title) => {
      expect(fromTitle(title)).toBeNull();
    });
  });

  describe('falls back to the source value', () => {
    it.each([
      ['Internship', 'intern'],
      ['Entry level', 'junior'],
      ['Associate', 'junior'],
      ['mid_senior_level', 'mid'],
      ['Mid-Senior Level', 'mid'],
      ['experienced', 'mid'],
      ['Director', 'director'],
      ['Executive', 'executive'],
      ['Senior Level', 'senior'],
    ])('%s → %s', (sourceValue, level) => {
      expect(detectSeniority({ title: 'Warehouse Operative', sourceValue, text: '' })).toBe(level);
    });

    it('reads a broad band as senior when the text asks for five years or more', () => {
      expect(
        detectSeniority({
          title: 'Backend Engineer',
          sourceValue: 'Mid-Senior Level',
          text: '10+ years of software engineering',
        }),
      ).toBe('senior');
    });

    it('prefers the title to the source value', () => {
      expect(detectSeniority({ title: 'Staff Software Engineer', sourceValue: 'Mid-Senior Level', text: '' })).toBe(
        'staff',
      );
    });
  });

  describe('reads the text only as a last resort', () => {
    it.each([
      ['At least 5 years of backend development experience', 'senior'],
      ['10+ years in software engineering', 'senior'],
      ['3+ years managing customer support teams', 'mid'],
      ['0–2 years of experience', 'junior'],
      ['New grads welcome!', 'junior'],
      ['Pythonでの開発経験3年以上', 'mid'],
      ['A six-month paid internship on our data team.', 'intern'],
      ['Mindestens 5 Jahre Berufserfahrung', 'senior'],
      ['Founded 20 years ago, we sell coffee.', null],
      ['', null],
    ])('%s → %s', (text, level) => {
      expect(detectSeniority({ title: 'Engineer', sourceValue: null, text })).toBe(level);
    });
  });

  describe('reads beginner and internship statements in the posting’s language', () => {
    it.each([
      ['Graduates and freshers are welcome to apply', 'junior'],
      ['Freshers can apply. Good communication skills.', 'junior'],
      ['Sin experiencia previa: te formamos', 'junior'],
      ['Geen werkervaring nodig, wel motivatie', 'junior'],
      ['Stellen für Berufseinsteiger, keine Berufserfahrung erforderlich', 'junior'],
      ['応募資格：経験不問', 'junior'],
      ['Type de contrat : Stage de 4 mois', 'intern'],
      ['Nous proposons un stage de fin d’études à Lyon', 'intern'],
      ['Poste en alternance (rythme 3 semaines / 1 semaine)', 'intern'],
      ['Vertragsart: Praktikum', 'intern'],
      ['Ein 6-monatiges Praktikum in unserem Marketing', 'intern'],
      ['Prácticas curriculares de 6 meses con convenio', 'intern'],
      ['Estágio remunerado de 12 meses', 'intern'],
      ['Tirocinio extracurriculare retribuito', 'intern'],
      ['Płatny staż w dziale finansów', 'intern'],
      ['雇用形態：インターン', 'intern'],
      ['Job type: Internal transfer', null],
      ['You will mentor our interns and stagiaires', null],
      ['At this stage of our growth we need builders', null],
    ])('%s → %s', (text, level) => {
      expect(detectSeniority({ title: 'Assistant', sourceValue: null, text })).toBe(level);
    });
  });

  describe('reads an internship that title cleaning moved out of the title', () => {
    it.each([
      ['Marketing Analytics', 'Internship', 'intern'],
      ['Assistant Marketing Digital', '6 mois, Stage', 'intern'],
      ['Analista de Datos', 'Prácticas', 'intern'],
      ['Chargé de communication', 'Alternance', 'intern'],
      ['Senior Data Engineer', 'Full-time', 'senior'],
      ['Data Engineer', 'Contract', null],
    ])('%s + removed %j → %s', (title, titleEmployment, level) => {
      expect(detectSeniority({ title, sourceValue: null, text: '', titleEmployment })).toBe(level);
    });

    it.each(['Tirocinio - Sviluppatore Java', 'Staż w dziale HR', 'Apprentissage - Développeur web'])(
      'and reads the same words left in a title: %s',
      (title) => {
        expect(detectSeniority({ title, sourceValue: null, text: '' })).toBe('intern');
      },
    );
  });

  it('takes the largest number of years a posting asks for', () => {
    expect(yearsAsked('2+ years of Go; 5+ years of backend experience overall')).toBe(5);
  });
});
