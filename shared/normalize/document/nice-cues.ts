import { compileTerms, foldText } from './fold';
import { TermStarts } from './term-starts';

/**
 * Requirement items that say of themselves that they are optional ("Bahasa Indonesia is an advantage",
 * "Anglais souhaité", "SAP-Kenntnisse von Vorteil", "Kotlin mile widziany", "有金融经验者优先") belong with the
 * nice-to-haves even when the posting lists them under its must-have heading. Terms are folded (fold.ts);
 * each table is compiled once at module load into one pattern.
 */
export const OPTIONAL_TERMS = [
  // en
  'nice[- ]to[- ]have',
  'good[- ]to[- ]have',
  "(?:is|are|would be|will be|as|it'?s|consider(?:ed)?) (?:an? )?(?:big |huge |real |definite |strong |distinct |added |additional )?(?:plus|advantage|bonus|asset)",
  'a (?:big |huge |real |definite )?plus',
  'an (?:added |additional )?(?:advantage|asset)',
  'advantageous',
  'preferred',
  'preferably',
  'ideally',
  'desirable',
  'desired',
  'bonus points?',
  'beneficial',
  'not (?:required|mandatory|essential)',
  'optional',
  // AU/NZ: "Certificate IV in Civil Construction highly regarded"
  '(?:(?:is|are|will be|would be) )?highly regarded$',
  // de
  'von vorteil',
  'wunschenswert',
  'idealerweise',
  'ein plus',
  'vorteilhaft',
  'gerne gesehen',
  'pluspunkt',
  // fr
  'un (?:vrai |reel |gros )?(?:atout|plus)',
  'apprecie(?:e|s|es)?',
  'idealement',
  'souhaitable',
  'souhaite(?:e|s|es)?',
  // es / pt / it
  'se valorara',
  'se valora',
  'valorable',
  'deseables?',
  'preferible',
  'preferentemente',
  '(?:es|sera) un plus',
  'idealmente',
  'desejave(?:l|is)',
  '(?:um )?diferencial',
  'preferencialmente',
  'preferenzial[ei]',
  'gradit[oaie]',
  'apprezzat[oaie]',
  '(?:e|costituisce|sara) un plus',
  // nl / pl
  'is een pre',
  'pluspunt',
  'strekt tot aanbeveling',
  'mooi meegenomen',
  'wenselijk',
  'een voordeel',
  'mile widzian[aeyio]',
  'atutem',
  'plusem',
  // vi
  'uu tien',
  'loi the',
  'diem cong',
  // sv / da / no
  'meriterande',
  '(?:er|vil vaere|ar) en fordel',
  'en fordel',
  'plus i kanten',
  // tr
  'tercih (?:sebebi(?:dir)?|nedeni(?:dir)?|edilir|edilecektir)',
  'tercihen',
  '(?:bir )?arti(?:dir)?$',
  // cs / sk
  '(?:je |bude )?vyhodou',
  'vitan[ayaei]',
  // id / ms
  'diutamakan',
  'nilai (?:plus|tambah)',
  'lebih disukai',
  'menjadi (?:nilai )?(?:plus|kelebihan)',
  // ja / zh / ko
  '歓迎',
  '尚可',
  '優遇',
  'あれば',
  '优先',
  '加分',
  '우대',
  // ar ("ويفضل", "and preferably", joins its conjunction)
  'و?يفضل',
  'ميزة إضافية',
  '(?:يعتبر|تعتبر|يعد|تعد) ميزة',
  // ru / uk
  '(?:будет|буде) (?:большим |великим |дополнительным |додатковим )?(?:плюсом|преимуществом|перевагою)',
  '(?:плюсом|преимуществом|перевагою) (?:будет|буде)',
  'желательно',
  'приветствуется',
  'бажано',
  'вітається',
  // no / fi / ro / hu
  'onskelig',
  '(?:katsotaan|katsomme|luetaan) eduksi',
  'eduksi',
  'on etu',
  'plussaa',
  '(?:constituie|reprezinta|este|ar fi) (?:un )?(?:avantaj|plus)',
  'elonyt jelent',
  '(?:elony|elonyt)$',
  // el / he / th
  'επιθυμητ(?:ή|ό|ές|ά)',
  'θα (?:εκτιμηθεί|συνεκτιμηθεί|θεωρηθεί (?:επιπλέον )?προσόν)',
  '(?:αποτελεί|θα αποτελέσει) (?:πλεονέκτημα|(?:επιπλέον )?προσόν)',
  '(?:יהווה |תהווה |מהווה )?יתרון(?: משמעותי)?',
  '(?:(?:ถ้า|หาก)มี)?(?:จะ)?(?:ได้รับการ)?พิจารณาเป็นพิเศษ',
  // bg / hr, sr / sl / lt / et / ca / ms / hi / fa
  '(?:е|са|ще бъде|ще е|се счита за|е голямо) предимство',
  'предимство е',
  'желателно',
  '(?:je |ce biti |bit ce |smatra se |bo |predstavlja )?prednost',
  'pozeljn[oaie]',
  'dobrodosl[oaie]',
  'zazelen[oaie]',
  '(?:bus |butu )?privalumas',
  'pranasumas',
  'kasuks (?:tuleb|tulevad|on)',
  '(?:tuleb|tulevad) kasuks',
  '(?:on )?eeliseks',
  '(?:on )?plussiks',
  'es valorar(?:a|an)(?: positivament)?',
  'valorarem',
  'desitjable',
  '(?:adalah |merupakan )?(?:satu |suatu )?kelebihan',
  '(?:को )?प्राथमिकता (?:दी जाएगी|मिलेगी)',
  'वांछनीय',
  '(?:مزیت|امتیاز) (?:محسوب (?:می‌|می ?)شود|است|دارد)',
  'ترجیحا',
];

/** Words that keep an item a requirement even when it also names a preference ("degree required, MSc preferred"). */
export const REQUIRED_TERMS = [
  'required',
  'must',
  'mandatory',
  'essential',
  'erforderlich',
  'zwingend',
  'obligatoire',
  'exige(?:e|s|es)?',
  'indispensable',
  'imprescindible',
  'obligatori[oa]',
  'obrigatori[oa]',
  'obbligatori[oa]',
  'vereist',
  'verplicht',
  'wymagan[aey]',
  'obowiazkow[aey]',
  'krav',
  'zorunlu',
  'nutn[ayeaei]',
  'podminkou',
  'wajib',
  'bat buoc',
  '必須',
  '必要',
  '必须',
  '필수',
  'إلزامي',
  'شرط أساسي',
];

const OPTIONAL = compileTerms(OPTIONAL_TERMS);
const REQUIRED = compileTerms(REQUIRED_TERMS);
/** Where an optional term can start (term-starts.ts): most items have no such start and skip the regexes. */
const OPTIONAL_STARTS = TermStarts.of([OPTIONAL_TERMS]);

/**
 * Clauses of one item: "Good English; Portuguese is a plus" asks for English and prefers Portuguese. A comma
 * does not part clauses ("Kafka, Flink or Spark is a plus" is one preference).
 */
const CLAUSE_BREAK = /\s*;\s*|(?<=[.!?。！？])\s+|,?\s+(?:but|aber|mais|pero|mas|ma|maar|ale)\s+/u;

/**
 * Whether a requirement item marks itself as optional: every clause of it names a preference and none calls
 * itself required ("degree required, MSc preferred" stays a requirement).
 */
export function statesOptional(item: string): boolean {
  const folded = foldText(item);
  if (OPTIONAL_STARTS.candidates(folded) === 0 || !OPTIONAL.test(folded) || REQUIRED.test(folded)) return false;
  if (prefersOnlyADetail(folded)) return false;
  return folded.split(CLAUSE_BREAK).every((clause) => clause.trim() === '' || OPTIONAL.test(clause));
}

/**
 * "5+ years in data analytics, preferably in retail", "Erfahrung im Vertrieb, idealerweise im B2B-Umfeld":
 * a preference adverb after a comma or dash narrows a detail of a requirement the item states first.
 */
const DETAIL_PREFERENCE =
  /^(.{12,}?)(?:,|\s[-–—(])\s*(?:preferably|ideally|idealerweise|vorzugsweise|idealement|de preference|idealmente|preferentemente|preferiblemente|preferencialmente|di preferenza|bij voorkeur|najlepiej)(?!\p{L})/u;

function prefersOnlyADetail(folded: string): boolean {
  const head = DETAIL_PREFERENCE.exec(folded)?.[1];
  return head !== undefined && !OPTIONAL.test(head);
}
