import type { Element } from 'domhandler';
import { textOf } from '../../normalize/document/dom-walk';
import { foldText } from '../../normalize/document/fold';

/**
 * Link texts that mean "apply", folded (fold.ts): English, German, French, Japanese, Vietnamese, Spanish, Portuguese,
 * Dutch, Italian, Polish, Chinese, Korean, Swedish, Danish, Norwegian, Turkish, Indonesian, Czech, Finnish, Russian,
 * Ukrainian, Arabic, Hebrew.
 */
const APPLY_TEXT =
  /^(?:apply(?: now| here| online| today| for (?:this|the) (?:job|position|role)| to (?:this )?(?:job|position|role))?|easy apply|submit (?:your )?application|start (?:your )?application|(?:jetzt |online |hier )?bewerben|jetzt bewerbung|postuler(?: maintenant)?|postulez|je postule|candidater|(?:この(?:職種|求人|ポジション|仕事)に|今すぐ)?(?:応募する|エントリー(?:する)?)|応募(?:フォーム)?へ?|ung tuyen(?: ngay)?|nop (?:don|ho so)|aplicar(?: ahora)?|postular(?:me|se)?|inscribirme|candidatar(?:-se)?|candidatura|candidati(?: ora| adesso| subito)?|invia (?:la (?:tua )?)?candidatura|solliciteer(?: nu| direct)?|(?:direct |nu |online )?solliciteren|hae (?:paikkaa|tyopaikkaa|nyt)|откликнуться|подать (?:заявку|резюме)|відгукнутися|подати (?:заявку|резюме)|(?:ت)?قد\u0651?م(?: الآن| الان| طلبك| للوظيفة)?|التقديم(?: الآن| الان| على الوظيفة)?|הגש(?:\/י|ו)? מועמדות|להגשת מועמדות|שלח(?:\/י|ו)? קורות חיים|aplikuj(?: teraz)?|申请(?:职位)?|立即申请|投递简历|投遞履歷|지원하기|ansok(?: nu| har| (?:till|om) (?:tjansten|jobbet))?|so[gk] (?:stillingen|jobbet|jobben|tjansten|her|nu)|ansog(?: nu| her)?|(?:hemen )?basvur(?:un)?|basvuru yap|lamar(?: sekarang| di sini)?|kirim lamaran|reagovat(?: na (?:nabidku|inzerat))?|odpovedet|mam zajem|chci (?:se prihlasit|poslat zivotopis))(?![\p{L}])/u;
const APPLY_WORD = /(?:^|[\s_-])apply|application(?:$|[\s_-])/i;
const APPLY_HREF = /\/apply\b|[?&]apply|apply\.|\/application|bewerb|postul|candidat|solicit/i;
const MAX_WORDS = 8;
const MAX_ATTRIBUTE_SCAN = 300;

/** Includes button text: an apply link often wraps a `<button>`. */
const readScripts = (element: Element): boolean => element.name === 'script' || element.name === 'style';

function score(anchor: Element): number {
  const href = anchor.attribs.href?.trim() ?? '';
  if (!href || href.startsWith('#') || /^\s*(?:javascript|data|vbscript):/i.test(href)) return 0;
  const text = foldText(textOf(anchor, readScripts) || anchor.attribs['aria-label'] || anchor.attribs.title || '');
  let points = 0;
  if (text.split(' ').length <= MAX_WORDS && APPLY_TEXT.test(text)) points += 4;
  const marks = `${anchor.attribs.class ?? ''} ${anchor.attribs.id ?? ''}`.slice(0, MAX_ATTRIBUTE_SCAN);
  if (APPLY_WORD.test(marks)) points += 2;
  if (APPLY_HREF.test(href.slice(0, MAX_ATTRIBUTE_SCAN))) points += 1;
  return points >= 2 ? points : 0;
}

/** The page's apply link: the anchor whose text, class or target says "apply" most clearly (first wins ties). */
export function findApplyLink(anchors: readonly Element[]): Element | null {
  let best: Element | null = null;
  let bestScore = 0;
  for (const anchor of anchors) {
    const points = score(anchor);
    if (points > bestScore) {
      best = anchor;
      bestScore = points;
    }
  }
  return best;
}

/** Whether a link text says "apply" (for Markdown and text postings too). */
export function isApplyText(text: string): boolean {
  const folded = foldText(text);
  return folded.split(' ').length <= MAX_WORDS && APPLY_TEXT.test(folded);
}

/** Resolves an apply href against the page: absolute http(s) or mailto, else null. */
export function resolveLink(href: string | undefined, base: string | null): string | null {
  const value = href?.trim();
  if (!value) return null;
  if (/^mailto:/i.test(value)) return value;
  if (!base && !hasScheme(value)) return null;
  try {
    const url = base ? new URL(value, base) : new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * Whether `new URL(value)` can succeed without a base: only a value that starts with a scheme can
 * (https://url.spec.whatwg.org/#scheme-start-state, after the parser strips tabs, newlines and leading
 * controls). Relative hrefs on pages without a known URL are common, and a thrown TypeError is costly.
 */
const hasScheme = (value: string): boolean =>
  /^[A-Za-z][A-Za-z0-9+.-]*:/.test(value.replace(/[\t\n\r]/g, '').replace(/^[\x00-\x20]+/, ''));
