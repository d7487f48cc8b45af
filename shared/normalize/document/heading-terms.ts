/**
 * Section heading vocabulary per language, as folded regex fragments (lower case, no accents: see fold.ts).
 * Order matters: the first table that matches wins, so specific phrases ("preferred qualifications",
 * "compensation & benefits", "about you") come before the generic words they contain.
 */

/** What a section of a posting is about. `description` is ambiguous ("Job description"): its lists are duties, its prose is about. */
export type SectionKind = 'about' | 'description' | 'responsibilities' | 'must' | 'nice' | 'benefits' | 'techStack' | 'other';

const YOULL = "you(?:'?ll| will)";

const NICE = [
  // en
  'nice[- ]to[- ]haves?', 'good[- ]to[- ]haves?', 'great[- ]to[- ]haves?', 'preferred', 'preferences', 'preferably',
  'bonus points?', '^bonus(?! (?:&|and|scheme|plan|structure|package))', 'extra points?', 'pluses', '^plus(?:es)?$', "(?:is|are|it'?s|would be|as) a (?:big |huge )?plus",
  'a plus', 'desirable', 'desired (?:skills|qualifications|experience)', 'optional', 'ideally', '(?:an )?added advantage',
  'advantageous', 'even better', 'stand out', 'extra credit', 'would be great', 'considered a plus', 'not required',
  // de
  'wunschenswert', 'von vorteil', 'vorteilhaft', 'pluspunkte?', 'idealerweise', 'wunschkenntnisse', 'gerne gesehen', 'optional',
  'das ware toll', 'kein muss',
  // fr
  'un plus', 'serait un (?:plus|atout)', 'les plus', 'un atout', 'atouts supplementaires', 'apprecie(?:e|s|es)?',
  'idealement',
  // es / pt / it
  'se valorara', 'valorable', 'valoramos', 'se valora', 'deseables?', 'es un plus', 'sera un plus', 'suma puntos', 'idealmente', 'preferible',
  'diferenciais?', 'desejave(?:l|is)', 'sera um diferencial', 'e um plus', 'preferenziali?', 'titolo preferenziale', 'gradit[oaie]', 'costituisce un plus',
  // nl / pl
  '^pre$', 'is een pre', 'pluspunten?', 'mooi meegenomen', 'wenselijk', 'mile widziane', 'dodatkowym atutem', 'atutem bedzie',
  // vi
  'uu tien', 'diem cong', 'co loi the', 'loi the',
  // ja / zh / ko
  '歓迎', '尚可', '優遇', 'あれば尚', '加分', '优先', '優先', '우대',
];

const TECH_STACK = [
  'tech(?:nology|nical)?[- ]?stack', 'our stack', '^(?:the )?stack$', '^technolog(?:y|ies)\\b', 'tools (?:we use|and technologies|& technologies)',
  'technologies (?:we use|used)', '^tools\\b', 'our tools', 'our tech', 'tech we use', 'tooling', 'development environment', 'tools of the trade',
  'technologien', 'unser stack', 'stack technique', 'environnement technique', 'stack tecnologico', 'tecnologias', 'entorno tecnologico',
  'tecnologie', 'cong nghe', '技術スタック', '開発環境', '使用技術', '技術環境', '使用ツール', '技术栈', '技術棧', '기술 ?스택', '사용 ?기술',
];

const BENEFITS = [
  // en
  'benefits?', 'perks?', 'what we offer', 'we offer', 'our offer', "what'?s in it for you", "why (?:join|work (?:with|for|at)|choose|us\\b)",
  `${YOULL} love`, "you'?ll enjoy", 'rewards?', `what ${YOULL} get`, 'what you get', 'in return', 'what we provide', 'we provide',
  'why (?:you should )?join', 'why work', 'life at', 'our promise', 'what we give', 'on offer',
  "what (?:we|you)(?:'re| are)? (?:offering|offer|provide|providing)", "we(?:'re| are) offering",
  // de
  'wir bieten', 'was wir (?:dir |ihnen |euch )?bieten', 'unser angebot', 'das bieten wir', '(?:deine|ihre) vorteile', 'vorteile',
  'darauf (?:kannst du|konnen sie) (?:dich|sich) freuen', 'worauf du dich freuen kannst', 'unsere leistungen', 'zusatzleistungen', 'warum wir',
  // fr
  'avantages', 'ce que nous (?:offrons|proposons)', 'nous (?:vous )?(?:offrons|proposons)', "ce que l'on (?:offre|propose)", 'pourquoi (?:nous )?rejoindre',
  'on vous offre', 'les \\+ du poste',
  // es / pt / it
  'beneficios', 'ofrecemos', 'que ofrecemos', 'lo que (?:te )?ofrecemos', 'te ofrecemos', 'ventajas', 'prestaciones', 'por que unirte',
  'oferecemos', 'o que oferecemos', 'vantagens', 'benefit', 'offriamo', 'cosa (?:ti )?offriamo', 'vantaggi',
  // nl / pl
  'wat (?:wij|we) bieden', 'wij bieden', 'arbeidsvoorwaarden', 'wat krijg je', 'voordelen', 'oferujemy', 'benefity', 'co oferujemy', 'korzysci',
  // vi
  'phuc loi', 'quyen loi', 'che do dai ngo', 'dai ngo',
  // ja / zh / ko
  '待遇', '福利厚生', '休日休暇', '手当', '福利', '我们提供', '복리후생', '혜택', '복지',
];

/** Headings whose content is none of the above and must not leak into them (apply instructions, legal text, pay alone). */
const OTHER = [
  'how to apply', 'to apply', 'application process', 'hiring process', 'interview process', 'recruit(?:ment|ing) process', 'next steps',
  'equal (?:employment )?opportunit(?:y|ies)', 'eeo', 'diversity', 'disclaimer', 'privacy', 'legal', '^salary(?: range)?$', '^compensation$',
  '^pay(?: range)?$', '^contact', '^location$', 'bewerbungsprozess', 'so bewirbst du dich', 'bewerbung', 'kontakt', 'processus de recrutement',
  'proceso de seleccion', 'processo seletivo', 'quy trinh tuyen dung', 'cach thuc ung tuyen', 'ho so', 'lien he', '応募方法', '選考プロセス',
  '選考フロー', '選考方法', '募集要項', '募集概要', '应聘方式',
];

const MUST = [
  // en
  'requirements?', 'qualifications?', 'required', 'must[- ]haves?', 'skills', 'experience', `what ${YOULL} (?:need|bring)`,
  'what you (?:need|bring|have)', "what we(?:'?re| are) looking for", "who (?:you are|we(?:'?re| are) looking for)", 'about you',
  'your (?:profile|skills|experience|background|qualifications|expertise)', 'profile', 'you (?:have|bring|are|should have|possess|need)',
  'ideal candidate', 'the candidate', 'competenc(?:y|ies)', 'knowledge', 'is this you', 'what it takes', 'looking for', 'expertise',
  'what makes you', 'must', 'education(?: and experience)?', 'languages?', 'language skills', 'sprachkenntnisse', 'langues', 'idiomas',
  // de
  '(?:dein|ihr|unser) (?:wunsch)?profil', 'anforderungen', 'voraussetzungen', 'qualifikation(?:en)?', 'was (?:du|sie) mitbring(?:st|en)',
  'das bring(?:st du|en sie) mit', 'was wir (?:uns wunschen|erwarten|suchen)', 'kenntnisse', 'erfahrung', 'mitbringen', 'wen wir suchen',
  'uber dich', 'skillset',
  // fr
  'profil recherche', '(?:votre|ton) profil', 'competences(?: requises)?', 'prerequis', 'exigences', 'ce que nous recherchons',
  'qui (?:etes[- ]vous|es[- ]tu)', 'vos atouts', 'savoir[- ]faire', 'connaissances',
  // es / pt / it
  'requisitos', 'requerimientos', 'perfil', 'que buscamos', 'lo que buscamos', 'buscamos', '(?:lo )?que necesitas', 'conocimientos',
  'experiencia', 'habilidades', 'competencias', 'sobre ti', 'imprescindibles?', '(?:lo )?que pedimos', 'qualificacoes', 'o que (?:buscamos|procuramos)',
  'sobre voce', 'conhecimentos', 'requisiti', 'profilo', 'competenze', 'cosa cerchiamo', 'chi cerchiamo', 'esperienza', 'conoscenze',
  // nl / pl
  'wat (?:vragen|verwachten) (?:wij|we)', 'wie ben (?:jij|je)', 'functie-?eisen', '(?:jouw|uw) profiel', 'profiel', 'wat (?:breng|neem) je mee',
  'vereisten', 'eisen', 'wymagania', 'oczekujemy', 'oczekiwania', 'twoj profil', 'czego oczekujemy', 'kogo szukamy',
  // vi
  'yeu cau', 'ky nang', 'kinh nghiem', 'trinh do', 'tieu chuan', 'ung vien', 'bang cap', 'chung toi tim kiem',
  // ja / zh / ko
  '必須', '応募資格', '応募条件', '応募要件', '必要な', '求める', 'スキル', '資格', '経験', '対象となる方', 'こんな方', '任职', '要求', '资格',
  '자격', '필수',
];

const RESPONSIBILITIES = [
  // en
  'responsibilit(?:y|ies)', 'duties', 'tasks', `what ${YOULL}(?: be)? (?:do|doing|work on|achieve|own|build)`, YOULL, "you(?:'?d| would) be",
  "your (?:role|mission|impact|day|responsibilities|tasks|job)", 'the work', 'day[- ]to[- ]day', 'a day in the life', 'accountabilit(?:y|ies)',
  'what the job involves', 'mission', 'in this role', 'in this position', 'impact', 'scope', 'deliverables', 'key result areas',
  // de
  '(?:deine|ihre|unsere) aufgaben', 'aufgaben(?:gebiet|bereich)?', 'tatigkeit(?:en|sbereich|sbeschreibung)?', 'was (?:dich|sie) erwartet',
  'das erwartet (?:dich|sie)', '(?:deine|ihre) rolle', 'verantwortung', 'das machst du', 'was du tust', 'dein job',
  // fr
  '(?:vos|tes) missions', 'missions?', 'responsabilites', 'vos taches', 'taches', '(?:votre|ton) role', 'ce que (?:vous ferez|tu feras)',
  'au quotidien', 'vos activites',
  // es / pt / it
  'responsabilidades', 'funciones', 'tareas', '(?:lo )?que haras', 'que vas a hacer', 'tu rol', 'tu dia a dia', 'tu mision', 'atividades',
  'atribuicoes', 'o que voce (?:vai|ira) fazer', '(?:seus )?desafios', 'responsabilita', 'mansioni', 'cosa farai', 'attivita', 'compiti',
  'il tuo ruolo', 'di cosa ti occuperai',
  // nl / pl
  'wat ga je doen', 'wat je gaat doen', 'taken', 'verantwoordelijkheden', 'jouw rol', 'obowiazki', 'zakres obowiazkow', '(?:twoje )?zadania',
  'czym bedziesz sie zajmowac', 'twoja rola',
  // vi
  'mo ta cong viec', 'trach nhiem', 'nhiem vu', 'noi dung cong viec', 'cong viec', 'vai tro', 'ban se',
  // ja / zh / ko
  '仕事内容', '業務内容', '職務内容', '担当業務', 'お任せ', '具体的な業務', '職務', '業務', 'ミッション', '役割', 'やること',
  '职责', '工作内容', '주요 ?업무', '담당 ?업무', '업무 ?내용', '하는 ?일',
];

/** About the company or team, as distinct from the ambiguous "about the role". */
const ABOUT_COMPANY = [
  'about us', 'who we are$', '^our (?:company|mission|story|culture|team|values|vision)$', 'company (?:description|overview|profile|info)',
  '^the company$', '^(?:the|our) team$', 'about the (?:company|team|organi[sz]ation|business)', 'uber uns', 'wer wir sind', 'das sind wir',
  'uber (?:das unternehmen|die firma)', '(?:das|unser) unternehmen', 'unser team', 'zum unternehmen', 'qui sommes[- ]nous', "l'entreprise",
  'notre (?:entreprise|societe|equipe|mission)', 'la societe', 'nous sommes', 'sobre nosotros', 'quienes somos', '(?:la|nuestra) empresa',
  'nuestro equipo', 'sobre la empresa', 'sobre nos', 'quem somos', 'sobre a empresa', 'a empresa', 'chi siamo', "l'azienda", 'over ons',
  'wie zijn (?:wij|we)', '(?:over )?het bedrijf', 'o nas', 'o firmie', 'kim jestesmy', 've chung toi', 'gioi thieu', 'thong tin cong ty',
  've cong ty', '会社概要', '企業概要', '会社紹介', '私たちについて', '企業情報', '会社情報', '事業内容', '关于我们', '公司介绍', '公司简介',
  '회사 ?소개', '기업 ?소개', '팀 ?소개',
];

const DESCRIPTION = [
  'job description', 'description', '(?:the |your )?role$', 'about (?:the|this) (?:role|position|job|opportunity)', 'the (?:position|opportunity|job)$',
  '(?:position|job|role) (?:summary|overview|description|details)', 'overview of the role', 'stellenbeschreibung', 'jobbeschreibung',
  'die (?:stelle|position|rolle)', 'uber die (?:stelle|position|rolle)', 'zur (?:position|stelle)', 'description du poste', 'descriptif du poste',
  'le poste', 'a propos du poste', 'descripcion', '(?:sobre|acerca) del puesto', 'el puesto', 'la posicion', 'el rol', 'descricao', 'a vaga',
  'sobre a vaga', 'descrizione', 'il ruolo', 'la posizione', 'functieomschrijving', 'de functie', 'over de functie', 'de rol', 'vacaturetekst',
  'opis stanowiska', 'o stanowisku', 'mo ta', 'vi tri', '職種概要', 'ポジション概要', '求人概要', '职位描述', '岗位描述', '职位详情', '포지션 ?소개',
];

const ABOUT_GENERIC = [
  '^about\\b', 'overview', 'summary', 'introduction', '^intro$', '^company$', 'background', 'culture', 'a propos', 'presentation',
  'acerca de', 'chi e', 'azienda', 'cong ty', '概要', 'はじめに',
];

/** The tables in the order they are tried. */
export const HEADING_TABLES: ReadonlyArray<readonly [SectionKind, readonly string[]]> = [
  ['nice', NICE],
  ['techStack', TECH_STACK],
  ['benefits', BENEFITS],
  ['other', OTHER],
  ['about', ABOUT_COMPANY],
  ['must', MUST],
  ['responsibilities', RESPONSIBILITIES],
  ['description', DESCRIPTION],
  ['about', ABOUT_GENERIC],
];
