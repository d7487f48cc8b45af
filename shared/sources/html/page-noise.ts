import type { Element } from 'domhandler';
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
/** Class and id words of chrome, matched as whole words of the attribute ("cookie-banner", "site_footer"). */
const NOISE_WORDS =
  /(?:^|[\s_-])(?:cookies?|consent|gdpr|onetrust|cookiebot|cc-window|nav|navbar|navigation|menu|breadcrumbs?|sidebar|footer|pie|header|masthead|top-?bar|share|sharing|social|related|similar|recommended|newsletter|subscribe|modal|popup|overlay|banner|advert|ads|promo|skip-link|toolbar|pagination|login|signup)(?:$|[\s_-])/i;
const MAX_ATTRIBUTE_SCAN = 500;

/** Whether an element is site chrome by its tag, ARIA role, or class/id words. */
export function isChrome(element: Element): boolean {
  if (NOISE_TAGS.has(element.name)) return true;
  const { role, class: className, id } = element.attribs;
  if (role && NOISE_ROLES.has(role.toLowerCase())) return true;
  return (
    NOISE_WORDS.test((className ?? '').slice(0, MAX_ATTRIBUTE_SCAN)) ||
    NOISE_WORDS.test((id ?? '').slice(0, MAX_ATTRIBUTE_SCAN))
  );
}

/** Headings of blocks that list other postings ("Similar jobs", "Ähnliche Jobs", "Offres similaires", "関連求人"). */
const OTHER_JOBS =
  /(?:similar|related|other|more|recommended|latest|recent) (?:jobs|positions|roles|openings|vacancies|opportunities|postings)|you may (?:also )?(?:like|be interested)|ahnliche (?:jobs|stellen(?:angebote)?)|weitere (?:jobs|stellen)|offres similaires|autres offres|empleos similares|ofertas similares|otras ofertas|vagas (?:semelhantes|similares)|offerte simili|vergelijkbare vacatures|podobne oferty|viec lam (?:tuong tu|lien quan|khac)|関連(?:求人|する求人)|類似(?:求人)?|おすすめ(?:の)?求人|相似职位|相关职位|추천 ?채용/;

/** Whether a heading introduces a list of other postings. */
export function isOtherJobsHeading(text: string): boolean {
  return text.length < 120 && OTHER_JOBS.test(foldText(text));
}
