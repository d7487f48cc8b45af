import type { Workplace } from '../schema/posting';

/**
 * The workplace an ATS enum value or short label names: Lever `workplaceType` (`on-site|remote|hybrid|unspecified`),
 * Ashby `OnSite|Remote|Hybrid`, Greenhouse metadata ("Hybrid", "Remote", "In Office"), schema.org
 * `TELECOMMUTE`, and short labels in the languages postings use ("Hibrit", "Hybridní", "WFH", "Uzaktan", "远程").
 * Only for structured values and short labels: free text goes to the locations module.
 */
export function workplaceFromText(value: string | null | undefined): Workplace | null {
  if (!value) return null;
  const v = value.toLowerCase().replace(/[\s_-]+/g, '');
  if (/hybrid|hybride|híbrido|hibrido|ibrido|hibrit|hibrida|hybrydow|ハイブリッド|混合办公|混合辦公/.test(v))
    return 'hybrid';
  if (
    /remote|telecommute|wfh|workfromhome|homeoffice|télétravail|teletravail|remoto|uzaktan|jarakjauh|nadálku|zdomova|distans|hjemmefra|zdalna|リモート|远程|遠端|fullyremote/.test(
      v,
    )
  )
    return 'remote';
  if (/^(onsite|office|inoffice|inperson|onpremises|vorort|presencial|présentiel|presentiel|ofisten|wfo|出社)/.test(v))
    return 'onsite';
  return null;
}
