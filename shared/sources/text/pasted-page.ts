import { foldText } from '../../normalize/document/fold';
import { parseLocationText } from '../../normalize/geo/location-text';
import { relativePostedDate } from '../../normalize/relative-date';
import { isEmploymentType } from '../../normalize/title-segments';
import { withoutOtherJobsTail } from './other-jobs-tail';

/**
 * A job board's page copied whole (select-all in a browser, saved as text or Markdown): the site's skip link and
 * menu come first, then the job's card (title, company, star rating, place, pay and type, in the board's order),
 * then buttons ("Apply now", "Save"), the posting, and the board's footer. Read as it stands, the first menu
 * line is the title and the chrome runs into the sections. This finds the card and hands back the posting from
 * its title on, without the page's chrome lines, with the card's company, place and types.
 *
 * A page is recognised by its first line only (a skip link, "0 notifications total"), which no employer's
 * posting opens with: every other text is left as it is.
 */
export interface PastedPage {
  /** the text from the title line on, chrome lines out */
  text: string;
  title: string;
  company: string | null;
  location: string | null;
  employmentTypes: string[];
}

/** Skip links and notification counts: the first line a copied page opens with, in the languages boards serve. */
const PAGE_OPENING =
  /^(?:skip to (?:main )?content|skip to main|skip to search|jump to (?:main )?content|\d+ (?:new )?notifications?(?: total)?|zum (?:haupt)?inhalt springen|direkt zum inhalt|aller au contenu(?: principal)?|passer au contenu(?: principal)?|ir al contenido(?: principal)?|saltar al contenido(?: principal)?|vai al contenuto(?: principale)?|passa al contenuto(?: principale)?|pular para o conteudo(?: principal)?|ir para o conteudo(?: principal)?|naar (?:hoofd)?content gaan|ga naar (?:de )?(?:hoofd)?inhoud|\d+ meldingen totaal|\d+ (?:neue )?benachrichtigungen(?: insgesamt)?|\d+ notifications? au total|\d+ notificaciones(?: en total)?|\d+ notifiche(?: totali)?|\d+ notificacoes(?: no total)?|メインコンテンツにスキップ|メインコンテンツへ移動|本文へスキップ|跳到主要内容|본문 바로가기)$/;

/**
 * Lines that are a board's buttons, menu entries and links, alone or run together ("Postuler Sauvegarder",
 * "Mostrar más Mostrar menos"): never part of a posting when they stand on a line of their own in a copied page.
 */
const CHROME_PHRASE =
  '(?:skip to (?:main )?content|skip to search|keyboard shortcuts|close jump menu|home|sign in|log in|sign up|join now|register|for employers|employers?(?: / post job)?|employer site|post a job|company reviews|find salaries|find jobs|job search|for business|try premium for \\S+|apply(?: now)?|easy apply|quick apply|apply on company site|save(?: job)?|saved|share|report(?: job| this job(?: ad(?:vert)?)?)?|show (?:more|less)(?: options)?|see (?:more|less)|follow|message|show match details|tailor my resume|learn how to protect yourself|' +
  'zum (?:haupt)?inhalt springen|startseite|anmelden|registrieren|unternehmensbewertungen|gehalter finden|arbeitgeber(?: / stellenanzeige aufgeben)?|fur arbeitgeber|jetzt bewerben|job speichern|speichern|teilen|job melden|merkliste(?: \\d+)?|mehr anzeigen|weniger anzeigen|' +
  'aller au contenu(?: principal)?|se connecter|connexion|employeurs|postuler|sauvegarder|enregistrer|partager|signaler(?: cette offre)?|voir (?:plus|moins)|' +
  'saltar al contenido(?: principal)?|iniciar sesion|unirse ahora|solicitar|guardar|compartir|denunciar(?: esta empresa| empleo| oferta)?|mostrar (?:mas|menos)|' +
  'vai al contenuto(?: principale)?|accedi|candidati(?: ora)?|salva|condividi|segnala(?: offerta)?|mostra (?:di piu|meno)|' +
  'pular para o conteudo principal|inicio|avaliacoes de empresas|pesquisar salarios|anunciar vaga|candidatar-se(?: no site da empresa)?|salvar(?: esta vaga)?|denunciar vaga|' +
  'naar (?:hoofd)?content gaan|naar zoeken|startpagina|mijn netwerk|berichten|meldingen|voor bedrijven|probeer premium voor \\S+(?: \\d+)?|solliciteren|opslaan|delen|meer opties weergeven|(?:meer|minder) weergeven|volgen|bericht)';
const CHROME_LINE = new RegExp(`^${CHROME_PHRASE}(?: ${CHROME_PHRASE})*$`);
/** "Sign in to create a job alert", "Iniciar sesión para crear una alerta de empleo": a sign-in prompt. */
const SIGN_IN_PROMPT =
  /^(?:sign in|log in|join now|iniciar sesion|inicia sesion|se connecter|connectez-vous|anmelden|melden sie sich an|accedi|entrar|inloggen|log in) (?:to|para|pour|um|per|om) /;
/** A consent note: "We use cookies to …", "Wir verwenden Cookies, …", "Nous utilisons des cookies …". */
const COOKIE_NOTE =
  /^(?:we use cookies|this site uses cookies|wir verwenden cookies|diese (?:website|seite) verwendet cookies|nous utilisons des cookies|ce site utilise des cookies|utilizamos cookies|usamos cookies|utilizziamo (?:i )?cookie|wij gebruiken cookies|este site usa cookies)/;
/** A star rating on a card ("3.7 out of 5 stars", "4,0 von 5 Sternen", "3.9 ★", "4.2"), its review count, a lone dot. */
const RATING_PART =
  /^(?:\d[.,]\d\s*(?:★|out of 5(?: stars)?|von 5(?: sternen)?|de 5(?: estrelas| estrellas)?|sur 5(?: etoiles)?|su 5(?: stelle)?|van 5(?: sterren)?)?(?:\s*\(?\d[\d.,]* (?:reviews?|bewertungen|avis|resenas|recensioni|avaliacoes|evaluaciones|valoraciones|beoordelingen)\)?)?|★\s*\d[.,]\d|\d[\d.,]* (?:reviews?|bewertungen|avis|resenas|recensioni|avaliacoes|evaluaciones|valoraciones|beoordelingen)|view all jobs|alle jobs anzeigen|voir toutes les offres|ver todos los empleos)$/;
/** A rating line, its parts joined by dots: "4.1 ★ 18 reviews · View all jobs", a lone "·". */
const RATING = {
  test: (folded: string): boolean =>
    folded !== '' && folded.split(/\s*[·•|]\s*/u).every((part) => part === '' || RATING_PART.test(part)),
};
/**
 * Headings a board puts under the posting before its footer, beside "Similar jobs" (other-jobs-tail.ts): lists of
 * postings other readers saw and of searches. Only in a copied page: an employer's text never has them.
 */
const PAGE_TAIL =
  /^(?:people also (?:viewed|searched)|related searches|personen haben sich auch angesehen|ahnliche suchanfragen|las personas tambien vieron|busquedas relacionadas|ces offres pourraient (?:aussi|egalement) vous interesser|recherches associees|altre persone hanno (?:visto|visualizzato)|ricerche correlate|pessoas tambem (?:viram|visualizaram)|pesquisas relacionadas|anderen bekeken ook|gerelateerde zoekopdrachten|recommendations received|recomendaciones recibidas|recommandations recues|erhaltene empfehlungen|empfehlungen erhalten|raccomandazioni ricevute|recomendacoes recebidas|ontvangen aanbevelingen|aanbevelingen ontvangen|referrals increase your chances of interviewing at .+)[:：]?$/;
/**
 * "Pulled from the full job description" under a heading of Indeed's job details ("Benefits"): the board's copy
 * of the posting's own list, which the posting then gives in full.
 */
const EXTRACTED =
  /^(?:pulled from the full job description|extraido da descricao completa da vaga|aus der vollstandigen stellenbeschreibung|extrait de la description (?:complete )?(?:du poste|de l'offre)|extraido de la descripcion completa del empleo|estratto dalla descrizione completa dell'offerta|uit de volledige vacaturetekst)$/;
const MIN_TAIL_SHARE = 1 / 3;
/** LinkedIn's job-alert prompt under a posting: "Get notified about new Data Analyst jobs in Utrecht." */
const JOB_ALERT =
  /^(?:get notified about new|recibe notificaciones sobre nuevos empleos|recevez des notifications (?:sur|pour) les nouve|erhalten sie benachrichtigungen (?:uber|zu) neue|ricevi notifiche (?:sulle|per le) nuov|receba notificacoes sobre novas|ontvang meldingen over nieuwe)/;
const isTail = (folded: string): boolean => PAGE_TAIL.test(folded) || JOB_ALERT.test(folded);
/** A job-details label over a place ("Location" then "Leeds"): the place's label, never the title. */
const PLACE_LABEL =
  /^(?:(?:job |work )?location|local(?: de trabalho)?|localizacao|standort|arbeitsort|einsatzort|lieu(?: de travail)?|localisation|ubicacion|sede|luogo di lavoro|locatie|werklocatie|plaats)$/;

/** A report link of its own, far enough down to close the posting rather than sit in the card's buttons. */
const REPORT =
  /^(?:report(?: this)? job(?: ad(?:vert)?)?|report this (?:listing|posting)|job melden|stellenanzeige melden|denunciar vaga|denunciar (?:este )?empleo|denunciar oferta|signaler (?:cette )?offre|segnala (?:questo )?annuncio|segnala offerta|vacature melden)$/;
const MIN_REPORT_SHARE = 1 / 2;
/**
 * Glassdoor's boxes under the posting: its pay box ("Base pay range", then "$62K - $74K /yr (Employer est.)") and
 * its company box ("Company overview", then "Size", "Founded", ratings), each told by its next line; the board's
 * ratings and lists follow them, so the posting ends there. An employer's own "Company overview" is prose.
 */
const PAY_BOX =
  /^(?:base pay range|pay range|salary range|fourchette de salaire(?: de base)?|gehaltsspanne|grundgehaltsspanne|rango salarial(?: base)?|faixa salarial(?: base)?|fascia retributiva|salarisbereik)$/;
const BOARD_ESTIMATE =
  /\((?:employer (?:est\.?|provided)|glassdoor est\.?|est\. de l'employeur|estimation (?:de l'employeur|glassdoor)|fourni par l'employeur|vom arbeitgeber angegeben|schatzung (?:des arbeitgebers|von glassdoor)|glassdoor-schatzung|estimacion (?:del empleador|de glassdoor)|proporcionado por el empleador|estimativa (?:do empregador|do glassdoor)|informado pelo empregador|stima (?:del datore di lavoro|di glassdoor)|schatting (?:van de werkgever|van glassdoor))\)$/;
const COMPANY_BOX =
  /^(?:company overview|apercu de l'entreprise|presentation de l'entreprise|unternehmensubersicht|resumen de la empresa|descripcion general de la empresa|visao geral da empresa|panoramica dell'azienda|bedrijfsoverzicht)$/;
const COMPANY_FACT =
  /^(?:size|founded|type|industry|sector|revenue|taille|fondee en|creee en|secteur|industrie|chiffre d'affaires|grosse|gegrundet|branche|umsatz|tamano|fundada en|ingresos|tamanho|fundada em|setor|receita|dimensioni|fondata nel|settore|fatturato|grootte|opgericht|omzet)$/;
/**
 * Board boxes beside the posting, each a heading and its lines up to a blank line: LinkedIn's hiring team
 * ("Meet the hiring team", a recruiter's name and role, "Message"); the board's application questions (SEEK's
 * "Employer questions", Indeed's "Questions de l'employeur", "Screening questions"), which the board asks when
 * one applies and are no part of the employer's text.
 */
const BOARD_BOX =
  /^(?:meet the hiring team|maak kennis met het wervingsteam|conoce al equipo de contratacion|lernen sie das recruiting-team kennen|rencontrez l'equipe de recrutement|incontra il team di selezione|conheca a equipe de contratacao|(?:employer|screening|application) questions|questions (?:de l'employeur|de (?:pre)?selection)|fragen (?:des|vom) arbeitgebers?|arbeitgeberfragen|preguntas (?:del empleador|de seleccion|de la empresa)|perguntas (?:do empregador|de triagem)|domande (?:del datore di lavoro|di preselezione)|vragen van de werkgever|screeningsvragen)[:：]?$/;
/** "Save Senior Product Designer at Larkspur Health": a save button named after the job. */
const SAVE_WORD = /^(?:save|opslaan|guardar|speichern|sauvegarder|enregistrer|salva|salvar) /;

/**
 * The heading Indeed puts over the employer's own text ("Full job description"): what stands between the card
 * and it is the board's box of facts and profile questions, copied from the posting.
 */
const FULL_DESCRIPTION =
  /^(?:full job description|vollstandige stellenbeschreibung|descricao completa da vaga|description (?:complete )?du poste|descripcion completa del empleo|descrizione completa (?:del lavoro|dell'offerta)|volledige vacaturetekst|pelny opis oferty)$/;
const MAX_DETAILS_LINES = 60;

/** A Markdown line's plain text: no heading marks, bullets, emphasis, images or link targets. */
function plainOf(line: string): string {
  return line
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s*(?:#{1,6}\s+|[*+-]\s+|\d+\.\s+)/, '')
    .replace(/\*\*|__/g, '')
    .trim();
}

const MAX_HEAD_LINES = 60;
const MAX_CARD_LINES = 10;
const MAX_TITLE_CHARS = 120;
const MAX_COMPANY_CHARS = 80;
const MAX_NAME_WORDS = 8;
const NO_CONTEXT = { countryHint: null, contextCountries: new Set<string>() };

/**
 * LinkedIn's counters and promotion notes: "8,214 followers", "12.438 volgers", "Promoted by hirer · Actively
 * reviewing applicants", "Gepromoot door de vacatureplaatser · …".
 */
const BOARD_NOTE =
  /^(?:\d[\d.,\s]*(?:followers|volgers|seguidores|abonnes|follower|abonnenten)|(?:promoted by|gepromoot door|promocionado por|sponsorise par|gesponsert von|promosso da|promovido por) \S)/;

/**
 * A board's status note on a card, after its place or on a line of its own: how long ago the job was posted and
 * how many applied ("5 days ago · Over 100 applicants", "Il y a 3 jours · Plus de 100 candidats", "vor 2 Tagen ·
 * 45 Bewerbungen", "Hace 1 semana Más de 200 solicitudes", "Posted 3d ago"). Board meta, not the posting's text.
 */
const AGE_PART =
  '(?:(?:re)?posted |active |publiee? |republiee? |publicad[ao] |veroffentlicht |pubblicato |geplaatst )?(?:(?:\\d+\\+? ?(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?|m|h|d|w|mo)|an? (?:minute|hour|day|week|month)|one (?:day|week|month)) ago|il y a (?:\\d+\\+?|une?) (?:minutes?|heures?|jours?|semaines?|mois)|vor (?:\\d+\\+?|einem|einer) (?:minuten?|stunden?|tag(?:en)?|wochen?|monat(?:en)?)|(?:hace|ha) (?:\\d+\\+?|una?|uma?) (?:minutos?|horas?|dias?|semanas?|mes(?:es)?)|(?:\\d+\\+?|una?) (?:minut[oi]|ore|ora|giorn[oi]|settiman[ae]|mes[ei]) fa|(?:\\d+\\+?|een) (?:minuten|minuut|uur|dagen|dag|weken|week|maanden|maand) geleden)(?: \\((?:updated|actualizada|actualizado|mis a jour|aktualisiert)\\))?';
const COUNT_PART =
  '(?:(?:over|more than|fewer than|less than|plus de|moins de|mas de|menos de|mais de|uber|mehr als|weniger als|oltre|meer dan) )?\\d[\\d.,]*\\+? (?:applicants|applications|people clicked apply|candidats|candidatures|solicitudes|solicitantes|candidaturas|candidatos|bewerbungen|bewerber(?:innen)?|candidati|candidature|sollicitanten|sollicitaties)|be an early applicant|actively (?:reviewing applicants|recruiting)';
const STATUS_PART = `(?:${AGE_PART}|${COUNT_PART})`;
const STATUS_RUN = new RegExp(`^${STATUS_PART}(?:\\s*[·•|]?\\s*${STATUS_PART})*$`);
const STATUS_CUE = /\d|ago|il y a|vor |hace |fa$|geleden|applicant|actively/;
const MAX_STATUS_LINE = 160;

/**
 * A line without its board status note: null when the line is nothing else, the place before it when it follows
 * one ("Austin, TX · 5 days ago · Over 100 applicants" -> "Austin, TX"), the line itself when it has none. A line
 * that is only a date the posted-date logic reads ("3 days ago" as a paragraph) stays for it.
 */
function withoutStatus(raw: string): string | null {
  if (raw.length > MAX_STATUS_LINE) return raw;
  const folded = foldText(plainOf(raw));
  if (!STATUS_CUE.test(folded)) return raw;
  if (STATUS_RUN.test(folded)) {
    const listItem = /^\s*(?:[*+-]|\d+\.)\s/u.test(raw);
    return !listItem && relativePostedDate(plainOf(raw), SHAPE_DAY) !== null ? raw : null;
  }
  const pieces = raw.split(/(\s+[·•|]\s+)/u);
  for (let k = 2; k < pieces.length; k += 2)
    if (STATUS_RUN.test(foldText(plainOf(pieces.slice(k).join(''))))) return pieces.slice(0, k - 1).join('');
  return raw;
}
const SHAPE_DAY = new Date(0);

/**
 * Whether a short text is nothing but a board's status note or star rating ("Posted 3d ago", "Hace 2 días
 * (actualizada)", "Over 100 applicants", "3.8 ★ 42 reviews"), for the HTML page readers. A date line the
 * posted-date logic reads on its own is not one here.
 */
export function isBoardStatusText(text: string): boolean {
  if (text.length > MAX_STATUS_LINE) return false;
  const folded = foldText(text.trim());
  if (/\d/.test(folded) && RATING.test(folded)) return true;
  return STATUS_CUE.test(folded) && STATUS_RUN.test(folded) && relativePostedDate(text.trim(), SHAPE_DAY) === null;
}

/** The board's number for the ad, on a line of its own: "Job-ID: 12345678", "Anzeigen-ID 4711", "ID de l'offre : 4711". */
const BOARD_ID =
  /^(?:job[- ]?id|anzeigen[- ]?id|stellen[- ]?id|angebots[- ]?id|id (?:de l'offre|de la oferta|del empleo|da vaga|dell'offerta)|vacature[- ]?id)\s*[:#]?\s*\d[\d-]{3,19}$/;

/**
 * A link to the employer's other postings on the board, on a line of its own: "View all jobs at Acme",
 * "Voir toutes les offres de Maison Garonne", "Ver todas las ofertas (6)", "Alle Jobs von Acme anzeigen".
 */
const VIEW_ALL =
  /^(?:(?:view|see) all(?: \d+)? (?:jobs|openings|positions)|voir (?:toutes les|les \d+) offres|ver tod(?:as las|os los) (?:ofertas|empleos|vagas)|ver todas as vagas|alle (?:\d+ )?(?:jobs|stellen(?:angebote)?)|vedi tutte le offerte|bekijk alle vacatures)(?: (?:at|from|by|de|von|del|da|di|bij|van) .{1,80})?(?: \(\d+\))?(?: anzeigen| ansehen)?$/;

const isChrome = (folded: string): boolean =>
  CHROME_LINE.test(folded) ||
  BOARD_ID.test(folded) ||
  VIEW_ALL.test(folded) ||
  COOKIE_NOTE.test(folded) ||
  SIGN_IN_PROMPT.test(folded) ||
  BOARD_NOTE.test(folded);

/** A place as a card prints it, before its " · 5 days ago" or " (Hybrid)": one place read, with a city. */
function placeOf(plain: string): string | null {
  const lead = plain.split(/\s+[·•|]\s+|\s+\(/u)[0]?.trim() ?? '';
  if (!lead || lead.length > 60 || /\p{Ll}{4,}\s+\p{Ll}{4,}/u.test(lead)) return null;
  const places = parseLocationText(lead, NO_CONTEXT);
  return places.length === 1 && places[0]?.city != null ? lead : null;
}

/** "[Acme S.L.](…/company/acme) Zaragoza, Aragón, España": a Markdown card's employer link, then its place. */
function linkThenPlace(line: string): { company: string; place: string } | null {
  const m = /^\s*\[([^\]]{2,80})\]\([^)]*\)\s+(.+)$/u.exec(line);
  const place = m?.[2] ? placeOf(plainOf(m[2])) : null;
  return m?.[1] && place ? { company: m[1].trim(), place } : null;
}

interface Line {
  index: number;
  raw: string;
  plain: string;
  folded: string;
}

/** Whether a line could be a name: no button, rating, sentence or bare number. */
function isNameShaped(line: Line): boolean {
  return (
    line.plain.length >= 2 &&
    line.plain.length <= MAX_TITLE_CHARS &&
    !isChrome(line.folded) &&
    !RATING.test(line.folded) &&
    !/[!?:：]$/u.test(line.plain) &&
    // a sentence, not a name that ends with its legal form's dot ("… Ltda.", "Acme Inc.")
    !(line.plain.endsWith('.') && line.plain.split(/\s+/u).length > MAX_NAME_WORDS) &&
    /\p{L}/u.test(line.plain)
  );
}

/** A name that is not a place either ("Buckeye Mutual Insurance" reads as Buckeye, Arizona: only beside a rating). */
const isNameLike = (line: Line): boolean => isNameShaped(line) && placeOf(line.plain) === null;
const isHeading = (line: Line): boolean => /^\s*#{1,6}\s/u.test(line.raw);

const isPlaceLine = (line: Line | undefined): boolean =>
  line !== undefined && (placeOf(line.plain) !== null || linkThenPlace(line.raw) !== null);

interface Card {
  title: Line;
  company: string | null;
}

/** The next lines after `at` that are not buttons (a card's "Share", "Show more options" stand between its lines). */
function nextLines(lines: readonly Line[], at: number, count: number): Line[] {
  return lines
    .slice(at + 1)
    .filter((line) => !isChrome(line.folded))
    .slice(0, count);
}

/**
 * The card: with a star rating, the line before it is the employer, and the title is the line before that
 * (Indeed, SEEK: title, company, rating, place) or, when a place does not follow the rating, the line after it
 * (Glassdoor: company, rating, title, place). Without a rating, the title is the first name-like line followed
 * by a place (LinkedIn: title, then "Austin, TX · 5 days ago"), or a Markdown heading.
 */
function findCard(lines: readonly Line[]): Card | null {
  const head = lines.slice(0, MAX_HEAD_LINES);
  const rating = head.findIndex((line, i) => i > 0 && /\d/.test(line.folded) && RATING.test(line.folded));
  if (rating > 0) {
    const company = head[rating - 1];
    let after = rating + 1;
    while (RATING.test(head[after]?.folded ?? '')) after++;
    const next = head[after];
    if (company && isNameShaped(company) && next) {
      if (isPlaceLine(next) && rating >= 2 && head[rating - 2] && isNameShaped(head[rating - 2] as Line))
        return { title: head[rating - 2] as Line, company: company.plain };
      if (isNameLike(next) && isPlaceLine(nextLines(head, after, 1)[0])) return { title: next, company: company.plain };
    }
  }
  // a page saved as Markdown keeps the title as its heading
  const heading = head.find((line) => /^\s*#\s/u.test(line.raw) && isNameShaped(line));
  if (heading) return { title: heading, company: null };
  for (let i = 0; i < head.length; i++) {
    const line = head[i] as Line;
    if (PLACE_LABEL.test(line.folded)) continue;
    if (isNameLike(line) && isPlaceLine(nextLines(head, i, 1)[0])) return { title: line, company: null };
  }
  return null;
}

/** The employer printed above a title (LinkedIn, Welcome to the Jungle): a near line the posting names again. */
function companyAbove(lines: readonly Line[], title: number, rest: string): string | null {
  for (let i = title - 1; i >= Math.max(0, title - 4); i--) {
    const line = lines[i] as Line;
    if (isChrome(line.folded)) continue;
    if (isNameLike(line) && line.plain.length <= MAX_COMPANY_CHARS && rest.includes(line.plain)) return line.plain;
  }
  return null;
}

/** The card's facts under the title: its place, its employment types, an employer link before the place. */
function cardBelow(lines: readonly Line[], title: number) {
  let location: string | null = null;
  let company: string | null = null;
  const types: string[] = [];
  for (const line of lines.slice(title + 1, title + 1 + MAX_CARD_LINES)) {
    if (isHeading(line) || line.plain.length > MAX_TITLE_CHARS) break;
    const linked = linkThenPlace(line.raw);
    if (linked) {
      company ??= linked.company;
      location ??= linked.place;
      continue;
    }
    location ??= placeOf(line.plain);
    const parts = line.plain.split(/\s+[-–—|·•]\s+|,\s*/u).map((part) => part.trim());
    types.push(...parts.filter((part) => part && isEmploymentType(part)));
  }
  return { location, company, types };
}

/** Lines of the board's boxes (the hiring team) and of save buttons named after the job, after the title. */
function boardBlocks(lines: readonly Line[], title: number, titleFolded: string): number[] {
  const out: number[] = [];
  for (let i = title + 1; i < lines.length; i++) {
    const line = lines[i] as Line;
    if (SAVE_WORD.test(line.folded) && line.folded.slice(line.folded.indexOf(' ') + 1).startsWith(titleFolded))
      out.push(line.index);
    if (!BOARD_BOX.test(line.folded)) continue;
    out.push(line.index);
    // the box's lines, from the first after its heading (a blank line may part them), run to the next blank
    // line: consecutive line numbers
    const first = lines[i + 1];
    for (let j = i + 1; first && j < lines.length && (lines[j] as Line).index - first.index === j - i - 1; j++)
      out.push((lines[j] as Line).index);
  }
  return out;
}

/** The lines from the blank line that ends the card to a "Full job description" heading, that heading included. */
function detailsBox(rawLines: readonly string[], title: number): number[] {
  const end = rawLines.findIndex((raw, i) => i > title && !raw.trim());
  if (end < 0) return [];
  const heading = rawLines.findIndex(
    (raw, i) => i > end && i - end <= MAX_DETAILS_LINES && FULL_DESCRIPTION.test(foldText(plainOf(raw))),
  );
  return heading < 0 ? [] : Array.from({ length: heading - end }, (_, k) => end + 1 + k);
}

/** The lines of the board's copies of the posting's lists: heading, "Pulled from …", items up to a blank line. */
function extractedCopies(rawLines: readonly string[]): number[] {
  const out: number[] = [];
  rawLines.forEach((raw, i) => {
    if (!EXTRACTED.test(foldText(plainOf(raw)))) return;
    out.push(i - 1, i);
    for (let j = i + 1; j < rawLines.length && plainOf(rawLines[j] ?? '') && (rawLines[j] ?? '').length < 60; j++)
      out.push(j);
  });
  return out;
}

/** A saved page's criteria list item: "*   ### Employment type", its value indented on a later line. */
const CRITERION_LABEL = /^\s*[*+-]\s+#{1,6}\s+(\S.{0,60}?)\s*$/u;
const CRITERION_VALUE = /^\s{2,}(?![*+-]\s)(\S.{0,80}?)\s*$/u;

/**
 * LinkedIn's criteria box saved as Markdown ("*   ### Tipo de empleo", then "    Jornada completa"): each label
 * and its value as one "label: value" line, which the header fields read, instead of a heading in a list and a
 * code block.
 */
function labelledCriteria(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const label = CRITERION_LABEL.exec(lines[i] ?? '')?.[1];
    let j = i + 1;
    while (j < lines.length && !(lines[j] ?? '').trim()) j++;
    const value = label ? CRITERION_VALUE.exec(lines[j] ?? '')?.[1] : undefined;
    if (label && value) {
      out.push(`${label}: ${value}`, '');
      i = j;
    } else out.push(lines[i] ?? '');
  }
  return out;
}

/** Job boards' names, as a copied page's logo line gives them. */
const BOARD_NAME =
  /^(?:indeed|linkedin|glassdoor|seek|stepstone|monster|xing|infojobs|naukri|reed|totaljobs|jobstreet|welcome to the jungle|jobteaser|ziprecruiter|dice|computrabajo|pracuj\.pl|jooble|adzuna)$/;
const MENU_LINES = 6;
const MIN_MENU_LINES = 2;

/**
 * A copied page opens with a skip link or a notification count; or with the board's logo or a menu entry
 * ("Indeed", "Home") when at least two of its first lines are menu entries and buttons.
 */
function opensPage(first: string, source: string): boolean {
  if (PAGE_OPENING.test(first)) return true;
  if (!BOARD_NAME.test(first) && !CHROME_LINE.test(first)) return false;
  const menu = source
    .split('\n', MENU_LINES * 2)
    .map((line) => foldText(plainOf(line)))
    .filter(Boolean)
    .slice(1, MENU_LINES)
    .filter((line) => CHROME_LINE.test(line));
  return menu.length >= MIN_MENU_LINES;
}

/** Where Glassdoor's pay or company box opens, in the page's second half: -1 when it has neither. */
function boardBoxesStart(rawLines: readonly string[]): number {
  for (let i = Math.ceil(rawLines.length * MIN_REPORT_SHARE); i < rawLines.length; i++) {
    const raw = rawLines[i] ?? '';
    if (raw.length > 60) continue;
    const folded = foldText(plainOf(raw));
    const box = PAY_BOX.test(folded) ? BOARD_ESTIMATE : COMPANY_BOX.test(folded) ? COMPANY_FACT : null;
    if (!box) continue;
    const next = rawLines.slice(i + 1).find((line) => line.trim());
    if (next && box.test(foldText(plainOf(next)))) return i;
  }
  return -1;
}

/** The posting a copied board page holds, or null for any text that is not one. */
export function pastedPage(source: string): PastedPage | null {
  const firstLine = /^\s*(\S[^\n]{0,400})/u.exec(source)?.[1] ?? '';
  const opening = plainOf(firstLine);
  if (opening.length > 80 || !opensPage(foldText(opening), source)) return null;
  const rawLines = withoutOtherJobsTail(source).split('\n');
  const tail = rawLines.findIndex(
    (raw, i) => i >= rawLines.length * MIN_TAIL_SHARE && raw.length < 400 && isTail(foldText(plainOf(raw))),
  );
  if (tail > 0) rawLines.length = tail;
  // the report link closes the posting (Indeed's "Report job", SEEK's "Report this job advert"); the
  // board's notes, questions and company box follow it
  const report = rawLines.findIndex(
    (raw, i) => i >= rawLines.length * MIN_REPORT_SHARE && raw.length < 200 && REPORT.test(foldText(plainOf(raw))),
  );
  if (report > 0) rawLines.length = report;
  const boxes = boardBoxesStart(rawLines);
  if (boxes > 0) rawLines.length = boxes;
  const lines: Line[] = [];
  rawLines.forEach((raw, index) => {
    const plain = plainOf(raw);
    if (plain) lines.push({ index, raw, plain, folded: foldText(plain) });
  });
  const card = findCard(lines);
  if (!card) return null;
  const at = lines.indexOf(card.title);
  const after = lines.slice(at + 1);
  const rest = after.map((line) => line.plain).join('\n');
  const below = cardBelow(lines, at);
  const company = card.company ?? below.company ?? companyAbove(lines, at, rest);
  const dropped = new Set(after.filter((line) => isChrome(line.folded) || isRatingNear(line, at)).map((l) => l.index));
  for (const i of extractedCopies(rawLines)) dropped.add(i);
  for (const i of boardBlocks(lines, at, card.title.folded)) dropped.add(i);
  for (const i of detailsBox(rawLines, card.title.index)) dropped.add(i);
  const kept = labelledCriteria(
    rawLines
      .slice(card.title.index)
      .filter((_, i) => !dropped.has(i + card.title.index))
      .map((raw, i) => (i === 0 ? raw : withoutStatus(raw)))
      .filter((raw): raw is string => raw !== null),
  );
  return {
    text: kept
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim(),
    title: card.title.plain,
    company,
    location: below.location,
    employmentTypes: below.types,
  };

  function isRatingNear(line: Line, title: number): boolean {
    return lines.indexOf(line) - title <= MAX_CARD_LINES && RATING.test(line.folded);
  }
}
