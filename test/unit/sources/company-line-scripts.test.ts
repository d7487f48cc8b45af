import { parseMarkdown } from '../../../shared/sources/markdown';
import { parseText } from '../../../shared/sources/text';

const companyOfText = (source: string): string | null => parseText(source)[0]?.companyName ?? null;
const companyOfMarkdown = (source: string): string | null => parseMarkdown(source)[0]?.companyName ?? null;

describe('the employer line under the title is read by the legal forms of other scripts', () => {
  it.each([
    [
      'Thai public company',
      'Data Analyst\nบริษัท สยามรีเทล โฮลดิ้ง จำกัด (มหาชน)\n\nหน้าที่\n- วิเคราะห์ข้อมูล',
      'บริษัท สยามรีเทล โฮลดิ้ง จำกัด (มหาชน)',
    ],
    ['Russian LLC', 'Бухгалтер\nООО «Северный Код»\nМосква\n\nОбязанности:\n- учёт', 'ООО «Северный Код»'],
    ['Ukrainian LLC', 'Бухгалтер\nТОВ «Карпатсофт»\n\nОбовʼязки:\n- облік', 'ТОВ «Карпатсофт»'],
    [
      'Greek SA',
      'Λογιστής\nΜακεδονικά Τρόφιμα Α.Ε.\nΘεσσαλονίκη\n\nΑρμοδιότητες:\n- βιβλία',
      'Μακεδονικά Τρόφιμα Α.Ε.',
    ],
    ['Vietnamese LLC', 'Kế toán\nCông ty TNHH Sao Việt\n\nMô tả công việc\n- Sổ sách', 'Công ty TNHH Sao Việt'],
    ['Indonesian PT.', 'Staf Akuntansi\nPT. Maju Jaya Abadi\n\nTanggung jawab\n- Pembukuan', 'PT. Maju Jaya Abadi'],
    ['Turkish A.Ş.', 'Muhasebeci\nAnadolu Lojistik A.Ş.\n\nGörevler\n- Defter', 'Anadolu Lojistik A.Ş.'],
  ])('%s', (_name, source, company) => {
    expect(companyOfText(source)).toBe(company);
  });

  it('a bold line under a Markdown title with a legal form is the employer', () => {
    const md = '## Data Analyst\n\n**บริษัท สยามรีเทล โฮลดิ้ง จำกัด (มหาชน)**\n\n**เงินเดือน:** 45,000 บาท\n';
    expect(companyOfMarkdown(md)).toBe('บริษัท สยามรีเทล โฮลดิ้ง จำกัด (มหาชน)');
    expect(companyOfMarkdown('# Backend Engineer\n\n**Nordlicht Logistik GmbH**\n\n**Location:** Hamburg\n')).toBe(
      'Nordlicht Logistik GmbH',
    );
  });

  it.each([
    ['a Markdown bold tagline', '# Backend Engineer\n\n**We are hiring!**\n\n**Location:** Hamburg\n'],
    ['a Thai sentence about the company', '## พนักงานขาย\n\n**บริษัทของเรากำลังเติบโต**\n\n**เงินเดือน:** 20,000 บาท\n'],
  ])('no employer: %s', (_name, md) => {
    expect(companyOfMarkdown(md)).toBeNull();
  });

  it('an English part-time line is no Indonesian company', () => {
    expect(companyOfText('Retail Assistant\nPT Weekend Shifts\n\nDuties\n- Serve customers')).toBeNull();
  });

  it('a Russian sentence naming the form is no employer', () => {
    expect(companyOfText('Бухгалтер\nООО — самая частая форма компании\n\nОбязанности:\n- учёт')).toBeNull();
  });
});
