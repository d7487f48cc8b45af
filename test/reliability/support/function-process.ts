/**
 * One deployed function in its own process, as Cloud Run runs it: the Functions Framework serving the
 * registered function `argv[2]` on 127.0.0.1:`argv[3]`, its settings and secrets from the environment,
 * logs as JSON lines on stdout. Started (and SIGKILLed) by the fault scenarios.
 *   node -r @swc-node/register test/reliability/support/function-process.ts ingestPosting 8081
 */
import { getTestServer } from '@google-cloud/functions-framework/testing';

const [name, port] = process.argv.slice(2);
require('../../../functions/index');
const server = getTestServer(name!);
server.listen(Number(port), '127.0.0.1', () =>
  process.stdout.write(`{"severity":"INFO","message":"listening ${name} ${port}"}\n`),
);
