import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { buildElement, cdata, cleanXmlText } from '../../../shared/boards/xml-text';
import { HOSTILE_TEXT, HOSTILE_TEXT_CLEANED, ONLY_XML_CHARS } from './posting-fixture';

const parse = (xml: string) =>
  new XMLParser({ cdataPropName: '__cdata', trimValues: false }).parse(xml) as Record<string, unknown>;

describe('cleanXmlText', () => {
  it.each([
    ['plain text is unchanged', 'Senior Engineer', 'Senior Engineer'],
    ['C0 controls other than tab, LF and CR are removed', 'a\u0000b\u0007c\u001fd\te\nf\rg', 'abcd\te\nf\rg'],
    ['U+FFFE and U+FFFF are removed', 'a\uFFFEb\uFFFFc', 'abc'],
    ['a lone high surrogate is removed', 'a\uD83Db', 'ab'],
    ['a lone low surrogate is removed', 'a\uDE80b', 'ab'],
    ['emoji (surrogate pairs) and ZWJ sequences are kept', 'go 🚀 👩🏽‍💻', 'go 🚀 👩🏽‍💻'],
    ['CJK and accents are kept', '東京 Zürich Hồ Chí Minh', '東京 Zürich Hồ Chí Minh'],
  ])('%s', (_name, input, expected) => {
    expect(cleanXmlText(input)).toBe(expected);
  });
});

describe('CDATA elements', () => {
  it('a value containing "]]>" is split across CDATA sections and parses back to the same text', () => {
    const xml = buildElement('description', cdata('before ]]> after ]]>]]>'));
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain('<![CDATA[');
    const parsed = parse(xml)['description'] as { __cdata: string[] | string };
    const text = Array.isArray(parsed.__cdata) ? parsed.__cdata.join('') : parsed.__cdata;
    expect(text).toBe('before ]]> after ]]>]]>');
  });

  it('hostile text is written with only XML 1.0 characters and reads back cleaned, emoji included', () => {
    const xml = buildElement('title', cdata(HOSTILE_TEXT));
    expect(ONLY_XML_CHARS.test(xml)).toBe(true);
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = parse(xml)['title'] as { __cdata: string[] | string };
    const text = Array.isArray(parsed.__cdata) ? parsed.__cdata.join('') : parsed.__cdata;
    expect(text).toBe(HOSTILE_TEXT_CLEANED);
  });

  it('an empty or missing value leaves the element out', () => {
    expect(cdata(null)).toBeUndefined();
    expect(cdata('')).toBeUndefined();
    expect(cdata('\u0000')).toBeUndefined();
    expect(buildElement('job', { title: cdata('T'), city: cdata(null) })).toBe(
      '<job><title><![CDATA[T]]></title></job>',
    );
  });
});
