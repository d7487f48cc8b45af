import type { Block } from '../../normalize/document/blocks';
import { parseLocationText } from '../../normalize/geo/location-text';

/**
 * The employer named on a line of its own under the title, without a "Company:" label, as job boards in India,
 * the UK and East Asia print it ("Kaveri Retail Technologies Pvt. Ltd.", "Nordlicht Logistik GmbH",
 * "株式会社サンプル"). Only a line that ends (or, in Japanese, Korean and Chinese, starts) with a legal form
 * counts: any other short line could be a place, a team or a tagline.
 */

/** How many lines under the title are looked at: the employer comes straight after it or not at all. */
const MAX_LINES = 3;
const MAX_NAME_CHARS = 80;

/** A name that ends with a legal form ("Nordlicht Logistik GmbH", "Acme Holdings Ltd"). */
export const LEGAL_SUFFIX =
  /\s(?:NHS(?:\s+Foundation)?\s+Trust|Pvt\.?\s*Ltd\.?|Private\s+Limited|Ltd\.?|Limited|Inc\.?|LLC|LLP|PLC|plc|Corp\.?|Corporation|GmbH(?:\s*&\s*Co\.?\s*KG)?|AG|KG|e\.\s?V\.|S\.\s?A\.(?:\s?S\.)?|S\.\s?L\.(?:\s?U\.)?|S\.r\.l\.|S\.p\.A\.|B\.V\.|N\.V\.|[Ss]p\.\s*z\s*o\.\s*o\.|SARL|SAS|Pty\.?\s*Ltd\.?|Oy|AB|A\/S|ApS|K\.K\.|Co\.,?\s*Ltd\.?|JSC|Ltda\.?)$/u;
/** Korean writes its legal form apart or joined ("주식회사 온길모빌리티", "(주)온길"); Japanese always joined. */
const LEGAL_CJK =
  /^(?:株式会社|有限会社)\S|^(?:\(주\)|㈜|주식회사)\s?\S|\S(?:株式会社|股份有限公司|有限公司|有限責任公司)$/u;
/** Arabic names open with the kind of body: "شركة" (company), "مؤسسة" (establishment), "مجموعة" (group). */
const LEGAL_ARABIC = /^(?:شركة|مؤسسة|مجموعة)\s+\p{Script=Arabic}/u;
/**
 * Legal forms of other scripts, before or around the name: Thai "บริษัท … จำกัด (มหาชน)" (company … limited, public),
 * "ห้างหุ้นส่วนจำกัด"; Russian and Ukrainian "ООО «…»", "АО", "ПАО", "ТОВ «…»"; Greek "… Α.Ε.", "Ε.Π.Ε.", "Μ.Ι.Κ.Ε.";
 * Hebrew "… בע״מ"; Turkish "… A.Ş.", "Ltd. Şti."; Vietnamese "Công ty TNHH …", "Công ty Cổ phần …"; Indonesian "PT. …",
 * "PT … Tbk" ("PT" alone may be English part-time: "PT Weekend Shifts").
 */
const LEGAL_OTHER =
  /^(?:บริษัท\s*\S.*จำกัด(?:\s*\(มหาชน\))?|ห้างหุ้นส่วนจำกัด\s*\S.*|(?:ООО|АО|ПАО|ЗАО|ОАО|ТОВ|ПрАТ|ПАТ)\s+[«"„“]\S.*|\S.*\s(?:Α\.?Ε\.?|Ε\.?Π\.?Ε\.?|Μ\.?Ι\.?Κ\.?Ε\.?|Ο\.?Ε\.?)|\S.*\sבע["״]מ|\S.*\s(?:A\.Ş\.|Ltd\.?\s*Şti\.?)|Công ty\s+(?:TNHH|Cổ phần|CP)\s+\S.*|PT\.?\s+\p{Lu}\S*(?:\s+\S+){0,5}\s+Tbk\.?|PT\.\s+\p{Lu}\S*(?:\s+\S+){0,5})$/u;
/** A line that carries a legal form: an employer's name, never a place. */
const hasLegalForm = (line: string): boolean =>
  LEGAL_SUFFIX.test(line) || LEGAL_CJK.test(line) || LEGAL_ARABIC.test(line) || LEGAL_OTHER.test(line);

/**
 * "Helvetia Rail Systems AG – Zürich Altstetten", "Tamar Foods Ltd · Plymouth": the employer, then a dash or
 * a middle dot and where the job is. The name is the part before; the line counts only when that part ends
 * with a legal form.
 */
const NAME_THEN_REST = /^(.+?)\s+[–—·・-]\s+\S/u;

/**
 * The employer's name a line gives: its part before a dash or middle dot when that part has a legal form (a form
 * written first, "주식회사 온길모빌리티 · 서울 강남구", would carry the whole line along), else the whole line.
 */
export function employerOn(line: string): string | null {
  const name = NAME_THEN_REST.exec(line)?.[1];
  if (name && hasLegalForm(name)) return name;
  return hasLegalForm(line) ? line : null;
}

/** The first `max` lines under the title as written, trimmed: where job boards print employer, place and pay. */
export function firstLinesUnderTitle(blocks: readonly Block[], title: string | null, max = MAX_LINES): string[] {
  const content = blocks.filter((block) => block.type !== 'field');
  // a Markdown title is a heading of its own ("# Data Engineer"): the lines under it are the next paragraph's
  const titleHeading = content[0]?.type === 'heading' && content[0].text === title;
  const first = titleHeading ? content[1] : content[0];
  if (first?.type !== 'paragraph') return [];
  // a text title on a line of its own, a blank line, then the employer, place and pay: the next paragraph's
  // (the paragraph right after it: one after a labelled field is the body's)
  const titleAlone = !titleHeading && first.lines.length === 1 && first.lines[0] === title;
  const under = titleAlone ? blocks[blocks.indexOf(first) + 1] : first;
  if (under?.type !== 'paragraph') return [];
  const lines = under.lines[0] === title ? under.lines.slice(1) : under.lines;
  return lines.slice(0, max).map((line) => line.trim());
}

/** The unlabelled lines under the title, where job boards print the employer and the place. */
export function linesUnderTitle(blocks: readonly Block[], title: string | null): string[] {
  return firstLinesUnderTitle(blocks, title).filter((line) => line.length <= MAX_NAME_CHARS && !/[:：|]/u.test(line));
}

/** The company a text posting names on a line under its title, or null. */
export function companyLine(blocks: readonly Block[], title: string | null): string | null {
  const bold = boldLineUnderTitle(blocks);
  const boldName = bold === null ? null : employerOn(bold);
  if (boldName) return boldName;
  for (const line of linesUnderTitle(blocks, title)) {
    const name = employerOn(line);
    if (name) return name;
  }
  return null;
}

/**
 * The employer named first under a heading about the company ("公司基本信息" then "上海云链数科信息技术有限公司" on
 * BOSS直聘, "会社概要" then "株式会社…", "About the company" then "Acme Holdings Ltd"): a line with a legal form
 * opening the section, for postings that name the employer nowhere near the title.
 */
export function companyUnderAboutHeading(blocks: readonly Block[]): string | null {
  for (let i = 0; i + 1 < blocks.length; i++) {
    const heading = blocks[i];
    const next = blocks[i + 1];
    if (heading?.type !== 'heading' || heading.kind !== 'about' || next?.type !== 'paragraph') continue;
    const first = next.lines[0]?.trim() ?? '';
    const name = first.length <= MAX_NAME_CHARS ? employerOn(first) : null;
    if (name) return name;
  }
  return null;
}

/** A bold line of its own right under a Markdown title ("## Data Analyst" then "**Acme Holdings Ltd**"), or null. */
function boldLineUnderTitle(blocks: readonly Block[]): string | null {
  const at = blocks.findIndex((block) => block.type === 'heading' && block.title);
  const next = at >= 0 ? blocks[at + 1] : undefined;
  return next?.type === 'heading' && next.signal === 'bold' && !next.title && next.text.length <= MAX_NAME_CHARS
    ? next.text
    : null;
}

const MAX_PLACE_WORDS = 3;
/**
 * A lower-case word of four letters or more ("We are hiring", "We build things."): a sentence, not a place,
 * whose first word the gazetteer may still know (Wé, New Caledonia). Place names keep their short particles
 * ("Frankfurt am Main", "Rio de Janeiro", "Kingston upon Hull") and a workplace word may follow the city.
 */
const SENTENCE_WORDS =
  /(?<![\p{L}\p{M}'’-])(?!(?:upon|remote|hybrid|onsite|office)(?![\p{L}\p{M}]))\p{Ll}[\p{Ll}\p{M}]{3,}/u;
const NO_CONTEXT = { countryHint: null, contextCountries: new Set<string>() };

/**
 * The place a text posting names on a line under its title ("Bengaluru, Karnataka (Hybrid)", "Hamburg,
 * Vollzeit"), or null: the line must open with a city, standing alone before its first comma or bracket,
 * so a sentence that mentions a city ("Unser Team in Hamburg sucht …") is not one.
 */
export function placeLine(blocks: readonly Block[], title: string | null): string | null {
  return (
    linesUnderTitle(blocks, title).find((line) => {
      if (employerOn(line)) return false;
      const lead = line.split(/[,(（、–—]/u)[0]?.trim() ?? '';
      if (!lead || lead.split(/\s+/).length > MAX_PLACE_WORDS || SENTENCE_WORDS.test(lead)) return false;
      const places = parseLocationText(lead, NO_CONTEXT);
      return places.length === 1 && places[0]?.city != null && places[0].text === lead;
    }) ?? null
  );
}
