import type { LanguageRequirement } from '../schema/posting';
import { farLevelTarget } from './language-far-levels';
import { findLanguageNames, findLevelTokens } from './language-mentions';
import { isAlternative } from './language-alternatives';
import { CERTIFICATE_HINT, linesNamingLanguages } from './language-prefilter';
import { matchesOf } from './regex-matches';
import { piecesOf } from './text-pieces';
import type { Level, LanguageMention, LevelToken } from './language-mentions';

/** NFKC changes nothing in ASCII text: skip it there. */
const NON_ASCII = /[^\u0000-\u007f]/;

export interface LanguageInput {
  /** must-have requirement items */
  must: string[];
  /** nice-to-have requirement items */
  nice: string[];
  /** every other line of the posting (a language mentioned there is required only when it says so) */
  other: string[];
  /** BCP 47 language of the posting, if known */
  postingLanguage: string | null;
}

type Mode = 'must' | 'nice' | 'other';

interface Found {
  code: string;
  required: boolean;
  level: Level | null;
}

/** Phrases saying a line asks for something ("required", "erforderlich", "必須"). */
const REQUIRED_CUE =
  /(?<!\p{L})(?:required|requirement|must|mandatory|essential|necessary|needed|expected|erforderlich|vorausgesetzt|Voraussetzung|zwingend|notwendig|unabdingbar|obligatoire|exigée?|requise?|indispensable|nécessaire|imprescindible|obligatorio|requerid[oa]|necesari[oa]|requisito|richiest[oa]|obbligatori[oa]|necessári[oa]|obrigatóri[oa]|vereist|wymagan[ya]|bắt buộc|yêu cầu)(?!\p{L})|必須|必要|求め|要求|필수|以上/iu;

/** Phrases saying something is welcome but optional ("a plus", "von Vorteil", "歓迎"). */
const NICE_CUE =
  /(?<!\p{L})(?:a plus|big plus|is a plus|advantage|advantageous|an asset|preferred|preferably|ideally|nice[- ]to[- ]have|bonus|desirable|beneficial|welcome|von Vorteil|wünschenswert|idealerweise|gerne|un plus|un vrai plus|un atout|se valora|idealmente|wäre schön|meriterande|souhaitée?|appréciée?|se valorará|valorable|deseable|preferible|gradit[oa]|preferenziale|desejável|diferencial|pluspunt|mile widziany|lợi thế|ưu tiên|و?يفضل|ميزة إضافية|будет плюсом|будет преимуществом|желательно|приветствуется|буде плюсом|буде перевагою|бажано|вітається|ønskelig|en fordel|eduksi|plussaa|avantaj|előny|előnyt jelent|επιθυμητ\p{L}*|θα εκτιμηθεί|יתרון)(?!\p{L})|พิจารณาเป็นพิเศษ|歓迎|尚可|优先|優遇|우대|あれば/iu;

/**
 * Says the language just named is not asked for: "German is not required", "Deutschkenntnisse sind nicht
 * erforderlich", "日本語不要". Read after the last of the coordinated names it follows.
 */
const NEGATION_AFTER =
  /^[\s\p{L}:'’-]{0,30}?(?<!\p{L})(?:not (?:required|needed|necessary|mandatory|essential|expected|a (?:must|requirement|prerequisite))|no (?:requirement|must)|nicht (?:erforderlich|notwendig|nötig|zwingend|vorausgesetzt|verpflichtend|Voraussetzung)|pas (?:requise?s?|nécessaires?|obligatoires?|exigée?s?|indispensables?)|no (?:es |son |se )?(?:necesari[oa]s?|imprescindibles?|obligatori[oa]s?|requerid[oa]s?|requiere)|non (?:è |sono )?(?:richiest[oa]|necessari[oa]|obbligatori[oa]|indispensabile)|não (?:é |são )?(?:necessári[oa]s?|obrigatóri[oa]s?|exigid[oa]s?)|niet (?:vereist|nodig|verplicht|noodzakelijk)|nie (?:jest )?(?:wymagan[ya]|konieczn[ya]|potrzebn[ya]|wymagamy)|không (?:cần|yêu cầu|bắt buộc)|kein(?:e)? (?:Muss|Voraussetzung|Pflicht)|no (?:es )?(?:un )?requisito|non è (?:un )?requisito|não é (?:um )?requisito|geen (?:vereiste|must|vereist)|nie jest konieczn\p{L}*)(?!\p{L})|^[\s\p{L}]{0,8}?(?:不要|不問|不必要|不需要|无需|無需|필요 없|불필요|무관)/iu;

/** The same said before the name: "No German required", "without French", "keine Deutschkenntnisse". */
const NEGATION_BEFORE =
  /(?<!\p{L})(?:no|not|without|kein(?:e|en)?|ohne|sans|sin|senza|sem|geen|zonder|bez|không cần)\s+(?:(?:prior |previous |need (?:for|to speak) |knowledge of |fluency in |connaissance (?:de |du |d['’])|l['’])?)$/iu;

/** A "Languages:" label: what follows it is a requirement. */
const LANGUAGE_LABEL =
  /^\s*(?:languages?|language skills|language requirements?|Sprachen|Sprachkenntnisse|langues?|idiomas?|lingue|línguas|talen|języki|ngoại ngữ|ngôn ngữ|語学力?|言語|语言|외국어)\s*[:：]/iu;

/** Between a level word and the language it qualifies: "Fluency in English", "ビジネスレベルの日本語", "English (C1)". */
const LEVEL_GAP =
  /^[\s:：\-–—()（）[\]]*(?:(?:in|of|at|im|en|de|del|em|na|w|mein|van|het|der|des|du|la|della|do|da|l['’]|d['’]|dell['’]|bằng|の|で|が|is|are|ist|est|es|sind|level|Niveau|nivel|niveau|livello|nível|poziom(?:ie)?|niveau|nivå|úroveň|szint|trình độ|skills?|proficiency|speakers?|speaking|knowledge|Kenntnisse|conoscenza|conocimientos?|conhecimentos?|connaissances?|maîtrise|dominio|domínio|padronanza|kennis|znajomość|communication|command|written and spoken|spoken and written|written|spoken|verbal|oral|language|Sprache|langue|idioma|lingua|língua|języka|język|taal|tiếng|レベル|力|能力|required|erforderlich|requis|at least|minimum|min\.?|mindestens|au moins|al menos|m[íi]nimo|pelo menos|almeno|minimaal|ten minste|co najmniej|minst|v[äa]hint[äa][äa]n|язык(?:а|ом)?|владение|знание|на уровне|не ниже|уровень|мова|мови|володіння|знання|на рівні|не нижче|рівень|på|sprog|språk|kielen|kieli|taito|taitoa|limba|nyelvtudás|nyelvismeret|nyelv|ismerete|γνώση|της|γλώσσας|ברמת|ภาษา|език|ниво(?:то)?|jezik\p{L}*|jazyk\p{L}*|znanje|nivo\p{L}*|razin\p{L}*|ravn\p{L}*|kalb\p{L}*|žini\p{L}*|ne žemiau|lygi[ou]|keele?|oskus|tasemel|nivell|tahap|dalam|poznavanj\p{L}*|владеене|на|познани\p{L}*|में|का|की|के|स्तर|زبان|در حد|سطح|به|کامل|اللغة|باللغة)[\s:：\-–—()（）[\]]*){0,4}$/iu;

/** Between two languages that share a level: "Fluency in English and Swahili". */
const SHARED_GAP =
  /^[\s-]*(?:,|\/|&|and|or|and\/or|aur|und|oder|sowie|et|ou|y|o|e|en|of|i|lub|oraz|và|hoặc|と|や|、|および|及び|和|ja|või|in|ir|ili|ali|и|или|dan|और|तथा|و)\s*$/iu;

/**
 * Owner: languages. Spoken-language requirements (ISO 639-1), required vs nice, with a level
 * (see lexicon/language-levels for the level strings). One entry per language: required wins, the higher
 * level wins. `postingLanguage` is not used to invent a requirement: a posting written in German does not
 * by itself ask for German.
 */
export function extractLanguages(input: LanguageInput): LanguageRequirement[] {
  const merged = new Map<string, Found>();
  const items = [...input.must, ...input.nice, ...input.other];
  const niceFrom = input.must.length;
  const otherFrom = niceFrom + input.nice.length;
  const naming = linesNamingLanguages(items);
  items.forEach((item, i) => {
    if (!naming[i]) return;
    const mode: Mode = i < niceFrom ? 'must' : i < otherFrom ? 'nice' : 'other';
    for (const piece of piecesOf(item)) for (const found of languagesInItem(piece, mode)) merge(merged, found);
  });
  return [...merged.values()].map((f) => ({ code: f.code, required: f.required, level: f.level?.label ?? null }));
}

function merge(merged: Map<string, Found>, found: Found): void {
  const known = merged.get(found.code);
  if (!known) {
    merged.set(found.code, found);
    return;
  }
  known.required ||= found.required;
  if (isHigher(found.level, known.level)) known.level = found.level;
}

function isHigher(a: Level | null, b: Level | null): boolean {
  if (!a) return false;
  if (!b) return true;
  return a.rank > b.rank || (a.rank === b.rank && a.graded && !b.graded);
}

/** The languages one requirement line asks for. */
export function languagesInItem(raw: string, mode: Mode): Found[] {
  const line = NON_ASCII.test(raw) ? raw.normalize('NFKC') : raw;
  const names = findLanguageNames(line);
  // Most lines name no language: skip the level scan for them.
  if (names.length === 0 && !CERTIFICATE_HINT.test(line)) return [];
  const tokens = findLevelTokens(line);
  const mentions = withCertificateMentions(
    names.filter((m) => !tokens.some((t) => t.code && m.start >= t.start && m.end <= t.end)),
    tokens,
  );
  if (mentions.length === 0) return [];
  // read once per line, not once per mention: the line with its level tokens blanked, and where clauses end
  const masked = maskTokens(line, tokens);
  const levels = bindLevels(line, masked, mentions, tokens);
  const read: LineReading = { line, stops: null };
  const found: Found[] = [];
  mentions.forEach((mention, i) => {
    if (isNegated(line, mentions, i)) return;
    const required = isRequired(read, mention, mode, levels[i] !== null);
    if (required === null) return;
    const alternative = required && isAlternative(masked, mentions, i);
    found.push({ code: mention.code, required: required && !alternative, level: levels[i] ?? null });
  });
  return found;
}

/** A requirement line and, once a mention's clause is first asked for, where its clauses end. */
interface LineReading {
  line: string;
  stops: RegExpExecArray[] | null;
}

/** A certificate names its language even when the line does not ("JLPT N2以上" asks for Japanese). */
function withCertificateMentions(mentions: LanguageMention[], tokens: LevelToken[]): LanguageMention[] {
  const out = [...mentions];
  for (const t of tokens) {
    if (t.code && !out.some((m) => m.code === t.code)) out.push({ code: t.code, start: t.start, end: t.end });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** "German is not required", "German or French not needed", "no Japanese required": not a requirement at all. */
function isNegated(line: string, mentions: LanguageMention[], index: number): boolean {
  const mention = mentions[index]!;
  const from = index > 0 ? mentions[index - 1]!.end : 0;
  if (NEGATION_BEFORE.test(line.slice(Math.max(from, mention.start - 40), mention.start))) return true;
  let last = index;
  while (last + 1 < mentions.length && SHARED_GAP.test(line.slice(mentions[last]!.end, mentions[last + 1]!.start)))
    last++;
  const end = mentions[last]!.end;
  const to = last + 1 < mentions.length ? mentions[last + 1]!.start : line.length;
  return NEGATION_AFTER.test(line.slice(end, Math.min(to, end + 60)));
}

/** Whether the mention is a requirement (true), an option (false), or not a requirement at all (null). */
function isRequired(read: LineReading, mention: LanguageMention, mode: Mode, hasLevel: boolean): boolean | null {
  if (mode === 'nice') return false;
  const clause = clauseAround(read, mention);
  if (NICE_CUE.test(clause)) return false;
  if (mode === 'must') return true;
  if (REQUIRED_CUE.test(clause) || LANGUAGE_LABEL.test(read.line)) return true;
  return hasLevel && read.line.length <= 160 ? true : null;
}

/**
 * Where a clause ends: a sentence stop or a "but". The words open with `(?<!\w)`, which before a letter tests
 * what `\b` does under the same flags: a `\b` opening an alternative kept V8 from skipping ahead, several
 * times slower (test/unit/normalize/clause-stop.test.ts holds both forms equal).
 */
export const CLAUSE_STOP = /[.;。；!?！？\n]|(?<!\w)(?:but|aber|mais|pero)\b/giu;

function clauseAround(read: LineReading, span: LanguageMention): string {
  const { line } = read;
  let from = 0;
  let to = line.length;
  for (const m of (read.stops ??= matchesOf(CLAUSE_STOP, line))) {
    if (m.index + m[0].length <= span.start) from = m.index + m[0].length;
    else if (m.index >= span.end) {
      to = m.index;
      break;
    }
  }
  return line.slice(from, to);
}

/** The level of each mention: its own level word or certificate, else one shared through "and"/"or". */
function bindLevels(
  line: string,
  masked: string,
  mentions: LanguageMention[],
  tokens: LevelToken[],
): Array<Level | null> {
  const bound: Level[][] = mentions.map(() => []);
  for (const token of tokens) {
    if (!token.level) continue;
    const target = token.code
      ? closestOfLanguage(mentions, token)
      : (closestByGap(masked, mentions, token) ?? farLevelTarget(line, mentions, token));
    if (target !== null) bound[target]!.push(token.level);
  }
  const levels = bound.map((list) =>
    list.reduce<Level | null>((best, l) => (isBetterBinding(l, best) ? l : best), null),
  );
  shareLevels(line, mentions, levels);
  return levels;
}

/** A graded level (CEFR, certificate) says more than a word: "Deutsch fließend (C1)" is C1. */
function isBetterBinding(candidate: Level, best: Level | null): boolean {
  if (!best) return true;
  if (candidate.graded !== best.graded) return candidate.graded;
  return candidate.rank > best.rank;
}

function maskTokens(line: string, tokens: LevelToken[]): string {
  let masked = line;
  for (const t of tokens) masked = masked.slice(0, t.start) + ' '.repeat(t.end - t.start) + masked.slice(t.end);
  return masked;
}

function closestOfLanguage(mentions: LanguageMention[], token: LevelToken): number | null {
  let best: number | null = null;
  mentions.forEach((m, i) => {
    if (m.code !== token.code) return;
    if (best === null || Math.abs(m.start - token.start) < Math.abs(mentions[best]!.start - token.start)) best = i;
  });
  return best;
}

/** The mention on either side joined to the level by a clean gap; the shorter gap wins, then the one after. */
function closestByGap(masked: string, mentions: LanguageMention[], token: LevelToken): number | null {
  const after = mentions.findIndex((m) => m.start >= token.end);
  const beforeIndex = (after === -1 ? mentions.length : after) - 1;
  const gapAfter = after === -1 ? null : masked.slice(token.end, mentions[after]!.start);
  const gapBefore = beforeIndex < 0 ? null : masked.slice(mentions[beforeIndex]!.end, token.start);
  const okAfter = gapAfter !== null && gapAfter.length <= 40 && LEVEL_GAP.test(gapAfter);
  const okBefore = gapBefore !== null && gapBefore.length <= 40 && LEVEL_GAP.test(gapBefore);
  // "Engels en goede kennis van het Duits": a level after a conjunction opens the next item.
  if (okAfter && okBefore && SHARED_GAP.test(gapBefore!)) return after;
  if (okAfter && okBefore) return gapBefore!.trim().length < gapAfter!.trim().length ? beforeIndex : after;
  if (okAfter) return after;
  return okBefore ? beforeIndex : null;
}

/** "Fluency in English and Swahili": Swahili takes English's level; so does a language before a shared level. */
function shareLevels(line: string, mentions: LanguageMention[], levels: Array<Level | null>): void {
  for (let pass = 0; pass < 2; pass++) {
    for (let i = 0; i < mentions.length; i++) {
      if (levels[i]) continue;
      const prev =
        i > 0 && SHARED_GAP.test(line.slice(mentions[i - 1]!.end, mentions[i]!.start)) ? levels[i - 1] : null;
      const next =
        i + 1 < mentions.length && SHARED_GAP.test(line.slice(mentions[i]!.end, mentions[i + 1]!.start))
          ? levels[i + 1]
          : null;
      levels[i] = prev ?? next ?? null;
    }
  }
}
