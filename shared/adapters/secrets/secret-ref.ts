import { PermanentError } from '../../errors';

/** A parsed secret reference (`secret:NAME` or `env:NAME`, DESIGN §6). */
export interface ParsedSecretRef {
  kind: 'secret' | 'env';
  name: string;
}

const REF = /^(secret|env):([A-Za-z0-9_.-]{1,255})$/;

/** Parses a reference; a malformed one is a configuration mistake (`SECRET.BAD_REFERENCE`). */
export function parseSecretRef(ref: string): ParsedSecretRef {
  const match = REF.exec(ref);
  // names with only dots would escape the secrets folder
  if (!match || /^\.+$/.test(match[2]!)) {
    throw new PermanentError('SECRET.BAD_REFERENCE', 'not a secret reference like secret:NAME or env:NAME', {
      details: { ref: ref.slice(0, 40) },
    });
  }
  return { kind: match[1] as 'secret' | 'env', name: match[2]! };
}

/** Secret values as mounted or typed end with a newline more often than not; it is never part of the secret. */
export const trimSecret = (value: string): string => value.replace(/\r?\n$/, '');
