import { locationsOf, readLocationText } from './location-text';

/**
 * A posting without any location field often names its place once, in a sentence about the employer's own
 * premises: "au sein de notre siège de Nice (06)", "in unserem Büro in Leipzig", "en nuestra oficina de
 * Valencia", "presso la nostra sede di Bergamo", "op ons kantoor in Utrecht", "at our office in Leeds", "based in
 * our Bristol office". The rule is cautious: a preposition of place, a possessive ("our"), a word for premises
 * (office, head office, site, store, plant...), a linking word, then capitalised names the gazetteer knows as a
 * town. A place named without the employer's premises ("clients in London", "we sell in Paris and Rome",
 * "collaborate with our office in Paris") is no statement of where this job is.
 */

const PREMISES_FR = String.raw`(?:si[eè]ge(?: social)?|bureaux?|agences?|sites?|[eé]tablissements?|usines?|entrep[oô]ts?|locaux|magasins?|boutiques?|restaurants?|centres?|filiales?|antennes?)`;
const PREMISES_DE = String.raw`(?:B[üu]ros?|Standort(?:e|en)?|Niederlassung(?:en)?|Hauptsitz|Zentrale|Filiale(?:n)?|Werk(?:e|en)?|Lager|Office|Gesch[äa]ftsstelle|Firmensitz|Sitz)`;
const PREMISES_ES = String.raw`(?:oficinas?|sede|tiendas?|plantas?|delegaci[oó]n|almac[eé]n|f[aá]brica|centro(?: de trabajo)?|local|restaurante|instalaciones)`;
const PREMISES_IT = String.raw`(?:sede(?: operativa| legale)?|uffici|ufficio|stabilimento|filiale|magazzino|negozio|punto vendita)`;
const PREMISES_PT = String.raw`(?:escrit[oó]rios?|sede|loja|f[aá]brica|unidade|filial|armaz[eé]m|centro)`;
const PREMISES_NL = String.raw`(?:kantoor|vestiging|hoofdkantoor|locatie|magazijn|winkel|fabriek)`;
const PREMISES_EN = String.raw`(?:offices?|headquarters|HQ|head office|site|store|warehouse|plant|hub|studio|branch|facility|factory|campus|distribution cent(?:re|er))`;

/** Up to the linking word, after which the town's name follows; each alternative is one language's sentence. */
const LEADS: readonly string[] = [
  // fr: "au sein de notre siège de", "dans notre agence de", "rejoignez notre site de", "à notre bureau à"
  String.raw`(?:au sein de|dans|à|a|en|rejoign(?:ez|ant|ons)|int[eé]gr(?:ez|er)|pour) (?:notre|nos) (?:nouvel(?:le)? |nouveaux? |futur(?:e)? )?${PREMISES_FR} (?:situ[eé]e?s? |bas[eé]e?s? |implant[eé]e?s? )?(?:de|d'|d’|à|a|sur)\s?`,
  // de: "in unserem Büro in", "an unserem Standort in", "für unseren Standort", "in unserer Zentrale in"
  String.raw`(?:in|an|im|am|f[üu]r) (?:unser(?:em|en|er|e)?) (?:neuen |neue |neuem )?${PREMISES_DE}(?: (?:in|im))? `,
  // es: "en nuestra oficina de", "para nuestra tienda en", "a nuestro centro de trabajo de"
  String.raw`(?:en|para|a|desde) (?:nuestr[ao]s?) (?:nuev[ao]s? )?${PREMISES_ES} (?:ubicad[ao]s? |situad[ao]s? )?(?:de|en)\s`,
  // it: "presso la nostra sede di", "nella nostra sede di", "per il nostro negozio di"
  String.raw`(?:presso|nella|nel|per|in) (?:la |il |i |le )?(?:nostr[aoie]) (?:nuov[ao] )?${PREMISES_IT} (?:di|a|in)\s`,
  // pt: "no nosso escritório de", "na nossa sede em", "para a nossa loja de"
  String.raw`(?:no|na|em|para|ao) (?:a |o )?(?:noss[ao]s?) (?:nov[ao] )?${PREMISES_PT} (?:de|em|no|na)\s`,
  // nl: "op ons kantoor in", "bij onze vestiging in", "voor onze vestiging te"
  String.raw`(?:op|in|bij|voor|vanuit) (?:ons|onze) (?:nieuwe )?${PREMISES_NL} (?:in|te)\s`,
  // en: "at our office in", "join our team at our office in", "from our headquarters in", "for our store in"
  String.raw`(?:in|at|from|join|joining|for) our (?:new )?${PREMISES_EN} (?:based |located )?(?:in|at)\s`,
];

const LEAD = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${LEADS.join('|')})`, 'giu');

/** English writes the town before the premises word: "based in our Bristol office", "join our Leeds hub". */
const TOWN_FIRST = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:based (?:in|at|out of)|work(?:ing)? (?:in|at|from)|join(?:ing)?) our ((?:\p{Lu}[\p{L}'’.-]+ ){1,3})(?:office|headquarters|HQ|hub|studio|site|store|branch|plant|warehouse|campus)(?![\p{L}])`,
  'gu',
);

/** Capitalised names after the lead ("Nice (06)", "Frankfurt am Main", "Paris ou Lyon"): at most three, one line. */
const NAME = String.raw`\p{Lu}[\p{L}'’.-]+(?: (?:am|an|de|del|la|le|sur|upon) \p{Lu}[\p{L}'’.-]+| \p{Lu}[\p{L}'’.-]+){0,2}(?: ?\((?:\d{2,3}|[A-Z]{2,3})\))?`;
const NAMES = new RegExp(String.raw`${NAME}(?:(?:, | (?:and|or|und|oder|et|ou|y|o|e|en|of) )${NAME}){0,2}`, 'uy');

/** Cheap pre-check: a possessive word for "our" must stand in the text. */
const POSSESSIVE = /\b(?:notre|nos|unser|nuestr|nostr|noss|ons|onze|our)/i;

const MAX_TEXT = 20_000;

/** A sentence's full stop after the last name is no part of it ("… de Valencia."); "St." keeps its dot. */
const withoutEndDot = (names: string): string =>
  names.endsWith('.') && !/(?:^|\s)\p{Lu}\p{Ll}{0,2}\.$/u.test(names) ? names.slice(0, -1) : names;

/**
 * The place texts a body's sentences about the employer's premises name ("Nice (06)", "Leipzig"), each read by
 * the location reader as a town: the first such sentence only, as a posting names its own office first.
 */
export function officePlacesInBody(bodyText: string): string[] {
  const text = bodyText.length > MAX_TEXT ? bodyText.slice(0, MAX_TEXT) : bodyText;
  if (!POSSESSIVE.test(text)) return [];
  const candidates: { at: number; names: string }[] = [];
  LEAD.lastIndex = 0;
  for (let m = LEAD.exec(text); m; m = LEAD.exec(text)) {
    NAMES.lastIndex = m.index + m[0].length;
    const names = NAMES.exec(text);
    if (names) candidates.push({ at: m.index, names: withoutEndDot(names[0]) });
  }
  TOWN_FIRST.lastIndex = 0;
  for (let m = TOWN_FIRST.exec(text); m; m = TOWN_FIRST.exec(text))
    candidates.push({ at: m.index, names: m[1]!.trim() });
  candidates.sort((a, b) => a.at - b.at);
  for (const { names } of candidates) if (namesTowns(names)) return [names];
  return [];
}

/** Whether the names are towns the gazetteer knows, each word of them part of a place's name ("Enterprise Park" is not). */
function namesTowns(names: string): boolean {
  const read = readLocationText(names);
  if (!read || read.scan.items.some((item) => item.t === 'word' && item.capital)) return false;
  const located = locationsOf(read, { countryHint: null, contextCountries: new Set() });
  return located.length > 0 && located.every((l) => l.city !== null && l.country !== null);
}
