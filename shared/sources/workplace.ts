import type { Workplace } from '../schema/posting';
import { fold } from '../normalize/geo/fold';
import { CJK_LEXICON, cueFor } from '../normalize/geo/location-lexicon';
import { combineCues } from '../normalize/geo/location-workplace';
import { isOptionPhrase, qualifyRemoteCue } from '../normalize/geo/workplace-qualifiers';

/**
 * The workplace an ATS enum value or short label names: Lever `workplaceType` (`on-site|remote|hybrid|unspecified`),
 * Ashby `OnSite|Remote|Hybrid`, Greenhouse metadata ("Hybrid", "Remote", "In Office"), schema.org
 * `TELECOMMUTE`, and short labels in the languages postings use ("Hibrit", "Hybridní", "WFH", "Uzaktan", "远程").
 * A whole label the vocabulary table knows is read first ("Télétravail partiel" is hybrid though it holds
 * "télétravail"); then English, Romance and CJK words are found inside a label ("Hybrid (3 days in office)"); the other languages'
 * words only as a whole label, from the vocabulary table. Only for structured values and short labels: free
 * text goes to the locations module.
 */
export function workplaceFromText(value: string | null | undefined): Workplace | null {
  if (!value) return null;
  const negated = NEGATION.exec(value.trim());
  if (negated) return negatedWorkplace(negated[1] ?? '');
  // a remote word with a word qualifying it: "Delvist remote", "Teletrabajo posible", "Remote nicht möglich"
  const qualified = qualifiedLabel(value);
  if (qualified) return qualified;
  // a whole label the vocabulary knows says more than a word inside it: "Télétravail partiel", "Teilweise remote"
  // are hybrid, not remote
  const label = labelWorkplace(value);
  if (label) return label;
  const v = value.toLowerCase().replace(/[\s_-]+/g, '');
  if (/hybrid|hybride|híbrido|hibrido|ibrido|ハイブリッド|混合办公|混合辦公/.test(v)) return 'hybrid';
  if (
    /remote|telecommute|wfh|workfromhome|homeoffice|télétravail|teletravail|remoto|リモート|远程|遠端|fullyremote/.test(
      v,
    )
  )
    return 'remote';
  if (/^(onsite|office|inoffice|inperson|onpremises|vorort|presencial|présentiel|presentiel|ofisten|wfo|出社)/.test(v))
    return 'onsite';
  // a label with a note in brackets ("هجين (3 أيام في المكتب)", "Hybryda (3 dni w biurze)", "Гибрид (3 дня в офисе)"):
  // the label before the note, read whole, when the value as a whole read nothing
  const head = BRACKET_NOTE.exec(value.trim());
  return head?.[1] ? workplaceFromText(head[1]) : null;
}

/** A label and one bracketed note after it; group 1 the label. */
const BRACKET_NOTE = /^([^()（）]+?)\s*[(（][^()（）]*[)）]$/u;

/**
 * A label that is one of the workplace vocabulary's phrases as a whole ("Távmunka", "La distanță",
 * "Віддалено", "Hybridně", "Na pracovišti"): the same table location texts are read with
 * (normalize/geo/workplace-vocabulary.ts), so a word added there counts in both. Whole phrases only: a
 * word that merely contains one ("Distansutbildning") says nothing.
 */
function labelWorkplace(value: string): Workplace | null {
  const folded = fold(value.normalize('NFKC'));
  const cue = cueFor(folded) ?? CJK_LEXICON.get(value.trim());
  if (!cue || cue === 'area') return null;
  // "Remote possible", "Teletrabajo parcial", "Možnost home office": remote work allowed at the office the posting
  // names, hybrid as "Berlin (Remote möglich)" is; "Flexible working", "Smart working" alone state no arrangement
  // (every spaceless-script option is one: "リモート可", "재택가능", "可远程")
  if (cue === 'remote-optional') return isOptionPhrase(folded) || !cueFor(folded) ? 'hybrid' : null;
  return combineCues([{ cue, days: null }], false);
}

const MAX_QUALIFIED_WORDS = 8;
const MAX_REMOTE_PHRASE = 4;

/**
 * A short label whose remote word has a word beside it that qualifies it (geo/workplace-qualifiers.ts): a share
 * ("Delvist remote", "Remote: delvis") is hybrid, a possibility ("Teletrabajo posible", "Hjemmekontor mulig") is
 * hybrid at the office the posting names, a denial ("Remote nicht möglich", "Uzaktan çalışma yok") on-site.
 */
function qualifiedLabel(value: string): Workplace | null {
  const words = fold(value.normalize('NFKC')).split(' ');
  if (words.length < 2 || words.length > MAX_QUALIFIED_WORDS) return null;
  for (let i = 0; i < words.length; i++) {
    for (let n = Math.min(MAX_REMOTE_PHRASE, words.length - i); n >= 1; n--) {
      const cue = cueFor(words.slice(i, i + n).join(' '));
      if (cue !== 'remote' && cue !== 'remote-optional') continue;
      const before = words.slice(Math.max(0, i - 2), i).reverse();
      const q = qualifyRemoteCue(cue, before, words.slice(i + n, i + n + 2));
      if (q) return q.cue === 'onsite' ? 'onsite' : 'hybrid';
      i += n - 1;
      break;
    }
  }
  return null;
}

/**
 * A label that denies an arrangement: "No remote", "Not remote", "Inte på distans" (Teamtailor's Swedish
 * remote status), "Kein Homeoffice", "Pas de télétravail", "Sin teletrabajo", "Geen thuiswerk", "Brak pracy
 * zdalnej". Read whole, the remote word in it said remote. Only short labels: the negation opens the label.
 */
const NEGATION =
  /^(?:no|not|non|none|sin|sem|sans|pas de|pas en|kein(?:e|en)?|nicht|geen|niet|nie|brak|bez|ne|nem|nu|inte|ej|ingen|ikke|ei|não|nao|nessun[oa]?)[\s-]+(\p{L}[\p{L}\s-]{0,30})$/iu;

/** Remote words in the case a negation puts them in ("geen thuiswerk", "brak pracy zdalnej", "ei etätyötä"). */
const NEGATED_REMOTE = /^(?:thuiswerk|pracy zdalnej|etätyötä|práce na dálku|távmunka|lucru de acasă)$/iu;

/** The arrangement a negated label leaves: denying remote work is on-site; any other denial says nothing. */
function negatedWorkplace(rest: string): Workplace | null {
  // "Nicht remote möglich" denies the remote option as well
  const optional = cueFor(fold(rest.normalize('NFKC'))) === 'remote-optional';
  return NEGATED_REMOTE.test(rest) || optional || workplaceFromText(rest) === 'remote' ? 'onsite' : null;
}
