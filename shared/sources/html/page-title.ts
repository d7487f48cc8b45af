import type { Element } from 'domhandler';
import { findOne } from 'domutils';
import { textOf } from '../../normalize/document/dom-walk';
import { foldText } from '../../normalize/document/fold';
import { placesNamed } from '../../normalize/geo/gazetteer';
import type { PlaceRef } from '../../normalize/geo/gazetteer-types';
import type { PageIndex } from './page-index';

const CONTENT_CONTAINER = /^(?:main|article)$/;
const CHROME_CONTAINER = /^(?:nav|footer|aside)$/;
const MAX_TITLE_CHARS = 200;

function ancestors(element: Element): Element[] {
  const found: Element[] = [];
  for (let node = element.parent; node && node.type === 'tag'; node = node.parent) found.push(node as Element);
  return found;
}

const isInContent = (element: Element): boolean =>
  ancestors(element).some(
    (a) => CONTENT_CONTAINER.test(a.name) || a.attribs.role === 'main' || /JobPosting/i.test(a.attribs.itemtype ?? ''),
  );
const isInChrome = (element: Element): boolean => ancestors(element).some((a) => CHROME_CONTAINER.test(a.name));

/**
 * The element holding the posting's title: an `<h1>` inside the main content (a logo in the site header is
 * often an `<h1>` too), else the first `<h1>` outside navigation and footers that is not the site's name,
 * else an element marked as the job title.
 */
export function findTitleElement(index: PageIndex, siteName: string | null): Element | null {
  const usable = (element: Element): boolean => {
    const text = textOf(element);
    return text.length >= 2 && text.length <= MAX_TITLE_CHARS && (!siteName || foldText(text) !== foldText(siteName));
  };
  const h1s = index.h1s.filter((h1) => !isInChrome(h1) && usable(h1));
  if (h1s.length > 0) return h1s.find(isInContent) ?? h1s[0]!;
  const marked = index.titleLike.find(usable);
  return marked ? (headingInside(marked, usable) ?? marked) : null;
}

const SUBHEADING = /^h[2-6]$/;

/**
 * A marked header that wraps the title's heading with the facts beside it (`<div class="job-header">` holding the
 * employer's link, an `<h2>` and the place, contract and pay): the heading is the title, so the facts after it
 * are read as the header's facts.
 */
function headingInside(wrapper: Element, usable: (element: Element) => boolean): Element | null {
  if (SUBHEADING.test(wrapper.name)) return null;
  const heading = findOne((e) => SUBHEADING.test(e.name), wrapper.children, true);
  return heading && heading !== wrapper && usable(heading) ? heading : null;
}

/**
 * Separators between a title and the site's name in `<title>` ("Engineer — Acme", "Engineer | Acme Careers"); the
 * full-width bar needs no spaces: Japanese and Chinese titles write none ("エンジニア｜採用情報｜株式会社サンプル").
 */
const STRONG_SEPARATOR = /\s+[|—·•:]{1,2}\s+|\s+::\s+|\s*｜\s*/;
const WEAK_SEPARATOR = /\s+[-–]\s+/;
const CAREERS_WORDS =
  /\b(?:careers?|jobs?|karriere|stellenangebote|emplois?|empleos?|carreras|vagas|lavora con noi|werken bij|tuyen dung|karier|lowongan|kariyer|karriär|kariera|kariéra|lediga jobb|ledige stillinger)\b|招聘|诚聘|誠聘|徵才|採用|求人|채용/i;
const JOBS_AT =
  /^(?:careers?|jobs?|karriere|stellenangebote|emplois?|offres d'emploi|empleos?|trabaja|vagas)\s+(?:at|@|bei|chez|en|in|na|em)\s+/i;

/** Title and site name from a page's `<title>` or `og:title`, splitting off " — Company" / " | Careers". */
export function splitDocumentTitle(raw: string): { title: string; site: string | null } {
  const strong = raw
    .split(STRONG_SEPARATOR)
    .map((part) => part.trim())
    .filter(Boolean);
  const rest = withoutSiteWordEnds(strong);
  if (rest !== strong && (rest.length > 1 || WEAK_SEPARATOR.test(rest[0] ?? '')))
    return splitDocumentTitle(rest.join(' | '));
  if (strong.length > 1)
    return boardListing(strong) ?? { title: strong[0] ?? raw, site: siteName(strong.slice(1).join(' ')) };
  const weak = raw.split(WEAK_SEPARATOR);
  const last = weak[weak.length - 1]?.trim() ?? '';
  if (weak.length > 1 && CAREERS_WORDS.test(last))
    return { title: weak.slice(0, -1).join(' - ').trim(), site: siteName(last) };
  return { title: raw.trim(), site: null };
}

/** A site named by its domain ("TopCV.vn", "Indeed.com", "StepStone.de"): a job board, not the employer. */
const DOMAIN_NAME = /^[\p{L}\d-]+(?:\.[a-z]{2,}){1,2}$/iu;
/** "… at Acme", "… tại Công ty ABC", "… bei Muster GmbH", "… chez Acme", "… presso Rossi S.p.A.": the employer after the job. */
const EMPLOYER_AFTER = /\s(?:[Aa]t|@|tại|bei|chez|presso)\s+(?!\p{Ll})(\S.{1,80})$/u;

/**
 * A job board's `<title>`: "<job> tại <employer> | TopCV.vn", "<job> at <employer> | Indeed.com". The board names
 * itself by its domain; the employer is the name after "at", so it is the site the posting belongs to.
 */
function boardListing(parts: string[]): { title: string; site: string } | null {
  const last = parts[parts.length - 1] ?? '';
  if (parts.length !== 2 || !DOMAIN_NAME.test(last)) return null;
  const first = parts[0] ?? '';
  const employer = EMPLOYER_AFTER.exec(first);
  if (!employer?.[1]) return null;
  return { title: first.slice(0, employer.index).trim(), site: employer[1].trim() };
}

/**
 * The site's name in a `<title>` that joins the posting's title to it with a plain dash ("Customer Success
 * Manager - Harbor Analytics", "Harbor Analytics – Barista"): with the page's own title on one side, the other
 * side names the site, careers word or not. A side is the title also when the two differ only by hiring noise
 * ("[경력] Android 개발자 채용 - 누리모빌리티" beside the heading "[경력] Android 개발자 (5년 이상)", "Acme - Backend
 * Engineer" beside "Backend Engineer (m/w/d)"). Null when neither side is the title, or when the other side is
 * a place ("Backend Engineer - Berlin" names where, not who).
 */
export function siteBesideTitle(
  raw: string | null | undefined,
  title: string | null,
  locations: readonly string[] = [],
): string | null {
  if (!raw || !title) return null;
  const strong = raw
    .split(STRONG_SEPARATOR)
    .map((part) => part.trim())
    .filter(Boolean);
  const parts = withoutSiteWordEnds(strong)
    .join(' | ')
    .split(WEAK_SEPARATOR)
    .map((part) => part.trim());
  if (parts.length < 2) return null;
  const core = titleCore(title);
  const same = (part: string | undefined): boolean =>
    part !== undefined && (foldText(part) === foldText(title) || (core !== '' && titleCore(part) === core));
  if (same(parts[0])) return notAPlace(siteName(parts.slice(1).join(' - ')), locations);
  if (same(parts[parts.length - 1])) return notAPlace(siteName(parts.slice(0, -1).join(' - ')), locations);
  return null;
}

/**
 * What hiring pages wrap a job title in, in `<title>` or in the heading: bracketed tags ("[경력]", "【正社員】",
 * "(m/w/d)", "(5년 이상)"), a "Job:" opener, and hiring words ("Hiring", "채용", "모집", "採用", "募集", "招聘").
 */
const TITLE_NOISE =
  /[[【(（][^\]】)）]{0,40}[\]】)）]|^\s*(?:job|vacancy|position|stelle|poste|vaga)\s*:\s*|(?<!\p{L})(?:now hiring|hiring|recruiting)(?!\p{L})|채용|모집|採用|募集|招聘|诚聘/giu;

/** A title without its hiring noise, folded; '' when nothing else is left. */
function titleCore(text: string): string {
  return foldText(text.replace(TITLE_NOISE, ' ')).replace(/\s+/g, ' ');
}

/**
 * A site name that names the job's place, not its employer: a country or a region written in full (and no city), a place the
 * page's own location fields name ("Nurse - Kingston" on a page located in Kingston), or, on a page that states no
 * location, a city large enough to be where the job is ("Backend Engineer - Berlin"). A company named like a small
 * town elsewhere ("Project Engineer - Aotea", "Nurse - Kingston" on a page in Toronto) stays the employer.
 */
function notAPlace(name: string | null, locations: readonly string[]): string | null {
  if (name === null) return null;
  const places = placesNamed(name).filter((p) => p.kind !== 'district');
  if (places.length === 0) return name;
  // only an area: a country or region with no city of its name ("Germany", "Bavaria"; not "Zurich", "Kingston")
  const area = (p: PlaceRef): boolean => (p.kind === 'country' || p.kind === 'region') && !p.viaCode;
  if (places.some(area) && !places.some((p) => p.kind === 'city')) return null;
  const folded = foldText(name);
  if (locations.some((location) => foldText(location).includes(folded))) return null;
  const large = places.some((p) => p.kind === 'city' && p.city.population >= LOCATED_CITY);
  return locations.length === 0 && large ? null : name;
}

/** A city this large, alone beside the title of a page that states no location, is where the job is. */
const LOCATED_CITY = 100_000;

/**
 * `<title>` parts without a leading or trailing part that is only a careers-site word ("Vagas | Analista -
 * TechNova", "Engineer - Acme | Jobs"): such a part names neither the posting nor the company, and left in
 * place it takes the title's slot or sticks to the company's name. The same array when there is none.
 */
function withoutSiteWordEnds(parts: string[]): string[] {
  let from = 0;
  let to = parts.length;
  while (to - from > 1 && ONLY_SITE_WORD.test(parts[from] ?? '')) from++;
  while (to - from > 1 && ONLY_SITE_WORD.test(parts[to - 1] ?? '')) to--;
  return from === 0 && to === parts.length ? parts : parts.slice(from, to);
}

/** What a careers site calls itself beside the company's name, in the languages postings are written in. */
const SITE_WORD =
  "(?:careers?|jobs?|karriere|stellenangebote|emplois?|offres d'emploi|empleos?|carreras|carreiras|carriere|vagas|trabalhe conosco|trabaja con nosotros|lavora con noi|werken bij|vacatures|kariera|kariéra|karier|lowongan kerja|lowongan|kariyer|karriär|tuyen dung|ledige stillinger|ledige jobs|avoimet työpaikat|rekrytointi|cariere|locuri de muncă|karrier|állásajánlatok|καριέρα|θέσεις εργασίας|карьера|вакансии|кар'єра|кар’єра|вакансії|קריירה|משרות|ร่วมงานกับเรา|кариери|karijere|karijera|karjera|karjäär|töökohad|treballa amb nosaltres|ofertes de feina|kerjaya|jawatan kosong|करियर|कैरियर|नौकरियाँ|नौकरियां|فرصت‌های شغلی|فرصت های شغلی|همکاری با ما|採用情報|採用サイト|求人情報|招聘信息|採用|求人|채용)";
const SITE_WORD_BEFORE = new RegExp(
  `^${SITE_WORD}(?:\\s+(?:at|@|bei|chez|en|in|na|em|da|de|do|w|bij|presso|в|у)|\\s*[-–—|:·])?\\s+`,
  'i',
);
const SITE_WORD_AFTER = new RegExp(`(?:\\s+[-–—|:·])?\\s+${SITE_WORD}$`, 'i');
const ONLY_SITE_WORD = new RegExp(`^${SITE_WORD}$`, 'i');
/** Chinese, Japanese and Korean write the site word straight after the company: "深圳某某科技有限公司招聘", "株式会社○○ 採用サイト". */
const CJK_SITE_AFTER =
  /\s*(?:人才招聘|社会招聘|社會招聘|校园招聘|招聘信息|招聘|诚聘|誠聘|徵才|採用情報|採用サイト|採用|求人|채용)$/u;

/** "Elmfield Care Careers" → "Elmfield Care"; "Jobs at Acme", "Carreiras Vila Verde", "Acme Karriere" → the company. */
export function siteName(text: string): string | null {
  const name = text
    .replace(JOBS_AT, '')
    .replace(SITE_WORD_BEFORE, '')
    .replace(SITE_WORD_AFTER, '')
    .replace(CJK_SITE_AFTER, '')
    .trim();
  return name && !ONLY_SITE_WORD.test(name) ? name : null;
}

/**
 * The heading that repeats a title known from elsewhere (a JSON-LD page whose visible title is an `<h2>`, as
 * job boards write it beside the company's name), outside chrome; null when none does.
 */
export function headingNamed(index: PageIndex, title: string | null): Element | null {
  if (!title) return null;
  const wanted = foldText(title);
  return index.headings.find((h) => !isInChrome(h) && foldText(textOf(h)) === wanted) ?? null;
}
