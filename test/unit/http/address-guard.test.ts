import { createAddressGuard, isBlockedAddress, isBlockedHostname } from '../../../shared/adapters/http/address-guard';

describe('the SSRF address check', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['10.0.0.8', 'private (RFC 1918)'],
    ['172.16.5.4', 'private (RFC 1918)'],
    ['192.168.1.1', 'private (RFC 1918)'],
    ['169.254.169.254', 'link-local (metadata server)'],
    ['100.64.0.1', 'carrier-grade NAT'],
    ['0.0.0.0', 'unspecified'],
    ['224.0.0.1', 'multicast'],
    ['255.255.255.255', 'broadcast'],
    ['::1', 'IPv6 loopback'],
    ['::', 'IPv6 unspecified'],
    ['fe80::1', 'IPv6 link-local'],
    ['fd00::1', 'IPv6 unique local'],
    ['ff02::1', 'IPv6 multicast'],
    ['::ffff:127.0.0.1', 'IPv4-mapped loopback'],
    ['::ffff:169.254.169.254', 'IPv4-mapped metadata address'],
    ['64:ff9b::a9fe:a9fe', 'NAT64-translated metadata address'],
    ['2002:a9fe:a9fe::', '6to4 wrapping a link-local address'],
    ['[::1]', 'bracketed IPv6 loopback'],
    ['not-an-ip', 'unparseable'],
  ])('refuses %s (%s)', (address) => {
    expect(isBlockedAddress(address)).toBe(true);
  });

  it.each(['8.8.8.8', '93.184.216.34', '2606:4700:4700::1111', '151.101.1.69'])(
    'lets the public address %s through',
    (address) => {
      expect(isBlockedAddress(address)).toBe(false);
    },
  );

  it.each([
    ['metadata.google.internal', true],
    ['metadata.google.internal.', true],
    ['metadata', true],
    ['localhost', true],
    ['api.localhost', true],
    ['printer.local', true],
    ['boards-api.greenhouse.io', false],
    ['internal-jobs.example.com', false],
  ])('host name %s is refused: %s', (hostname, refused) => {
    expect(isBlockedHostname(hostname)).toBe(refused);
  });

  it('lets an allow-listed host:port through and nothing else on that host', () => {
    const guard = createAddressGuard({ allowHosts: ['127.0.0.1:4000'] });
    expect(() => guard.checkTarget('127.0.0.1', 4000)).not.toThrow();
    expect(() => guard.checkTarget('127.0.0.1', 4001)).toThrow(
      expect.objectContaining({ code: 'FETCH.BLOCKED_ADDRESS' }),
    );
  });

  it('lets an allow-listed host through on every port', () => {
    const guard = createAddressGuard({ allowHosts: ['localhost'] });
    expect(guard.isAllowListed('localhost', 1)).toBe(true);
    expect(guard.isAllowListed('LOCALHOST', 99)).toBe(true);
  });

  it('fails the lookup when any resolved address is private, so the socket never opens', async () => {
    const guard = createAddressGuard({
      resolve: async () => [
        { address: '93.184.216.34', family: 4 },
        { address: '10.0.0.1', family: 4 },
      ],
    });
    const error = await new Promise<unknown>((resolve) =>
      guard.lookup('mixed.example', { all: true }, (e) => resolve(e)),
    );
    expect(error).toMatchObject({ code: 'FETCH.BLOCKED_ADDRESS' });
  });

  it('answers the lookup with the public addresses in the shape net.connect asked for', async () => {
    const guard = createAddressGuard({ resolve: async () => [{ address: '93.184.216.34', family: 4 }] });
    const single = await new Promise((resolve) =>
      guard.lookup('ok.example', {}, (_e, address, family) => resolve([address, family])),
    );
    expect(single).toEqual(['93.184.216.34', 4]);
    const all = await new Promise((resolve) =>
      guard.lookup('ok.example', { all: true }, (_e, addresses) => resolve(addresses)),
    );
    expect(all).toEqual([{ address: '93.184.216.34', family: 4 }]);
  });

  it('refuses a connected socket whose peer turned out to be private', () => {
    const guard = createAddressGuard();
    expect(() => guard.checkConnected('jobs.example', 443, '10.0.0.1')).toThrow(
      expect.objectContaining({ code: 'FETCH.BLOCKED_ADDRESS' }),
    );
    expect(() => guard.checkConnected('jobs.example', 443, '93.184.216.34')).not.toThrow();
  });
});
