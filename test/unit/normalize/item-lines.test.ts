import { extractSections, type Sections } from '../../../shared/normalize/sections';

type Input = { html?: string; markdown?: string; text?: string };

const read = (input: Input): Sections =>
  extractSections({
    html: input.html ?? null,
    markdown: input.markdown ?? null,
    text: input.text ?? null,
    sections: [],
  });

const picked = (sections: Sections) => ({
  responsibilities: sections.responsibilities,
  must: sections.must,
  nice: sections.nice,
  benefits: sections.benefits,
  headings: sections.headings.filter((h) => h.section !== null).map((h) => h.text),
});

describe('items written one per paragraph under a marked heading', () => {
  it.each<[string, Input, Partial<ReturnType<typeof picked>>]>([
    [
      'en: a line mostly naming the section it is in',
      { html: '<h3>Requirements</h3><p>5+ years with Go</p><p>Education in CS</p><p>Fluent English</p>' },
      { must: ['5+ years with Go', 'Education in CS', 'Fluent English'], headings: ['Requirements'] },
    ],
    [
      'en: the first line under a heading that just opened its section',
      { html: '<h3>Benefits</h3><p>Bonus</p><p>Remote work</p><p>Gym</p>' },
      { benefits: ['Bonus', 'Remote work', 'Gym'], nice: [], headings: ['Benefits'] },
    ],
    [
      'en: a line in a run of items',
      { html: '<h3>What you will do</h3><p>Design APIs</p><p>Responsibilities of a lead</p>' },
      { responsibilities: ['Design APIs', 'Responsibilities of a lead'], headings: ['What you will do'] },
    ],
    [
      'de',
      { html: '<h2>Dein Profil</h2><p>Teamgeist</p><p>Qualifikationen in SAP</p><p>Führerschein Klasse B</p>' },
      { must: ['Teamgeist', 'Qualifikationen in SAP', 'Führerschein Klasse B'], headings: ['Dein Profil'] },
    ],
    [
      'fr',
      { html: '<h3>Votre profil</h3><p>Compétences en SAP</p><p>Anglais courant</p>' },
      { must: ['Compétences en SAP', 'Anglais courant'], headings: ['Votre profil'] },
    ],
    [
      'es',
      { html: '<h3>Requisitos</h3><p>Experiencia SAP</p><p>Competencias en SAP</p><p>Inglés avanzado</p>' },
      { must: ['Experiencia SAP', 'Competencias en SAP', 'Inglés avanzado'], headings: ['Requisitos'] },
    ],
    [
      'ja',
      { html: '<h3>待遇・福利厚生</h3><p>福利厚生充実</p><p>交通費支給</p><p>賞与年2回</p>' },
      { benefits: ['福利厚生充実', '交通費支給', '賞与年2回'], headings: ['待遇・福利厚生'] },
    ],
    [
      'ja: the qualifications line under the qualifications heading',
      { html: '<h3>応募資格</h3><p>応募資格不問</p><p>英語力</p>' },
      { must: ['応募資格不問', '英語力'], headings: ['応募資格'] },
    ],
    [
      'plain text under a heading in capitals',
      { text: 'Backend Engineer\n\nREQUIREMENTS\n\nEducation in CS\n\nFluent English\n' },
      { must: ['Education in CS', 'Fluent English'], headings: ['REQUIREMENTS'] },
    ],
    [
      'markdown paragraphs under a #-heading',
      { markdown: '# Backend Engineer\n\n## Benefits\n\nBonus\n\nGym\n' },
      { benefits: ['Bonus', 'Gym'], headings: ['Benefits'] },
    ],
  ])('keeps the items in their section (%s)', (_, input, expected) => {
    expect(picked(read(input))).toMatchObject(expected);
  });

  it.each<[string, Input, Partial<ReturnType<typeof picked>>]>([
    [
      'a whole dictionary heading between items still opens its section',
      { html: '<h3>Requirements</h3><p>Go</p><p>Nice to have</p><p>Rust</p>' },
      { must: ['Go'], nice: ['Rust'] },
    ],
    [
      'a line above a list heads it',
      { html: '<h3>Anforderungen</h3><p>Go</p><p>Wünschenswert</p><ul><li>Rust</li></ul>' },
      { must: ['Go'], nice: ['Rust'] },
    ],
    [
      'headings written as bare lines are all headings (no marked heading opened the section)',
      { text: 'Backend Engineer\n\nRequirements\nGo\n\nBenefits\nGym\n' },
      { must: ['Go'], benefits: ['Gym'] },
    ],
    [
      'bold headings are headings',
      { html: '<p><strong>Requisitos</strong></p><p>Go</p><p><strong>Beneficios</strong></p><p>Seguro médico</p>' },
      { must: ['Go'], benefits: ['Seguro médico'] },
    ],
  ])('still reads headings as headings: %s', (_, input, expected) => {
    expect(picked(read(input))).toMatchObject(expected);
  });
});
