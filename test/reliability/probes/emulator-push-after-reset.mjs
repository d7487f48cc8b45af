#!/usr/bin/env node
// Does the Pub/Sub emulator keep redelivering push messages after its push endpoint's process died?
//   node test/reliability/probes/emulator-push-after-reset.mjs [seconds to watch, default 60]
// A push endpoint takes 5 messages and never answers; its sockets are reset (as a SIGKILL does) and, 2 s later,
// a new server on the same port answers 503 twice per message, then 200. Pub/Sub redelivers nacked push
// messages by the retry policy (here 1–5 s) until they are acked; the emulator (0.8.20) answered each once and
// then never again (acked 0 of 5 after 120 s), which is why the campaign's "kill mid-delivery" row can end
// with pairs pending. Starts and stops its own emulator.
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const { startEmulator } = await import(join(root, 'scripts', 'emulators.mjs'));
const { PubSub } = createRequire(join(root, 'package.json'))('@google-cloud/pubsub');
const watchSeconds = Number(process.argv[2] ?? 60);
const emulator = await startEmulator('pubsub');
process.env.PUBSUB_EMULATOR_HOST = emulator.host;
const pubsub = new PubSub({ projectId: 'demo-probe' });
const t0 = Date.now();
const log = (id, what) => process.stdout.write(`${((Date.now() - t0) / 1000).toFixed(1)} s  message ${id}: ${what}\n`);
const messageId = (req) =>
  new Promise((resolve) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => resolve(JSON.parse(body).message.messageId));
  });

const sockets = new Set();
const dying = createServer(async (req) => log(await messageId(req), 'received, never answered'));
dying.on('connection', (socket) => sockets.add(socket));
await new Promise((resolve) => dying.listen(0, '127.0.0.1', resolve));
const { port } = dying.address();
const answers = new Map();
try {
  const [topic] = await pubsub.createTopic('probe-topic');
  await topic.createSubscription('probe-push', {
    pushConfig: { pushEndpoint: `http://127.0.0.1:${port}/` },
    ackDeadlineSeconds: 60,
    retryPolicy: { minimumBackoff: { seconds: 1 }, maximumBackoff: { seconds: 5 } },
  });
  for (let i = 0; i < 5; i += 1) await topic.publishMessage({ json: { i } });
  await new Promise((resolve) => setTimeout(resolve, 5_000));
  for (const socket of sockets) socket.resetAndDestroy();
  dying.close();
  log('-', 'endpoint process killed (sockets reset)');
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  const restarted = createServer(async (req, res) => {
    const id = await messageId(req);
    const n = (answers.get(id) ?? 0) + 1;
    answers.set(id, n);
    log(id, n > 2 ? '200' : '503');
    res.writeHead(n > 2 ? 200 : 503, n > 2 ? {} : { 'retry-after': '10' });
    res.end('{}');
  });
  await new Promise((resolve) => restarted.listen(port, '127.0.0.1', resolve));
  await new Promise((resolve) => setTimeout(resolve, watchSeconds * 1000));
  restarted.close();
  const acked = [...answers.values()].filter((n) => n > 2).length;
  process.stdout.write(`acked ${acked} of 5 within ${watchSeconds} s of the restart (Pub/Sub would ack all 5)\n`);
} finally {
  await pubsub.close().catch(() => undefined);
  await emulator.stop();
}
