import { cleanTitle } from '../../../shared/normalize/title';

describe('a Thai workplace phrase after the title is the place, not the title', () => {
  it.each([
    [
      'head office and district',
      'Data Analyst (Senior) – ประจำสำนักงานใหญ่ สีลม',
      'Data Analyst (Senior)',
      'ประจำสำนักงานใหญ่ สีลม',
    ],
    ['a branch', 'พนักงานขาย - ประจำสาขาเชียงใหม่', 'พนักงานขาย', 'ประจำสาขาเชียงใหม่'],
    ['a plant', 'วิศวกรซ่อมบำรุง – ประจำโรงงานระยอง', 'วิศวกรซ่อมบำรุง', 'ประจำโรงงานระยอง'],
    ['a branch without "stationed"', 'Accountant - สาขาบางนา', 'Accountant', 'สาขาบางนา'],
  ])('%s: %s', (_name, raw, title, location) => {
    expect(cleanTitle(raw)).toMatchObject({ title, removed: { location } });
  });

  it.each([
    ['the word inside a title', 'เจ้าหน้าที่ประจำร้าน'],
    ['a Thai department after the title', 'Marketing – สายงานการตลาด'],
  ])('stays the title: %s', (_name, raw) => {
    expect(cleanTitle(raw)).toMatchObject({ title: raw, removed: { location: null } });
  });
});
