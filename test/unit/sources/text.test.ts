import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseText } from '../../../shared/sources/text';

const fixture = (name: string): string => readFileSync(join(__dirname, '../../fixtures/documents', name), 'utf8');

describe('parseText', () => {
  it.each([
    {
      name: 'a German posting with ALL-CAPS headings',
      source: fixture('posting-de.txt'),
      title: 'Teamleitung Kundenservice (m/w/d)',
      company: 'Nordlicht Versand GmbH',
      fields: {
        company: ['Nordlicht Versand GmbH'],
        location: ['Hamburg'],
        'employment type': ['Vollzeit'],
        salary: ['55.000 € brutto pro Jahr'],
      },
    },
    {
      name: 'a Japanese posting with decorated headings',
      source: fixture('posting-ja.txt'),
      title: 'カスタマーサクセス（SaaS）',
      company: '株式会社ミライクラウド',
      fields: {
        company: ['株式会社ミライクラウド'],
        location: ['大阪府大阪市'],
        'employment type': ['正社員'],
        salary: ['年収450万円〜600万円'],
      },
    },
    {
      name: 'a Vietnamese posting',
      source:
        'Nhân viên kinh doanh\nCông ty: Sen Vàng\nĐịa điểm: TP. Hồ Chí Minh\nMức lương: 15 - 20 triệu\n\nYêu cầu:\n- Giao tiếp tốt\n',
      title: 'Nhân viên kinh doanh',
      company: 'Sen Vàng',
      fields: { company: ['Sen Vàng'], location: ['TP. Hồ Chí Minh'], salary: ['15 - 20 triệu'] },
    },
    {
      name: 'a French posting with spaced colons',
      source: 'Chargé de recrutement\n\nLieu : Lyon\nSalaire : 38 k€\nType de contrat : CDI\n',
      title: 'Chargé de recrutement',
      company: null,
      fields: { location: ['Lyon'], salary: ['38 k€'], 'employment type': ['CDI'] },
    },
    {
      name: 'a Spanish posting whose first line is a field',
      source: 'Puesto: Barista\nUbicación: Madrid\n',
      title: 'Barista',
      company: null,
      fields: { title: ['Barista'], location: ['Madrid'] },
    },
  ])('reads $name', ({ source, title, company, fields }) => {
    const [posting] = parseText(source, {});
    expect(posting).toEqual(
      expect.objectContaining({ kind: 'text', title, companyName: company, fields, text: expect.any(String) }),
    );
  });

  it('repairs the text before reading it', () => {
    const [posting] = parseText('Caf\u00c3\u00a9 Manager\nLocation:\u00a0Lisbon\n', {});
    expect(posting?.title).toBe('Café Manager');
    expect(posting?.fields).toEqual({ location: ['Lisbon'] });
  });

  it('finds an apply URL given as a header field', () => {
    const [posting] = parseText('Role\nApply: https://acme.example/apply/7\n', { url: 'https://acme.example/jobs/7' });
    expect(posting?.applyUrl).toBe('https://acme.example/apply/7');
  });

  it('renders paragraphs and lists as HTML without the title line', () => {
    const [posting] = parseText('Role\n\nRequirements:\n- A <b>\n- B\n', {});
    expect(posting?.html).toBe('<h3>Requirements</h3>\n<ul><li>A &lt;b&gt;</li><li>B</li></ul>');
  });
});
