import { statesOptional } from '../../../shared/normalize/document/nice-cues';
import { extractSections } from '../../../shared/normalize/sections';

describe('statesOptional', () => {
  it.each([
    ['Knowledge of Mandarin is a big plus', true],
    ['Experience with Terraform would be an advantage', true],
    ['CPA designation preferred', true],
    ['Ideally you have shipped a mobile app', true],
    ['Kafka, Flink or Spark is a plus', true],
    ['SAP-Kenntnisse sind von Vorteil', true],
    ['Une expérience en SaaS serait un atout', true],
    ['Maîtrise de l’espagnol appréciée', true],
    ['Se valorará experiencia en retail', true],
    ['Inglês avançado será um diferencial', true],
    ['La conoscenza del tedesco costituisce titolo preferenziale', true],
    ['Ervaring met Exact is een pre', true],
    ['Znajomość Kotlina mile widziana', true],
    ['Ưu tiên ứng viên biết tiếng Nhật', true],
    ['有金融行业经验者优先', true],
    ['英語力があれば尚可', true],
    ['AWS 경험자 우대', true],
    ['Civil supervision qualification (Certificate IV) highly regarded', true],
    ['Experience with Xero will be highly regarded', true],
    ['Join a highly regarded civil contractor', false],
    // requirements that only mention a preference in passing stay requirements
    ['Good English; Portuguese is a plus', false],
    ["Bachelor's degree required, master's preferred", false],
    ['Deutsch fließend erforderlich, Englisch von Vorteil', false],
    ['5 years of Java', false],
    ['Strong communication skills', false],
    ['Experience with the Advantage CRM platform', false],
  ])('%j → %s', (item, optional) => {
    expect(statesOptional(item)).toBe(optional);
  });
});

describe('extractSections with optional items under a must-have heading', () => {
  it('moves the items that call themselves optional to the nice-to-haves, in order', () => {
    const sections = extractSections({
      html: '<h2>Profil</h2><ul><li>3 ans d’expérience</li><li>Anglais courant</li><li>La connaissance de Figma est un plus</li></ul><h2>Un plus</h2><ul><li>Expérience B2B</li></ul>',
      markdown: null,
      text: null,
      sections: [],
    });
    expect(sections.must).toEqual(['3 ans d’expérience', 'Anglais courant']);
    expect(sections.nice).toEqual(['Expérience B2B', 'La connaissance de Figma est un plus']);
  });
});
