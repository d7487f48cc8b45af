import { parseDocument } from 'yaml';
import type { CliIo } from '../cli-io';
import { CliError, EXIT, fileError } from '../cli-errors';

/**
 * Reads a configuration file (`sources apply`, `partners apply`): YAML 1.2, a superset of JSON, so one parser
 * reads both. A file that does not parse lists every syntax error with its line and column (a duplicate key
 * in one entry and a bad quote in another are both reported at once), exit 65, nothing written.
 */
export async function readConfigFile(path: string, io: CliIo): Promise<unknown> {
  let text: string;
  try {
    text = (await io.readInput(path)).toString('utf8');
  } catch (error) {
    throw fileError(path, error);
  }
  // YAML reads almost any bytes as one string; say what the file is instead of "expected object, received string"
  if (text.includes('\u0000')) throw new CliError(`${path} is a binary file, not YAML or JSON`, EXIT.dataError);
  if (text.trim() === '') throw new CliError(`${path === '-' ? 'standard input' : path} is empty`, EXIT.dataError);
  const doc = parseDocument(text);
  if (doc.errors.length === 0) return doc.toJS() as unknown;
  for (const error of doc.errors) {
    const at = error.linePos?.[0];
    const where = at ? `line ${at.line}, column ${at.col}` : '(file)';
    io.stderr(`  ${where}: ${error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}\n`);
  }
  throw new CliError(
    `${path} is neither YAML nor JSON: ${doc.errors.length} problem(s), listed above; nothing written`,
    EXIT.dataError,
  );
}
