import { splitDocumentTitle } from '../../../shared/sources/html/page-title';

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
