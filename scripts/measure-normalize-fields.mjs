#!/usr/bin/env node
// Measures normalizeLocations, normalizeSalary and normalizeEmploymentTypes on 2,000 varied postings and,
// in the same run, a bare `cheerio.load(html).text()` over the same bodies; prints µs per posting and the
// ratio. A measurement, not a test: numbers depend on the machine; the ratio is what to compare.
//
//   node scripts/measure-normalize-fields.mjs [count]
//   node scripts/measure-normalize-fields.mjs --cold [runs]
//
// --cold measures what every Cloud Function cold start, CLI run and jest file pays: in fresh processes,
// `require` of the compiled locations module plus its first normalizeLocations call (a Latin-script text),
// then a first text in Japanese (which reads the other scripts' keys). The sources are compiled with swc
// into a temporary folder first, as `npm run build` would, so compiling is not measured. Prints medians of
// wall and CPU time, the process's own start-up time for scale, and the load average, since wall time on a
// shared machine follows its load.
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const require = createRequire(import.meta.url);
const { transformSync } = require('@swc/core');
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const swc = (source, filename) =>
  transformSync(source, {
    filename,
    jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
    module: { type: 'commonjs' },
  }).code;

/** The child: one cold start, printed as one JSON line. */
const COLD_CHILD = `
const { performance } = require('node:perf_hooks');
const cpu = () => { const c = process.cpuUsage(); return (c.user + c.system) / 1000; };
const t0 = performance.now(), c0 = cpu();
const { normalizeLocations } = require(process.env.LOCATIONS);
const t1 = performance.now(), c1 = cpu();
const run = (text) => normalizeLocations({ raw: [], texts: [text], workplace: null, bodyText: '', countryHint: null });
run('Hybrid for HCMC, remote for Da Nang/HN');
const t2 = performance.now(), c2 = cpu();
run('東京都渋谷区（リモートワーク可）');
const t3 = performance.now();
console.log(JSON.stringify({ boot: t0, require: t1 - t0, first: t2 - t1, total: t2 - t0, cpuTotal: c2 - c0, firstJapanese: t3 - t2 }));
`;

function compileShared(into) {
  const walk = (dir) =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
    );
  for (const file of walk(join(root, 'shared')).filter((f) => f.endsWith('.ts'))) {
    const target = join(into, relative(root, file)).replace(/\.ts$/, '.js');
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, swc(readFileSync(file, 'utf8'), file));
  }
}

function measureColdStart(runs) {
  const dir = mkdtempSync(join(tmpdir(), 'jobrelay-cold-'));
  try {
    compileShared(dir);
    const env = {
      ...process.env,
      LOCATIONS: join(dir, 'shared/normalize/locations.js'),
      NODE_PATH: join(root, 'node_modules'),
    };
    const load = loadavg()[0];
    const samples = Array.from({ length: runs }, () =>
      JSON.parse(execFileSync(process.execPath, ['-e', COLD_CHILD], { env, encoding: 'utf8' })),
    );
    const median = (key) => {
      const sorted = samples.map((s) => s[key]).sort((a, b) => a - b);
      return sorted[sorted.length >> 1].toFixed(1);
    };
    console.log(
      `${runs} fresh processes; load average ${load.toFixed(2)} → ${loadavg()[0].toFixed(2)} on ${cpus().length} CPUs; medians:`,
    );
    console.log(`  node start-up (for scale)           ${median('boot').padStart(8)} ms`);
    console.log(`  require locations                   ${median('require').padStart(8)} ms`);
    console.log(`  first normalizeLocations call       ${median('first').padStart(8)} ms`);
    console.log(
      `  require + first call               ${median('total').padStart(8)} ms wall, ${median('cpuTotal')} ms CPU`,
    );
    console.log(`  then a first Japanese text          ${median('firstJapanese').padStart(8)} ms`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--cold') {
  measureColdStart(Number(process.argv[3] ?? 9));
  process.exit(0);
}

// Run the TypeScript sources directly: compile each .ts file on require with swc.
require.extensions['.ts'] = (module, filename) =>
  module._compile(swc(readFileSync(filename, 'utf8'), filename), filename);

const { normalizeLocations } = require('../shared/normalize/locations.ts');
const { normalizeSalary } = require('../shared/normalize/salary.ts');
const { normalizeEmploymentTypes } = require('../shared/normalize/employment-types.ts');
const cheerio = require('cheerio');

const count = Number(process.argv[2] ?? 2000);
const LOCATIONS = [
  'Ho Chi Minh City (District 1) – Hybrid, 3 days in office',
  'Hybrid for HCMC, remote for Da Nang/HN',
  '東京都渋谷区（リモートワーク可・週1回出社）',
  'Remote (United States or Canada)',
  'Remote - Europe',
  'New York, NY',
  'Toronto, ON',
  'London',
  'Melbourne, FL',
  'Portland, ME',
  'München',
  'Berlin (Remote), Munich (Hybrid)',
  'San Francisco, CA (Hybrid) or Remote',
  'Kleinmachnow, Germany',
  'Bengaluru, Karnataka, India',
  '서울',
  'Paris · Hybride',
  'Madrid (presencial)',
  'Nairobi, Kenya',
  'Remote',
  'Lisbon, Portugal',
  'Zurich, Switzerland (on-site)',
  '大阪府大阪市北区',
];
const SALARIES = [
  '$165K – $200K',
  '年収600万円〜900万円',
  '2,000 - 3,500 USD (gross)/month',
  '65.000 € brutto pro Jahr',
  '₹12 LPA',
  '25-30 triệu VND/tháng',
  'Negotiable',
  '£24.50 per hour',
  "CHF 120'000 – 140'000",
  'Up to $2000',
  '',
  '€500–€650 per day',
  '8 000 - 12 000 zł brutto miesięcznie',
];
const TYPES = [
  ['Full Time'],
  ['FullTime'],
  ['permanent', 'full-time'],
  ['正社員'],
  ['Teilzeit'],
  [],
  ['Contract'],
  ['Werkstudent'],
];
const PARAGRAPHS = [
  'We are looking for an engineer to build our payments platform. You will own services end to end and work with product.',
  'Brightloop helps 12,000 clinics schedule patients. $1,000 home office stipend. 401(k) match and 25 days PTO.',
  'The base salary range for this role is $180,000 – $215,000 USD per year, plus equity.',
  'You will work 3 days per week in the office and the rest from home. This is a full-time role.',
  '仕事内容：製造業向け画像検査モデルの研究開発。PyTorchを用いたモデルの学習・評価・デプロイ。',
  'Ihre Aufgaben: Führung eines Teams von 8 Mitarbeitenden, Planung der Schichten. Wir bieten 28 Urlaubstage.',
  'Mô tả công việc: phát triển API thanh toán. Lương: 1,500 - 2,500 USD/tháng. Làm việc tại văn phòng Quận 1.',
];

function posting(i) {
  const paragraphs = Array.from({ length: 8 + (i % 12) }, (_, k) => PARAGRAPHS[(i + k) % PARAGRAPHS.length]);
  const body = paragraphs.join('\n');
  const html = `<html><body><nav>Home</nav><article>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
  return {
    html,
    location: {
      raw: [],
      texts: [LOCATIONS[i % LOCATIONS.length], LOCATIONS[(i * 7) % LOCATIONS.length]],
      workplace: null,
      bodyText: body,
      countryHint: i % 5 === 0 ? 'US' : null,
    },
    salary: {
      structured: null,
      texts: SALARIES[i % SALARIES.length] ? [SALARIES[i % SALARIES.length]] : [],
      bodyText: body,
      countryHint: null,
    },
    types: { values: TYPES[i % TYPES.length], title: 'Senior Engineer', texts: [], bodyText: body },
  };
}

const inputs = Array.from({ length: count }, (_, i) => posting(i));
const time = (fn) => {
  const start = performance.now();
  for (const p of inputs) fn(p);
  return performance.now() - start;
};

const coldStart = performance.now();
normalizeLocations(inputs[0].location);
normalizeSalary(inputs[0].salary);
const cold = performance.now() - coldStart;
// warm up the JIT, then measure
for (let r = 0; r < 2; r++)
  time(
    (p) => (
      normalizeLocations(p.location),
      normalizeSalary(p.salary),
      normalizeEmploymentTypes(p.types),
      cheerio.load(p.html).text()
    ),
  );
const results = {
  'cheerio.load(html).text()': time((p) => cheerio.load(p.html).text()),
  normalizeLocations: time((p) => normalizeLocations(p.location)),
  normalizeSalary: time((p) => normalizeSalary(p.salary)),
  normalizeEmploymentTypes: time((p) => normalizeEmploymentTypes(p.types)),
};
const baseline = results['cheerio.load(html).text()'];
console.log(
  `${count} postings; first call ${cold.toFixed(1)} ms (includes compiling the sources with swc; --cold measures a cold start)`,
);
for (const [name, ms] of Object.entries(results)) {
  console.log(
    `${name.padEnd(28)} ${((ms * 1000) / count).toFixed(1).padStart(8)} µs/posting  ${(ms / baseline).toFixed(2)}× cheerio`,
  );
}
