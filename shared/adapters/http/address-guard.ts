import * as dns from 'node:dns';
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';
import { PermanentError } from '../../errors';

/**
 * The SSRF guard (REFERENCE "Fetching other people's pages"): a fetch of someone else's URL may only reach
 * public unicast addresses. Everything else — private, loopback, link-local (169.254.169.254, the metadata
 * server), CGNAT, multicast, unspecified, reserved, and IPv6 forms that carry an IPv4 address (mapped,
 * translated, NAT64, 6to4, Teredo) — is refused, unless the target is on the explicit allow-list.
 * The check runs where the socket is opened (see guarded-agent.ts), so DNS rebinding between a check and
 * the connect cannot slip through.
 */

/** Host names refused whatever they resolve to (metadata servers, local-only names). */
const BLOCKED_NAME = /(^|\.)(localhost|internal|local|localdomain|home\.arpa)\.?$|^metadata(\.google\.internal)?\.?$/i;

/** A `FETCH.BLOCKED_ADDRESS` error: the target is not a public address. */
export class BlockedAddressError extends PermanentError {
  constructor(target: string, reason: string) {
    super('FETCH.BLOCKED_ADDRESS', `refused to connect to ${target}: ${reason}`, { details: { target, reason } });
  }
}

/** True when an IP address (v4 or v6 text) is anything but public unicast. */
export function isBlockedAddress(address: string): boolean {
  const bare = stripBrackets(address);
  if (!ipaddr.isValid(bare)) return true;
  const parsed = ipaddr.parse(bare);
  // Only plain global unicast passes; ipaddr.js names every special range (RFC 6890 and successors).
  return parsed.range() !== 'unicast';
}

/** True for host names that must never be fetched, whatever DNS says. */
export const isBlockedHostname = (hostname: string): boolean => BLOCKED_NAME.test(stripBrackets(hostname));

const stripBrackets = (host: string): string => host.replace(/^\[(.*)\]$/, '$1');

/** Resolves a host name to all its addresses (injectable so tests can play DNS rebinding). */
export type Resolver = (hostname: string) => Promise<dns.LookupAddress[]>;

const systemResolver: Resolver = (hostname) => dns.promises.lookup(hostname, { all: true, verbatim: true });

/** The `lookup` signature `net.connect` calls (with `all: true` when it races address families). */
type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | dns.LookupAddress[],
  family?: number,
) => void;
export type GuardedLookup = (hostname: string, options: dns.LookupOptions, callback: LookupCallback) => void;

export interface AddressGuard {
  /** true when `host` (optionally with `port`) is on the allow-list, so its address is not checked */
  isAllowListed(hostname: string, port: number | null): boolean;
  /** refuses blocked names and blocked literal addresses before any socket is opened */
  checkTarget(hostname: string, port: number | null): void;
  /** a `lookup` for `net.connect` that fails with `BlockedAddressError` instead of returning a blocked address */
  lookup: GuardedLookup;
  /** refuses a connected socket whose peer address is blocked (the last line of defence) */
  checkConnected(hostname: string, port: number | null, remoteAddress: string | undefined): void;
}

/**
 * Builds the guard. `allowHosts` entries are `host` or `host:port` (`JOBRELAY_FETCH_ALLOW_HOSTS`); a
 * `host:port` entry allows only that port, so a test server on 127.0.0.1 can be reached while a redirect to
 * another port on 127.0.0.1 is still refused.
 */
export function createAddressGuard(options: { allowHosts?: readonly string[]; resolve?: Resolver } = {}): AddressGuard {
  const allowed = new Set((options.allowHosts ?? []).map((entry) => entry.trim().toLowerCase()).filter(Boolean));
  const resolve = options.resolve ?? systemResolver;

  const isAllowListed = (hostname: string, port: number | null): boolean => {
    const host = stripBrackets(hostname).toLowerCase();
    return allowed.has(host) || (port !== null && (allowed.has(`${host}:${port}`) || allowed.has(`[${host}]:${port}`)));
  };

  const checkTarget = (hostname: string, port: number | null): void => {
    if (isAllowListed(hostname, port)) return;
    const host = stripBrackets(hostname);
    if (isBlockedHostname(host)) throw new BlockedAddressError(hostname, 'host name is not public');
    if (isIP(host) !== 0 && isBlockedAddress(host)) throw new BlockedAddressError(hostname, 'address is not public');
  };

  const lookup: GuardedLookup = (hostname, lookupOptions, callback) => {
    resolve(hostname).then(
      (addresses) => {
        const wanted = addresses.filter((a) => !lookupOptions.family || a.family === lookupOptions.family);
        const blocked = wanted.find((a) => isBlockedAddress(a.address));
        if (blocked) return callback(new BlockedAddressError(hostname, `resolves to ${blocked.address}`), []);
        const first = wanted[0];
        if (!first) return callback(Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' }), []);
        if (lookupOptions.all) return callback(null, wanted);
        callback(null, first.address, first.family);
      },
      (error: NodeJS.ErrnoException) => callback(error, []),
    );
  };

  const checkConnected = (hostname: string, port: number | null, remoteAddress: string | undefined): void => {
    if (isAllowListed(hostname, port)) return;
    if (remoteAddress === undefined || isBlockedAddress(remoteAddress)) {
      throw new BlockedAddressError(hostname, `connected to ${remoteAddress ?? 'an unknown address'}`);
    }
  };

  return { isAllowListed, checkTarget, lookup, checkConnected };
}
