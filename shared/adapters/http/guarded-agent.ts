import { Agent, buildConnector, type Dispatcher } from 'undici';
import type { AddressGuard } from './address-guard';

export interface GuardedAgentOptions {
  /** TCP + TLS handshake limit, in milliseconds */
  connectTimeoutMs: number;
  /** idle keep-alive sockets are closed after this, in milliseconds */
  keepAliveTimeoutMs?: number;
}

/**
 * An undici dispatcher whose every socket goes through the SSRF guard at connect time: the host name and
 * literal addresses are checked before connecting, names are resolved by the guard's checking `lookup` (so
 * the address connected to is the address checked), and the connected peer is checked once more.
 */
export function createGuardedAgent(
  guard: AddressGuard,
  options: GuardedAgentOptions,
): { dispatcher: Dispatcher; close: () => Promise<void> } {
  const checked = buildConnector({ timeout: options.connectTimeoutMs, lookup: guard.lookup });
  // Allow-listed targets (tests on loopback) connect with the system resolver and no address check.
  const plain = buildConnector({ timeout: options.connectTimeoutMs });

  const connect: buildConnector.connector = (connectOptions, callback) => {
    const port = connectOptions.port ? Number(connectOptions.port) : defaultPort(connectOptions.protocol);
    const { hostname } = connectOptions;
    try {
      guard.checkTarget(hostname, port);
    } catch (error) {
      return callback(error as Error, null);
    }
    const connector = guard.isAllowListed(hostname, port) ? plain : checked;
    connector(connectOptions, (error, socket) => {
      if (error || !socket) return callback(error ?? new Error('no socket'), null);
      try {
        guard.checkConnected(hostname, port, socket.remoteAddress);
      } catch (refused) {
        socket.destroy();
        return callback(refused as Error, null);
      }
      callback(null, socket);
    });
  };

  const agent = new Agent({ connect, keepAliveTimeout: options.keepAliveTimeoutMs ?? 4_000 });
  return { dispatcher: agent, close: () => agent.close() };
}

const defaultPort = (protocol: string): number => (protocol === 'https:' ? 443 : 80);
