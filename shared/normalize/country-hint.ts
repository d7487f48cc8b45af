import type { RawPosting } from '../schema/raw-posting';
import { lookupCountry } from './locations';

/**
 * A country hint for a posting (ISO 3166-1 alpha-2), used to resolve ambiguous places ("Hamburg", "Melbourne")
 * and currencies ("$"). Taken, most reliable first, from the source's own country values, a "Country" field,
 * the content language's region ("en-GB"), a language spoken in essentially one country ("ja", "vi"), and
 * the country-code domain of the posting or company site. Hosts of ATS vendors say nothing about the employer.
 */

/** Languages whose postings are, with rare exceptions, for one country. German, French, Spanish, English, … are not. */
const SINGLE_COUNTRY_LANGUAGES: Record<string, string> = {
  ja: 'JP',
  ko: 'KR',
  vi: 'VN',
  th: 'TH',
  pl: 'PL',
  cs: 'CZ',
  hu: 'HU',
  sv: 'SE',
  fi: 'FI',
  da: 'DK',
  nb: 'NO',
  nn: 'NO',
  no: 'NO',
  tr: 'TR',
  el: 'GR',
  he: 'IL',
  id: 'ID',
  uk: 'UA',
  ro: 'RO',
  bg: 'BG',
  lt: 'LT',
  lv: 'LV',
  et: 'EE',
  sk: 'SK',
  sl: 'SI',
  hr: 'HR',
  is: 'IS',
  ka: 'GE',
  hy: 'AM',
  km: 'KH',
  lo: 'LA',
  my: 'MM',
  mn: 'MN',
  sw: 'KE',
};

/** Country-code domains used as generic ones (".io", ".ai", ".co", ".me") are no hint. */
const GENERIC_CCTLDS = new Set([
  'io',
  'ai',
  'co',
  'me',
  'tv',
  'fm',
  'ly',
  'sh',
  'gg',
  'to',
  'cc',
  'ws',
  'la',
  'is',
  'so',
  'vc',
  'ac',
  'nu',
  'su',
  'eu',
  'am',
  'im',
]);

const ATS_HOSTS =
  /(^|\.)(greenhouse\.io|lever\.co|ashbyhq\.com|smartrecruiters\.com|recruitee\.com|personio\.(de|com)|workable\.com|teamtailor\.com|bamboohr\.com|jobvite\.com|myworkdayjobs\.com|breezy\.hr|join\.com)$/i;

/** The best country hint for a raw posting, or null. */
export function countryHintOf(
  raw: RawPosting,
  extraUrls: (string | null | undefined)[] = [],
  fieldCountries: string[] = [],
): string | null {
  for (const location of raw.locations) {
    const code = location.country ? lookupCountry(location.country) : null;
    if (code) return code;
  }
  for (const country of fieldCountries) {
    const code = lookupCountry(country);
    if (code) return code;
  }
  return countryOfLanguage(raw.language) ?? countryOfUrls([raw.url, raw.applyUrl, raw.companyUrl, ...extraUrls]);
}

/** "en-GB" → "GB"; "ja" → "JP"; "de" → null (Germany, Austria, Switzerland …). */
export function countryOfLanguage(language: string | null): string | null {
  if (!language) return null;
  const [lang, region] = language.split(/[-_]/);
  if (region && /^[a-z]{2}$/i.test(region)) return region.toUpperCase();
  return SINGLE_COUNTRY_LANGUAGES[(lang ?? '').toLowerCase()] ?? null;
}

function countryOfUrls(urls: (string | null | undefined)[]): string | null {
  for (const url of urls) {
    const host = hostOf(url);
    if (!host || ATS_HOSTS.test(host)) continue;
    const tld = host.split('.').pop() ?? '';
    if (tld.length !== 2 || GENERIC_CCTLDS.has(tld)) continue;
    return tld === 'uk' ? 'GB' : tld.toUpperCase();
  }
  return null;
}

function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
}
