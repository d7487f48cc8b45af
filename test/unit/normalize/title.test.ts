import { cleanTitle } from '../../../shared/normalize/title';

describe('cleanTitle', () => {
  describe('removes gender markers', () => {
    it.each([
      ['Teamleiter Lager (m/w/d)', 'Teamleiter Lager'],
      ['Softwareentwickler (w/m/d) Java', 'Softwareentwickler Java'],
      ['Data Engineer (m/f/d)', 'Data Engineer'],
      ['UX Designer (f/m/x)', 'UX Designer'],
      ['Sales Manager (all genders)', 'Sales Manager'],
      ['Développeur Full-Stack (H/F)', 'Développeur Full-Stack'],
      ['Chef de projet (F/H)', 'Chef de projet'],
      ['Barista (M/F)', 'Barista'],
      ['Projektmanager (gn)', 'Projektmanager'],
      ['Softwareentwickler*in', 'Softwareentwickler'],
      ['Berater:in Vertrieb', 'Berater Vertrieb'],
      ['Kaufmann/-frau für Büromanagement', 'Kaufmann für Büromanagement'],
      ['Développeur Java H/F', 'Développeur Java'],
      ['営業スタッフ（男女不問）', '営業スタッフ'],
    ])('%s', (raw, clean) => {
      expect(cleanTitle(raw).title).toBe(clean);
    });
  });

  describe('removes requisition codes and returns them', () => {
    it.each([
      ['[REQ-1234] Senior Data Engineer', 'Senior Data Engineer', 'REQ-1234'],
      ['Software Engineer #4521', 'Software Engineer', '#4521'],
      ['Product Designer Ref. 123', 'Product Designer', 'Ref. 123'],
      ['Backend Developer (ID 5678)', 'Backend Developer', 'ID 5678'],
      ['JR-2291 Frontend Engineer', 'Frontend Engineer', 'JR-2291'],
      ['QA Engineer - 88231', 'QA Engineer', '88231'],
    ])('%s', (raw, clean, code) => {
      const result = cleanTitle(raw);
      expect(result.title).toBe(clean);
      expect(result.removed.code).toBe(code);
    });
  });

  describe('removes salary, employment type, location and company suffixes, and says what they were', () => {
    it.each([
      ['Senior Engineer – $120k–$150k', 'Senior Engineer', 'salary', '$120k–$150k'],
      ['Marketing Manager (€60.000)', 'Marketing Manager', 'salary', '€60.000'],
      ['Data Scientist – Full-time', 'Data Scientist', 'employmentType', 'Full-time'],
      ['Android Developer (Contract)', 'Android Developer', 'employmentType', 'Contract'],
      ['Buchhalter | Teilzeit', 'Buchhalter', 'employmentType', 'Teilzeit'],
      ['Buchhalter in Teilzeit (m/w/d)', 'Buchhalter', 'employmentType', 'Teilzeit'],
      ['Marketing Assistant (Internship)', 'Marketing Assistant', 'employmentType', 'Internship'],
      ['Software Engineer – Berlin', 'Software Engineer', 'location', 'Berlin'],
      ['Site Reliability Engineer - Remote', 'Site Reliability Engineer', 'location', 'Remote'],
      ['Security Engineer (Remote, US)', 'Security Engineer', 'location', 'Remote, US'],
      ['Account Executive | London, UK', 'Account Executive', 'location', 'London, UK'],
      ['Backend Engineer @ Tokyo', 'Backend Engineer', 'location', 'Tokyo'],
      ['Software Engineer, Berlin, Germany', 'Software Engineer', 'location', 'Berlin, Germany'],
      ['【東京】機械学習エンジニア', '機械学習エンジニア', 'location', '東京'],
      ['Senior Engineer at Acme', 'Senior Engineer', 'company', 'Acme'],
      ['Platform Engineer | Acme Careers', 'Platform Engineer', 'company', 'Acme Careers'],
    ] as const)('%s', (raw, clean, field, value) => {
      const result = cleanTitle(raw);
      expect(result.title).toBe(clean);
      expect(result.removed[field]).toBe(value);
    });
  });

  it('removes the company named by the caller', () => {
    expect(cleanTitle('Barista – Tostado Coffee', { company: 'Tostado Coffee' })).toEqual({
      title: 'Barista',
      removed: { employmentType: null, location: null, code: null, salary: null, company: 'Tostado Coffee' },
    });
  });

  describe('keeps what describes the job', () => {
    it.each([
      'Staff Software Engineer, Payments',
      '機械学習エンジニア（画像認識）',
      'Senior Android Engineer (Kotlin)',
      'Senior Backend Engineer (Go/Node.js)',
      'Registered Nurse – Night Shifts',
      'Senior Engineer – Mobile',
      'Summer Intern – 2026',
      'Full-Stack Developer',
      'Head of Growth at scale',
    ])('%s', (raw) => {
      expect(cleanTitle(raw).title).toBe(raw);
    });
  });

  it('cleans several suffixes at once', () => {
    const result = cleanTitle('Registered Nurse – Night Shifts | Elmfield Care Careers');
    expect(result.title).toBe('Registered Nurse – Night Shifts');
    expect(result.removed.company).toBe('Elmfield Care Careers');
  });

  describe('turns all-capital titles into title case, keeping acronyms', () => {
    it.each([
      ['SENIOR SOFTWARE ENGINEER - SAAS PLATFORM', 'Senior Software Engineer - SaaS Platform'],
      ['VP OF SALES AND MARKETING', 'VP of Sales and Marketing'],
      ['IT SUPPORT TECHNICIAN (REMOTE)', 'IT Support Technician'],
      ['HR BUSINESS PARTNER', 'HR Business Partner'],
    ])('%s', (raw, clean) => {
      expect(cleanTitle(raw).title).toBe(clean);
    });
  });

  it('leaves a title that is only a removable part as it was', () => {
    expect(cleanTitle('Remote').title).toBe('Remote');
  });

  it('collapses whitespace', () => {
    expect(cleanTitle('  Senior   Engineer \n').title).toBe('Senior Engineer');
  });
});

describe('cleanTitle on arbitrary text', () => {
  const fc = require('fast-check') as typeof import('fast-check');
  const role = fc.constantFrom(
    'Senior Engineer',
    'Registered Nurse',
    '機械学習エンジニア',
    'Teamleiter Lager',
    'DATA ANALYST',
    'Staff Software Engineer, Payments',
  );
  const suffix = fc.constantFrom(
    '(m/w/d)',
    ' – Remote',
    ' | Berlin',
    ' – $120k–$150k',
    ' #4521',
    ' (Full-time)',
    '（画像認識）',
    ' at Acme',
    ' | Acme Careers',
    ' (Kotlin)',
    ' – Night Shifts',
  );

  it('never throws and never returns an empty title for a non-blank input', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), suffix), { minLength: 1, maxLength: 10 }), (p) => {
        const raw = p.join(' ');
        const { title } = cleanTitle(raw);
        if (raw.trim()) expect(title.length).toBeGreaterThan(0);
      }),
      { numRuns: 300, seed: 20261126 },
    );
  });

  it('leaves its own output unchanged', () => {
    fc.assert(
      fc.property(role, fc.array(suffix, { maxLength: 4 }), (r, s) => {
        const { title } = cleanTitle(r + s.join(''));
        expect(cleanTitle(title).title).toBe(title);
      }),
      { numRuns: 300, seed: 20261126 },
    );
  });
});

describe('cleanTitle on text that is not a title', () => {
  it('reads only the first 300 characters', () => {
    expect(cleanTitle(`Senior Engineer ${'and more words '.repeat(100)}`).title.length).toBeLessThanOrEqual(300);
  });
});

describe('cleanTitle on a Swiss workload at the end', () => {
  it.each([
    ['Buchhalter/in 100%', 'Buchhalter', '100%'],
    ['Pflegefachfrau HF 60 - 80 %', 'Pflegefachfrau HF', '60 - 80 %'],
    ['Sachbearbeiter Debitoren (m/w/d) 80–100%', 'Sachbearbeiter Debitoren', '80–100%'],
    ['Assistante de direction (50%)', 'Assistante de direction', '50%'],
  ])('%s → %s, workload %s', (raw, title, workload) => {
    const clean = cleanTitle(raw);
    expect(clean.title).toBe(title);
    expect(clean.removed.employmentType).toBe(workload);
  });

  it('keeps a percentage that is the whole title', () => {
    expect(cleanTitle('100%').title).toBe('100%');
  });
});
