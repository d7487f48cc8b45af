/**
 * A fingerprint of everything normalising produces for the bench corpus and the conformance inputs: one line per
 * posting (its id and the sha-256 of the whole normalised posting and trace), for checking that a performance
 * change leaves every output as it was. Run it on the tree before and after the change and diff the two.
 *
 *   node -r @swc-node/register bench/normalize-digest.ts > /tmp/after.txt
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalizePostingTraced } from '../shared/normalize/normalize-posting';
import { parseInput } from '../shared/sources/parse-input';
import { buildCorpus } from './normalize-corpus';

const context = { sourceId: 'bench', now: new Date('2026-11-20T00:00:00Z') };

function inputs(): [string, string | Buffer][] {
  const dir = join(__dirname, '../test/fixtures/conformance');
  const files = readdirSync(dir)
    .filter((f) => !f.endsWith('.case.json'))
    .sort()
    .map((f): [string, string | Buffer] => [f, readFileSync(join(dir, f))]);
  return [
    ...buildCorpus(2400).map((item, i): [string, string] => [`corpus-${i}-${item.kind}`, item.content]),
    ...files,
  ];
}

let lines = 0;
const all = createHash('sha256');
for (const [name, content] of inputs()) {
  let line: string;
  try {
    line = parseInput(content)
      .map((raw) => {
        const { posting, trace } = normalizePostingTraced(raw, context);
        return createHash('sha256').update(JSON.stringify({ posting, trace })).digest('hex').slice(0, 16);
      })
      .join(' ');
  } catch (error) {
    line = `error ${(error as Error).message}`;
  }
  console.log(`${name} ${line}`);
  all.update(line);
  lines++;
}
console.error(`${lines} inputs, digest ${all.digest('hex').slice(0, 16)}`);
