import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '@cdktf/hcl2json';

/** The project's root folder. */
export const ROOT = join(__dirname, '..', '..');
export const TERRAFORM_DIR = join(ROOT, 'terraform');

type Block = Record<string, unknown>;

/** Every top-level .tf file of terraform/, parsed to JSON and merged by block type (resource, locals, …). */
export interface TerraformConfig {
  files: string[];
  /** resource type → resource name → its body */
  resources: Record<string, Record<string, Block>>;
  data: Record<string, Record<string, Block>>;
  /** local name → value (literal values come back as JSON; expressions as "${…}" strings) */
  locals: Record<string, unknown>;
  variables: Record<string, Block>;
  outputs: Record<string, Block>;
}

const firstBody = (value: unknown): Block => (Array.isArray(value) ? (value[0] as Block) : (value as Block));

/** Parses terraform/*.tf with HCL2 → JSON (the same parser cdktf uses), without the Google provider. */
export async function loadTerraform(dir = TERRAFORM_DIR): Promise<TerraformConfig> {
  const files = readdirSync(dir).filter((f) => f.endsWith('.tf'));
  const config: TerraformConfig = { files, resources: {}, data: {}, locals: {}, variables: {}, outputs: {} };
  for (const file of files) {
    const json = (await parse(file, readFileSync(join(dir, file), 'utf8'))) as Record<string, unknown>;
    for (const kind of ['resource', 'data'] as const) {
      const target = kind === 'resource' ? config.resources : config.data;
      for (const [type, byName] of Object.entries((json[kind] as Record<string, Block>) ?? {})) {
        target[type] ??= {};
        for (const [name, body] of Object.entries(byName)) target[type][name] = firstBody(body);
      }
    }
    for (const block of (json.locals as Block[]) ?? []) Object.assign(config.locals, block);
    for (const [name, body] of Object.entries((json.variable as Block) ?? {})) config.variables[name] = firstBody(body);
    for (const [name, body] of Object.entries((json.output as Block) ?? {})) config.outputs[name] = firstBody(body);
  }
  return config;
}

/** A nested block of a parsed resource (HCL2 JSON keeps blocks as one-element arrays). */
export const block = (body: Block | undefined, name: string): Block | undefined =>
  body ? firstBody(body[name]) : undefined;

/** Every `*.tf` file's text, for checks that look at expressions rather than structure. */
export const terraformText = (dir = TERRAFORM_DIR): string =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.tf'))
    .map((f) => readFileSync(join(dir, f), 'utf8'))
    .join('\n');
