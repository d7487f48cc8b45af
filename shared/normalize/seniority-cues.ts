/**
 * What a posting's text says about its level beside years of experience: beginners welcome, an internship,
 * duties of guiding juniors. Read by `detectSeniority` (seniority.ts) when the title and the source say nothing.
 */

/** Phrases that open a posting to beginners, in the languages postings are written in. */
export const JUNIOR_CUES =
  /new grad(?:uate)?s?|recent graduates?|fresh graduates?|entry[- ]level|graduate (?:programme|program|scheme)|freshers?(?: are)? (?:welcome|can apply|may apply|eligible|also (?:welcome|apply|eligible)|preferred)|no (?:prior )?experience (?:is )?(?:required|needed|necessary)|Berufseinsteiger(?:in)?|Absolvent(?:in|en)?|keine Berufserfahrung (?:erforderlich|notwendig|nötig)|jeunes? diplômée?s?|débutante?s? (?:acceptée?s?|bienvenue?s?)|recién graduad[oa]s?|sin experiencia|no se requiere experiencia|sem experiência|recém[- ]formad[oa]s?|senza esperienza|neolaureat[oi]|geen (?:werk)?ervaring (?:nodig|vereist)|starters? (?:welkom|functie)|bez doświadczenia|sinh viên mới tốt nghiệp|chưa có kinh nghiệm|không yêu cầu kinh nghiệm|新卒|第二新卒|未経験(?:者)?(?:歓迎|OK|可)|経験不問|应届(?:毕业)?生|经验不限|신입/iu;

/** Statements that the job is an internship, apprenticeship or work-study, not mentions of past ones. */
export const INTERN_CUES = new RegExp(
  [
    // `(?<!\w)`, not `\b`: the same before a letter or digit, and a leading `\b` kept the engine from skipping
    // ahead, about 4 times slower over a body (test/unit/normalize/word-start-lookbehinds.test.ts)
    '(?<!\\w)(?:this is an?|paid|unpaid|\\d+[- ]month|six[- ]month|three[- ]month|summer)\\s+internship\\b',
    // a contract-type label naming one: "Type de contrat : Stage", "Vertragsart: Praktikum", "雇用形態：インターン"
    '(?:^|\\n)\\s*(?:(?:job|employment|contract|position) type|type de contrat|contrat|vertragsart|anstellungsart|beschäftigungsart|tipo de contrato|tipo de contratação|tipologia (?:contrattuale|di contratto)|contratto|soort contract|dienstverband|rodzaj umowy|forma zatrudnienia|loại hình|雇用形態|工作性质|고용형태)\\s*[:：]\\s*(?:stage|internship|intern|praktikum|prácticas|practicas|pasantía|estágio|tirocinio|stage curriculare|staż|praktyki|stagiaire|alternance|apprentissage|apprenticeship|ausbildung|インターン|实习|인턴|thực tập)(?![\\p{L}])',
    "stage (?:de \\d+ (?:à \\d+ )?mois|de fin d[’']études|conventionné|pré-embauche|obligatoire)|convention de stage|(?:contrat|poste|formation) en (?:alternance|apprentissage)|contrat d[’']apprentissage",
    '\\d+[- ]?(?:monatiges|wöchiges) Praktikum|Praktikum (?:für|von|über) \\d+|Pflichtpraktikum|Praxissemester|duales Studium',
    'prácticas (?:de \\d+ meses|curriculares|extracurriculares|remuneradas|profesionales)|convenio de prácticas|beca de prácticas',
    'estágio (?:de \\d+ meses|remunerado|curricular|obrigatório)|bolsa[- ]auxílio',
    'tirocinio (?:di \\d+ mesi|curriculare|extracurriculare|retribuito|formativo)',
    'staż (?:płatny|\\d+[- ]miesięczny)|płatny staż|praktyki (?:studenckie|zawodowe)',
    'stage van \\d+ (?:weken|maanden)|stagevergoeding|afstudeerstage|meewerkstage',
    '長期インターン|实习期|长期实习',
  ].join('|'),
  'iu',
);

/**
 * Duties of guiding juniors, trainees or students ("Mentor junior developers", "encadrer des stagiaires",
 * "Junioren anleiten"): whoever does them is not a junior, whatever the low years of experience asked.
 */
export const GUIDES_JUNIORS = new RegExp(
  [
    '(?:mentor|coach|supervis|train|guid|onboard|lead|support)\\p{L}*\\s+(?:(?:the|our|a|and|other|new)\\s+)?(?:junior|less[- ]experienced|trainee|graduate|student|apprentice)',
    '(?:betreu|anleit|coach|mentor|einarbeit|unterstütz|ausbild)\\p{L}*\\s+(?:\\p{L}+\\s+){0,2}?(?:junior|nachwuchs|auszubildende|azubi|studierende|praktikant|werkstudent)',
    '(?:junior|nachwuchs|auszubildende|praktikant)\\p{L}*\\s+(?:\\p{L}+\\s+){0,2}?(?:betreu|anleit|coach|mentor|einarbeit|ausbild)',
    '(?:encadr|accompagn|form|mentor|coach|tutor)\\p{L}*\\s+(?:\\p{L}+\\s+){0,2}?(?:juniors?|stagiaires|alternants|apprentis|débutants)',
    '(?:mentor|guiar|acompañ|acompanh|form|orient|tutor|apoi|lider|supervis)\\p{L}*\\s+(?:\\p{L}+\\s+){0,2}?(?:juniors?|juniores|becari|estagiári|practicantes|trainees)',
  ].join('|'),
  'iu',
);

/**
 * Words one of which every INTERN_CUES match contains ("internship", "stage", "Praktikum", "staż",
 * "インターン"…), under the same flags. The cue pattern is long and tried at every position of the body;
 * this one, of plain words, is several times faster, and most bodies hold none of them, so the cues run
 * only on the few that do. test/unit/normalize/seniority-cues.test.ts checks that every cue holds an anchor.
 */
export const INTERN_ANCHOR =
  /intern|stage|stagi|praktik|praktyk|praxissemester|duales studium|prácticas|practicas|pasant|estágio|tirocinio|staż|alternance|apprentissage|apprenticeship|ausbildung|bolsa|インターン|实习|인턴|thực tập/iu;

/** True when the text states that the job is an internship, apprenticeship or work-study (INTERN_CUES). */
export function statesInternship(text: string): boolean {
  return INTERN_ANCHOR.test(text) && INTERN_CUES.test(text);
}
