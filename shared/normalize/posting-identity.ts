import { sha256Hex } from '../ids';
import type { RawPosting } from '../schema/raw-posting';

/**
 * Identity of a posting (DESIGN §3): `source.externalId` is the ATS id or JSON-LD identifier, else the
 * posting's URL, else a hash of what names it (title + company, or the body when even the title is
 * missing). Never random: normalising the same input twice must give the same id, or every refresh would
 * create the posting anew.
 */
export function externalIdOf(
  raw: RawPosting,
  url: string | null,
  title: string,
  company: string | null,
  bodyText: string,
): { externalId: string; origin: string } {
  if (raw.externalId) return { externalId: raw.externalId, origin: 'source id' };
  if (url) return { externalId: url, origin: 'posting URL' };
  const basis = title ? `${title}\n${company ?? ''}` : bodyText;
  return {
    externalId: `h-${sha256Hex(basis).slice(0, 32)}`,
    origin: title ? 'hash of title + company' : 'hash of the body text',
  };
}

/** An absolute http(s) or mailto link, resolved against the posting URL; anything else (javascript:, junk) is null. */
export function safeLink(href: string | null | undefined, base: string | null): string | null {
  const value = href?.trim();
  if (!value) return null;
  if (/^mailto:[^\s@]+@[^\s@]+$/i.test(value)) return value;
  try {
    const url = base ? new URL(value, base) : new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}
