import type { Element } from 'domhandler';
import { walkDom } from '../../normalize/document/dom-walk';
import { foldText } from '../../normalize/document/fold';

/**
 * Site chrome around a posting: navigation, headers, footers, cookie and consent banners, sidebars, forms,
 * share widgets, "similar jobs" blocks.
 */
const NOISE_TAGS = new Set(['nav', 'aside', 'footer', 'header', 'form', 'menu', 'dialog']);
const NOISE_ROLES = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'complementary',
  'search',
  'dialog',
  'alertdialog',
  'menu',
  'menubar',
  'toolbar',
]);
/**
 * Class and id words of chrome. They are matched against whole tokens of the attribute: split on spaces,
 * `-`, `_`, digits and camelCase ("cookie-banner", "site_footer", "mainNav", "GDPRBanner", "footer2"), so a
 * word inside another ("recipe", "advertisement", "navigator") never counts. Two-token spellings
 * ("top-bar", "skip-link", "cc-window") count as the joined word.
 */
const CHROME_WORDS = new Set([
  'cookie',
  'cookies',
  'consent',
  'gdpr',
  'onetrust',
  'cookiebot',
  'ccwindow',
  'nav',
  'navbar',
  'navigation',
  'menu',
  'breadcrumb',
  'breadcrumbs',
  'sidebar',
  'footer',
  'pie',
  'header',
  'masthead',
  'topbar',
  'share',
  'sharing',
  'social',
  'related',
  'similar',
  'recommended',
  'newsletter',
  'subscribe',
  'modal',
  'popup',
  'overlay',
  'banner',
  'advert',
  'ads',
  'promo',
  'skiplink',
  'toolbar',
  'pagination',
  'login',
  'signup',
]);

/**
 * Chrome words that are everyday words in another language: "pie" is a Spanish page footer ("pie de
 * página") and an English chart or dish. Such a word counts only when the rest of its class name says
 * nothing else: alone, or beside words that place or wrap a block ("pie-de-pagina", "site-pie",
 * "pie-wrapper"), never in "pie-chart" or "apple-pie".
 */
const AMBIGUOUS_WORDS = new Set(['pie']);
const PLACING_WORDS = new Set([
  'site',
  'page',
  'pagina',
  'de',
  'del',
  'la',
  'main',
  'global',
  'top',
  'bottom',
  'wrapper',
  'wrap',
  'container',
  'inner',
  'outer',
  'box',
  'area',
  'section',
  'block',
  'links',
  'legal',
  'nav',
]);
const MAX_ATTRIBUTE_SCAN = 500;

/** Lower-case tokens of one class name or id: camelCase, digits and separators split it. */
const tokensOf = (name: string): string[] =>
  name
    .replace(/([a-z])([A-Z])|([A-Z])([A-Z][a-z])/g, (_m, a?: string, b?: string, c?: string, d?: string) =>
      a !== undefined ? `${a} ${b}` : `${c} ${d}`,
    )
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean);

/** The chrome word one class name or id (no spaces) names (a chrome token, or a joined pair of tokens), or null. */
function chromeWordOf(name: string): string | null {
  const tokens = tokensOf(name);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] ?? '';
    const joined = i + 1 < tokens.length ? token + (tokens[i + 1] ?? '') : '';
    if (CHROME_WORDS.has(joined)) return joined;
    if (!CHROME_WORDS.has(token)) continue;
    if (!AMBIGUOUS_WORDS.has(token)) return token;
    if (tokens.every((other) => other === token || PLACING_WORDS.has(other) || CHROME_WORDS.has(other))) return token;
  }
  return null;
}

/**
 * Every chrome token holds one of these as it is written (a joined word its first part), so an attribute
 * without any of them (most of a page's) is not split at all.
 */
const MAY_NAME_CHROME = new RegExp(
  [...CHROME_WORDS].map((word) => ({ topbar: 'top', skiplink: 'skip', ccwindow: 'cc' })[word] ?? word).join('|'),
  'i',
);

/** The chrome words a class or id attribute names in its space-separated names (none for most attributes). */
function chromeWordsOf(value: string | undefined): string[] {
  if (value === undefined) return [];
  const scanned = value.slice(0, MAX_ATTRIBUTE_SCAN);
  if (!MAY_NAME_CHROME.test(scanned)) return [];
  return scanned.split(/\s+/).flatMap((name) => chromeWordOf(name) ?? []);
}

/**
 * Words that name a menu. Utility-class layouts name a wrapper after where it stands ("box_border menu_top
 * dFlex" around Computrabajo's whole description): a block named only by them that holds prose is the page's
 * content, since no menu holds paragraphs of sentences.
 */
const MENU_WORDS = new Set(['nav', 'navbar', 'navigation', 'menu', 'toolbar', 'topbar']);
const PROSE_MIN_CHARS = 400;
const PROSE_MIN_SENTENCES = 3;

/** Whether an element holds prose: enough text outside links, in several sentences. */
function holdsProse(element: Element): boolean {
  let chars = 0;
  let sentences = 0;
  walkDom(element, {
    enter: (child) => child.name !== 'a',
    leave: () => undefined,
    text(data) {
      chars += data.trim().length;
      sentences += data.match(/[.!?。！？](?=\s|$)/gu)?.length ?? 0;
    },
  });
  return chars >= PROSE_MIN_CHARS && sentences >= PROSE_MIN_SENTENCES;
}

/**
 * Test and automation attributes career-site builders name their blocks with (Workday's
 * `data-automation-id="cookieBanner"` beside a generated `class="css-1fi3hjk"`). Only consent words count in
 * them: their other names ("jobPostingHeader", "jobSidebar") wrap the posting itself.
 */
const TEST_ATTRIBUTES = [
  'data-automation-id',
  'data-automation',
  'data-at',
  'data-testid',
  'data-test',
  'data-qa',
  'data-ui',
];
/** Consent banners and share widgets (`data-ui="share"`): never a wrapper of the posting. */
const CONSENT_WORDS = new Set(['cookie', 'cookies', 'consent', 'gdpr', 'onetrust', 'cookiebot', 'share', 'sharing']);
const MAY_NAME_CONSENT = /cookie|consent|gdpr|onetrust|shar/i;

function testAttributeNamesConsent(element: Element): boolean {
  for (const name of TEST_ATTRIBUTES) {
    const value = element.attribs[name];
    if (value === undefined || !MAY_NAME_CONSENT.test(value)) continue;
    if (tokensOf(value.slice(0, MAX_ATTRIBUTE_SCAN)).some((token) => CONSENT_WORDS.has(token))) return true;
  }
  return false;
}

/** Whether an element is site chrome by its tag, ARIA role, class/id words, or a consent test attribute. */
export function isChrome(element: Element): boolean {
  if (NOISE_TAGS.has(element.name)) return true;
  const { role, class: className, id } = element.attribs;
  if (role && NOISE_ROLES.has(role.toLowerCase())) return true;
  const words = [...chromeWordsOf(className), ...chromeWordsOf(id)];
  if (words.length > 0) return !words.every((word) => MENU_WORDS.has(word)) || !holdsProse(element);
  return testAttributeNamesConsent(element);
}

/** Headings of blocks that list other postings ("Similar jobs", "Ähnliche Jobs", "Offres similaires", "関連求人"). */
const OTHER_JOBS =
  /(?:similar|related|other|more|recommended|latest|recent) (?:jobs|positions|roles|openings|vacancies|opportunities|postings)|you may (?:also )?(?:like|be interested)|ahnliche (?:jobs|stellen(?:angebote)?)|weitere (?:jobs|stellen)|offres similaires|autres offres|empleos similares|ofertas similares|otras ofertas|vagas (?:semelhantes|similares)|offerte simili|vergelijkbare vacatures|meer vacatures|podobne oferty|viec lam (?:tuong tu|lien quan|khac)|関連(?:求人|する求人)|その他の(?:求人|募集職種|募集|ポジション)|他の求人|其他职位|其他職缺|類似(?:求人)?|おすすめ(?:の)?求人|相似职位|相关职位|추천 ?채용/;

/**
 * Characters `foldText` leaves as they are but for ASCII case and runs of spaces: ASCII, spaces, bullets, kana,
 * CJK ideographs, Hangul syllables and CJK brackets (page-noise-fold.test.ts compares both ways over every character). A heading made
 * only of these is tested as it stands, case-insensitively and with any run of spaces where the vocabulary has
 * one, so most headings and lines are never folded.
 */
const FOLDS_ELSEWHERE =
  /[^\x00-\x7f\s\u2022\u3001\u3002\u300c-\u3011\u3041-\u3096\u30a1-\u30fa\u30fc\u4e00-\u9fff\uac00-\ud7a3]/;
const OTHER_JOBS_UNFOLDED = new RegExp(OTHER_JOBS.source.replaceAll(' ', '(?:\\s+)'), 'i');

/** Whether a heading introduces a list of other postings. */
export function isOtherJobsHeading(text: string): boolean {
  if (text.length >= 120) return false;
  return FOLDS_ELSEWHERE.test(text) ? OTHER_JOBS.test(foldText(text)) : OTHER_JOBS_UNFOLDED.test(text);
}

/**
 * Headings of a board's application questions (SEEK's "Employer questions", Indeed's "Questions de
 * l'employeur", "Screening questions"): what the board asks when one applies, no part of the employer's text.
 */
const BOARD_QUESTIONS =
  /^(?:(?:employer|screening|application) questions|questions (?:de l'employeur|de (?:pre)?selection)|fragen (?:des|vom) arbeitgebers?|arbeitgeberfragen|preguntas (?:del empleador|de seleccion|de la empresa)|perguntas (?:do empregador|de triagem)|domande (?:del datore di lavoro|di preselezione)|vragen van de werkgever|screeningsvragen)[:：]?$/;

/** Whether a heading opens a board's block of application questions. */
export function isBoardQuestionsHeading(text: string): boolean {
  return text.length < 60 && BOARD_QUESTIONS.test(foldText(text).trim());
}

/** Class, id and test-attribute words of a block of other postings ("similar-jobs", "relatedOffers", "recommended"). */
const OTHER_JOBS_WORDS = new Set(['similar', 'related', 'recommended', 'recommendations']);
const MAY_NAME_OTHER_JOBS = /similar|related|recommend/i;
const OTHER_JOBS_ATTRIBUTES = ['class', 'id', ...TEST_ATTRIBUTES];

/** Whether an element's class, id or test attribute names a block of other postings. */
function namesOtherJobs(element: Element): boolean {
  for (const name of OTHER_JOBS_ATTRIBUTES) {
    const value = element.attribs[name];
    if (value === undefined || !MAY_NAME_OTHER_JOBS.test(value)) continue;
    const names = value.slice(0, MAX_ATTRIBUTE_SCAN).split(/\s+/);
    if (names.some((n) => tokensOf(n).some((token) => OTHER_JOBS_WORDS.has(token)))) return true;
  }
  return false;
}

/**
 * Whether an element stands in a block of other postings that its class or id names (itself or an ancestor:
 * a "similar-jobs" card list): the facts there (a card's salary, its "Remote") are another posting's.
 */
export function insideOtherJobs(element: Element): boolean {
  for (let node: Element | null = element; node; node = node.parent?.type === 'tag' ? (node.parent as Element) : null)
    if (namesOtherJobs(node)) return true;
  return false;
}
