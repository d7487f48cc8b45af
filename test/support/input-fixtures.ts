import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Directory of the project's own input fixtures (ATS exports, pages, Markdown, text). */
export const INPUTS_DIR = join(__dirname, '..', 'fixtures', 'inputs');

/** A fixture under test/fixtures/inputs, as bytes (what the CLI and fetchers hand to parseInput). */
export const inputFixture = (name: string): Buffer => readFileSync(join(INPUTS_DIR, name));

/** A fixture as text. */
export const inputFixtureText = (name: string): string => inputFixture(name).toString('utf8');
