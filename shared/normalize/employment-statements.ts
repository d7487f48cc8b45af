/**
 * The lines of a posting body that state its employment type, the label taken off: what the body says counts
 * only in such an explicit statement (employment-types.ts), never in passing ("work with our full-time designers").
 */

/**
 * Lines of the body that state the type: "Job type: Full-time", "This is a part-time role", "雇用形態：正社員",
 * a line that opens with the Russian, Ukrainian, Bulgarian or Greek schedule ("Полная занятость, полный день", as hh.ru
 * prints it, "Пълно работно време" on jobs.bg, "Πλήρης απασχόληση · Υβριδική εργασία" on kariera.gr), the phrase alone
 * or before a separator (a meta line, not a sentence that goes on),
 * a sentence that opens with the schedule and its weekly hours ("Full-time, 36 hours per week (three 12s)"), and
 * Brazil's contract codes after a contract word ("Regime CLT", "contratação PJ", "vaga CLT ou PJ"), and a line that
 * opens with the kind of contract ("Contratto a tempo indeterminato, full-time", "Tillsvidareanställning på heltid",
 * "Unbefristeter Arbeitsvertrag in Teilzeit", "Umowa o pracę na pełny etat"), as offer lists begin their contract item.
 * The sentence alternatives open with `(?<!\w)`, not `\b`: the same before a letter, and a leading `\b` kept
 * the engine from skipping ahead, about 6 times slower over a body (test/unit/normalize/word-start-lookbehinds.test.ts).
 */
export const STATEMENT =
  /(?:^|\n)\s*(?:job|employment|contract|position|work|role)\s*type\s*[:：-][^\n]{1,80}|(?:^|\n)\s*(?:type of (?:employment|contract)|employment|contract|vertragsart|anstellungsart|besch[äa]ftigungsart|arbeitszeit|type de contrat|tipo de (?:contrato|jornada|empleo)|jornada(?: laboral| de trabajo)?|temps de travail|(?:regime|horario|periodo) de trabalho|rodzaj umowy|typ umowy|forma zatrudnienia|wymiar (?:czasu )?pracy|(?:soort )?dienstverband|contractvorm|tipologia (?:contrattuale|di contratto|contratto)|tipo (?:di )?contratto|orario(?: di lavoro)?|regime de contratação|tipo de contratação|modalidade de contratação|jornada de trabalho|(?:arbeits)?pensum|taux d['’]activité|hình thức(?: làm việc)?|loại hình(?: công việc)?|雇用形態|雇用区分|勤務形態|契約形態|고용\s?형태|근무\s?형태|工作性质|工作类型|用工性质)\s*[:：][^\n]{1,80}|(?<!\w)(?:this|the) (?:is an? |role is an? |position is an? |job is an? |role is |position is )(?:[\w-]+ ){0,2}(?:full[- ]?time|part[- ]?time|contract(?:or)?|temporary|fixed[- ]term|freelance|internship|intern|volunteer|permanent|per diem)\b[^.\n]{0,40}|(?<!\w)(?:this|the) (?:role|position|job) is (?:a )?(?:full[- ]?time|part[- ]?time|contract|temporary|permanent)\b|(?<!\w)(?:full[- ]?time|part[- ]?time|contract|temporary|fixed[- ]term|permanent|freelance) (?:role|position|contract|job|opportunity|employment)\b(?= (?:based|in|at|with|for|starting|on|of)\b|[.,;!\n]|$)|(?:^|\n)\s*(?:(?:полная|частичная|неполная|повна|часткова|неповна) (?:занятость|зайнятість)|(?:не)?пълно работно време|(?:πλ[ηή]ρης|μερικ[ηή]) απασχ[οό]λησ[ηή])(?=\s*[,.;·•|\n]|\s*$)[^\n]{0,40}|(?:(?<=^|\n|[.!?]\s)\s*)(?:full[- ]?time|part[- ]?time)\s*[,:(–-]\s*\d{1,2}(?:[.,]\d)?\s*(?:hours?|hrs?)\s*(?:per|a|\/)\s*week\b|(?<!\w)(?:regime|contratação|contratacao|contrato|vaga|modelo de contratação) (?:CLT|PJ)(?:\s+(?:ou|e)\s+(?:CLT|PJ))?(?![\p{L}\d])|(?:^|\n)\s*(?:[-•*·▪]\s*)?(?:(?:an? |une? |ein |een )?(?:contratto a tempo (?:in)?determinato|contrato (?:indefinido|temporal|por tiempo (?:in)?determinado|por tempo (?:in)?determinado|a termo(?: certo)?)|contrat (?:[àa] dur[ée]e (?:in)?d[ée]termin[ée]e|cdi|cdd)|(?:un)?befristete[rsn]? (?:arbeitsvertrag|festanstellung|anstellung|vertrag)|festanstellung|tillsvidareanst[äa]llning|visstidsanst[äa]llning|fast anst[äa]llning|vast(?:e)? (?:contract|aanstelling|dienstverband)|umow[aęy] o prac[eę]|permanent contract|fixed[- ]term contract))(?![\p{L}])[^\n]{0,80}/giu;

/** The values of the body's statements ("Job type: Full-time" gives " Full-time"), in order. */
export function statements(body: string): string[] {
  const text = body.length > 200_000 ? body.slice(0, 200_000) : body;
  STATEMENT.lastIndex = 0;
  // The label is not the value: "Contract: Full-time" is a full-time job, not a contractor's.
  // a match after the first line starts with its line break: the label follows it
  return (text.match(STATEMENT) ?? []).map((line) => line.replace(/^\s*[^:：\n]*[:：]/u, ''));
}
