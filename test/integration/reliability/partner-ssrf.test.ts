import { createServer, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { PartnerConfig } from '../../../shared/schema/partner';
import { startHostileRig, type HostileRig } from '../../support/hostile-rig';

/**
 * SSRF through a partner's webhook URL: partners whose webhook points at the metadata server, at a loopback
 * service (the allow list names only the real partner's port), at a private address or at a loopback
 * spelling are asked to publish a posting through the deployed functions. No connection may reach the
 * internal listener, and each pair must end `failed` with a reason naming the refusal (an alert signal),
 * not retry forever or report `live`.
 */

jest.setTimeout(120_000);
let rig: HostileRig;
let listener: Server;
let connections = 0;

const TARGETS = (port: number): Array<[id: string, url: string]> => [
  ['ssrf-metadata', 'http://169.254.169.254/computeMetadata/v1/instance/service-accounts/default/token'],
  ['ssrf-metadata-name', 'http://metadata.google.internal./computeMetadata/v1/'],
  ['ssrf-loopback', `http://127.0.0.1:${port}/hook`],
  ['ssrf-loopback-decimal', `http://2130706433:${port}/hook`],
  ['ssrf-mapped', `http://[::ffff:127.0.0.1]:${port}/hook`],
  ['ssrf-private', 'http://10.0.0.1/hook'],
];

beforeAll(async () => {
  listener = createServer((socket) => {
    connections += 1;
    socket.end('HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\nok');
  });
  await new Promise<void>((resolve) => listener.listen(0, '0.0.0.0', resolve));
  rig = await startHostileRig();
  const now = new Date().toISOString();
  for (const [id, url] of TARGETS((listener.address() as AddressInfo).port))
    await rig.store.putPartner(
      PartnerConfig.parse({
        id,
        name: id,
        format: 'webhook',
        delivery: 'webhook',
        webhook: { url, secretRef: 'secret:partner', timeoutMs: 2_000, maxAttempts: 2 },
      }),
      now,
    );
}, 60_000);
afterAll(async () => {
  await rig?.close();
  await new Promise((resolve) => listener?.close(resolve));
});

describe('partner webhook URLs aimed at internal addresses', () => {
  it('never connect, and each pair ends failed with the refusal as its reason', async () => {
    const ids = TARGETS(1).map(([id]) => id);
    const res = await request(rig.server('requestSyndication'))
      .post('/syndications')
      .set('authorization', `Bearer ${rig.keys.hr}`)
      .send({ postingIds: [rig.postingId], partnerIds: ids, action: 'publish' });
    expect(res.status).toBe(202);
    await rig.drain();
    const records = await Promise.all(ids.map((id) => rig.store.getSyndication(rig.postingId, id)));
    expect(connections).toBe(0);
    for (const record of records) {
      expect(record?.status).toBe('failed');
      expect(record?.reasons.map((r) => r.code)).toEqual(['FETCH.BLOCKED_ADDRESS']);
      expect(record?.lastError).toMatch(/not public/);
      // refused before the first connection: one attempt, no retries that could never succeed
      expect(record?.attempts).toBe(1);
    }
  });
});
