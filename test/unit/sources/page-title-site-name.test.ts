import { siteBesideTitle, splitDocumentTitle } from '../../../shared/sources/html/page-title';

describe('splitDocumentTitle names the company behind a careers-site word', () => {
  it.each([
    ['Analista de Dados | Carreiras Vila Verde', 'Analista de Dados', 'Vila Verde'],
    ['Backend Engineer | Acme Careers', 'Backend Engineer', 'Acme'],
    ['Buchhalter (m/w/d) | Karriere Nordlicht AG', 'Buchhalter (m/w/d)', 'Nordlicht AG'],
    ['Fisioterapista — Lavora con noi Sanitas', 'Fisioterapista', 'Sanitas'],
    ['Kierowca | Kariera w Trans-Pol', 'Kierowca', 'Trans-Pol'],
    ['Verpleegkundige | Werken bij Zorggroep Oost', 'Verpleegkundige', 'Zorggroep Oost'],
    ['Enfermera | Empleos en Clínica Sur', 'Enfermera', 'Clínica Sur'],
    ['Developer | Jobs at Initech', 'Developer', 'Initech'],
    ['Developer | Helix Vacatures', 'Developer', 'Helix'],
  ])('%s → %s at %s', (raw, title, site) => {
    expect(splitDocumentTitle(raw)).toEqual({ title, site });
  });

  it.each([['Designer | Careers'], ['Designer | Carreiras']])('%s has no company name', (raw) => {
    expect(splitDocumentTitle(raw).site).toBeNull();
  });
});

describe('a <title> part that is only a careers-site word names neither the posting nor the company', () => {
  it.each([
    ['Vagas | Analista de Suporte Pleno - TechNova', 'Analista de Suporte Pleno', 'TechNova'],
    ['Careers | Backend Engineer – Acme Robotics', 'Backend Engineer', 'Acme Robotics'],
    ['Jobs · Data Analyst · Initech', 'Data Analyst', 'Initech'],
    ['Stellenangebote | Buchhalter (m/w/d) | Nordlicht AG', 'Buchhalter (m/w/d)', 'Nordlicht AG'],
    ['Ingénieur DevOps - Kerlann | Emplois', 'Ingénieur DevOps', 'Kerlann'],
    ['Desarrollador - Clínica Sur | Empleos', 'Desarrollador', 'Clínica Sur'],
    ['採用 | フロントエンドエンジニア - 株式会社サンプル', 'フロントエンドエンジニア', '株式会社サンプル'],
  ])('%s: the company beside %s is %s', (raw, pageTitle, company) => {
    const { title, site } = splitDocumentTitle(raw);
    expect(title).not.toMatch(/^(?:vagas|careers|jobs|stellenangebote|emplois|empleos|採用)$/i);
    expect(site ?? siteBesideTitle(raw, pageTitle)).toBe(company);
  });

  it.each([['Designer | Careers'], ['Designer - Jobs'], ['Designer | Jobs | Careers']])(
    '%s still names no company',
    (raw) => {
      expect(splitDocumentTitle(raw).site ?? siteBesideTitle(raw, 'Designer')).toBeNull();
    },
  );
});
