import { foldText } from './fold';

/**
 * Header field labels ("Location:", "勤務地：", "Standort:", "Lieu :", "Địa điểm:") mapped to the lower-case
 * English keys of `RawPosting.fields`. Labels are folded (fold.ts) before the look-up.
 */
const FIELD_LABELS: Record<string, readonly string[]> = {
  company: ['company', 'company name', 'employer', 'organization', 'organisation', 'hiring company', 'client', '会社名', '企業名', '社名',
    'unternehmen', 'firma', 'arbeitgeber', 'entreprise', 'societe', 'employeur', 'empresa', 'empleador', 'azienda', 'bedrijf', 'werkgever',
    'pracodawca', 'cong ty', 'ten cong ty', '公司', '公司名称', '회사', '회사명'],
  location: ['location', 'locations', 'job location', 'work location', 'office', 'office location', 'based in', 'city', 'where', 'place of work',
    '勤務地', '勤務場所', '就業場所', 'standort', 'standorte', 'arbeitsort', 'einsatzort', 'dienstort', 'ort', 'lieu', 'lieu de travail',
    'localisation', 'localite', 'ville', 'ubicacion', 'localizacion', 'lugar', 'lugar de trabajo', 'ciudad', 'localizacao', 'local', 'local de trabalho',
    'sede', 'luogo di lavoro', 'luogo', 'locatie', 'standplaats', 'werklocatie', 'lokalizacja', 'miejsce pracy', 'dia diem', 'dia diem lam viec',
    'noi lam viec', 'khu vuc', '工作地点', '地点', '근무지', '근무 위치'],
  salary: ['salary', 'salary range', 'base salary', 'compensation', 'pay', 'pay range', 'rate', 'day rate', 'hourly rate', 'wage', 'remuneration',
    'package', 'ote', '給与', '給料', '年収', '想定年収', '月給', '時給', '報酬', 'gehalt', 'vergutung', 'jahresgehalt', 'bruttojahresgehalt', 'lohn',
    'salaire', 'remuneration', 'retribution', 'salario', 'sueldo', 'remuneracion', 'retribucion', 'banda salarial', 'remuneracao', 'retribuzione',
    'ral', 'salaris', 'wynagrodzenie', 'muc luong', 'luong', 'thu nhap', '薪资', '薪酬', '工资', '月薪', '年薪', '연봉', '급여'],
  'employment type': ['employment type', 'job type', 'type', 'contract type', 'contract', 'type of contract', 'type of employment', 'employment',
    'commitment', 'schedule', 'work type', 'position type', '雇用形態', '雇用区分', 'anstellungsart', 'beschaftigungsart', 'vertragsart', 'anstellung',
    'arbeitszeitmodell', 'type de contrat', 'contrat', 'type de poste', 'tipo de contrato', 'tipo de empleo', 'jornada', 'contrato', 'tipo de contratacao',
    'tipo di contratto', 'contratto', 'dienstverband', 'contractvorm', 'rodzaj umowy', 'typ umowy', 'wymiar pracy', 'loai hinh', 'loai hinh cong viec',
    'hinh thuc', 'hinh thuc lam viec', 'loai hop dong', '工作性质', '工作类型', '고용형태', '고용 형태'],
  department: ['department', 'team', 'division', 'function', 'business unit', '部署', '配属部署', '所属', 'abteilung', 'bereich', 'departement',
    'service', 'equipe', 'departamento', 'equipo', 'area', 'dipartimento', 'afdeling', 'dzial', 'phong ban', 'bo phan', '部门', '부서'],
  workplace: ['workplace', 'workplace type', 'work model', 'work mode', 'work arrangement', 'working model', 'remote', 'remote policy', 'on-site / remote',
    '勤務形態', 'リモート', 'arbeitsmodell', 'homeoffice', 'home office', 'remote-arbeit', 'mode de travail', 'teletravail', 'modalidad',
    'modalidad de trabajo', 'modelo de trabalho', 'modalita di lavoro', 'thuc te lam viec', 'che do lam viec'],
  experience: ['experience', 'years of experience', 'experience level', 'required experience', '経験', '経験年数', 'berufserfahrung', 'erfahrung',
    'experience requise', 'experiencia', 'experiencia requerida', 'esperienza', 'ervaring', 'doswiadczenie', 'kinh nghiem', '经验', '工作经验', '경력'],
  seniority: ['seniority', 'level', 'career level', 'job level', 'grade', 'position level', '役職', 'karrierestufe', 'niveau', 'nivel', 'livello',
    'cap bac', '级别', '직급'],
  apply: ['apply', 'how to apply', 'apply at', 'apply here', 'application', 'apply link', 'apply url', '応募方法', '応募', 'bewerbung', 'bewerben',
    'postuler', 'candidature', 'postular', 'aplicar', 'candidatura', 'candidatar', 'solliciteer', 'aplikuj', 'ung tuyen', 'cach ung tuyen', 'nop ho so'],
  posted: ['posted', 'date posted', 'posted on', 'published', 'publication date', '掲載日', '公開日', 'veroffentlicht', 'veroffentlicht am',
    'datum', 'publie le', 'date de publication', 'publicado', 'fecha de publicacion', 'pubblicato', 'geplaatst', 'data publikacji', 'ngay dang', '发布日期'],
  deadline: ['deadline', 'closing date', 'apply by', 'application deadline', 'expires', 'valid through', 'valid until', '締切', '応募締切', '募集期間',
    'bewerbungsfrist', 'bewerbungsschluss', 'date limite', 'date limite de candidature', 'fecha limite', 'plazo', 'scadenza', 'sluitingsdatum',
    'termin', 'han nop', 'han nop ho so', 'han chot', '截止日期', '마감일'],
  hours: ['hours', 'working hours', 'work hours', 'hours per week', 'working time', '勤務時間', '就業時間', 'arbeitszeit', 'wochenstunden',
    'horaires', 'horaire', 'temps de travail', 'horario', 'jornada laboral', 'orario', 'werktijden', 'uren', 'godziny pracy', 'thoi gian lam viec',
    'gio lam viec', '工作时间', '근무시간'],
  'start date': ['start date', 'start', 'starting date', 'available from', '入社日', '入社時期', 'startdatum', 'eintrittsdatum', 'beginn', 'ab',
    'date de debut', 'debut', 'prise de poste', 'fecha de inicio', 'incorporacion', 'data di inizio', 'startdatum', 'data rozpoczecia', 'ngay bat dau'],
  title: ['job title', 'title', 'position', 'role', 'job', 'vacancy', 'opening', '職種', '募集職種', '募集ポジション', 'stelle', 'position', 'stellenbezeichnung',
    'poste', 'intitule du poste', 'puesto', 'cargo', 'vaga', 'posizione', 'ruolo', 'functie', 'vacature', 'stanowisko', 'vi tri', 'vi tri tuyen dung',
    'chuc danh', '职位', '岗位', '직무', '포지션'],
  education: ['education', 'degree', 'qualification', '学歴', 'ausbildung', 'abschluss', 'formation', 'diplome', 'educacion', 'formacion', 'titulacion',
    'formacao', 'istruzione', 'opleiding', 'wyksztalcenie', 'hoc van', 'bang cap', 'trinh do', '学历', '학력'],
  languages: ['language', 'languages', 'language requirements', '語学', '語学力', 'sprache', 'sprachen', 'sprachkenntnisse', 'langue', 'langues',
    'idioma', 'idiomas', 'lingua', 'lingue', 'taal', 'talen', 'jezyk', 'jezyki', 'ngoai ngu', 'ngon ngu', '语言', '언어'],
  headcount: ['headcount', 'openings', 'number of positions', 'vacancies', '募集人数', 'so luong', 'so luong tuyen', '招聘人数'],
  reference: ['reference', 'ref', 'job id', 'job code', 'requisition id', 'req id', 'job reference', 'reference number', 'kennziffer', 'referenz',
    'referencia', 'riferimento', 'ma cong viec', '求人番号'],
  contact: ['contact', 'contact person', 'recruiter', 'hiring manager', 'email', 'e-mail', 'ansprechpartner', 'ansprechpartnerin', 'kontakt',
    'interlocuteur', 'contacto', 'contatto', 'lien he', 'nguoi lien he', '担当者', '联系人'],
  visa: ['visa', 'visa sponsorship', 'sponsorship', 'work permit', 'ビザ', 'visum', 'arbeitserlaubnis'],
  travel: ['travel', 'travel required', 'reisebereitschaft', 'deplacements', 'viajes'],
};

const LABEL_TO_KEY: ReadonlyMap<string, string> = new Map(
  Object.entries(FIELD_LABELS).flatMap(([key, labels]) => labels.map((label) => [foldText(label), key] as const)),
);

const PARENTHETICAL = /\s*[(（][^)）]*[)）]\s*/g;

/** The English key for a field label ("Standort" → "location"), or null when the label is not one we know. */
export function fieldKeyFor(label: string): string | null {
  const folded = foldText(label);
  return LABEL_TO_KEY.get(folded) ?? LABEL_TO_KEY.get(folded.replace(PARENTHETICAL, ' ').trim()) ?? null;
}

/** A "Key: value" line split in two. */
export interface FieldLine {
  label: string;
  /** the English key when the label is known, else null */
  key: string | null;
  value: string;
}

const FIELD_LINE = /^([^:：]{1,48}?)\s*[:：]\s*(\S.*)$/su;
const LABEL_SHAPE = /^[\p{L}][\p{L}\p{N}\p{M} ''’&/.()（）,\-]*$/u;
const URL_SCHEMES = /^(?:https?|mailto|tel|ftp|www)$/i;
const MAX_LABEL_WORDS = 5;

/** Splits "Label: value" (also full-width "：" and French " : "); null when the line has no label shape. */
export function splitFieldLine(line: string): FieldLine | null {
  if (!line.includes(':') && !line.includes('：')) return null;
  const match = FIELD_LINE.exec(line.trim());
  if (!match) return null;
  const label = (match[1] ?? '').trim();
  const value = (match[2] ?? '').trim();
  if (!LABEL_SHAPE.test(label) || URL_SCHEMES.test(label) || value.startsWith('//')) return null;
  if (label.split(/\s+/).length > MAX_LABEL_WORDS) return null;
  return { label, key: fieldKeyFor(label), value };
}
