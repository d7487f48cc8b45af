#!/usr/bin/env node
// Packages the compiled functions for Cloud Functions (gen2, nodejs22) into terraform/build/functions:
// dist/functions and dist/shared, package.json with the same dependencies but no build scripts (the code is
// already compiled; the buildpack only installs dependencies), and package-lock.json.
// Terraform zips that folder (data.archive_file.functions). Run after `npm run build`.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'terraform/build/functions');

if (!existsSync(join(root, 'dist/functions/index.js'))) {
  process.stderr.write('package-functions: dist/functions/index.js is missing; run `npm run build` first\n');
  process.exit(1);
}

// Build-time inputs compiled with the rest but never loaded at run time (the gazetteer's raw rows and the
// reference builder that generates its tables): kept out of the deployed archive.
const BUILD_ONLY = ['shared/normalize/geo/gazetteer-source.js', 'shared/normalize/geo/gazetteer-builder.js'];

rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, 'dist'), { recursive: true });
for (const part of ['functions', 'shared']) {
  cpSync(join(root, 'dist', part), join(out, 'dist', part), {
    recursive: true,
    filter: (source) => !source.endsWith('.map') && !BUILD_ONLY.some((file) => source.endsWith(file)),
  });
}

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const deployed = {
  name: pkg.name,
  version: pkg.version,
  private: true,
  type: pkg.type,
  main: 'dist/functions/index.js',
  engines: { node: '>=22' },
  // An empty gcp-build tells the buildpack there is nothing to compile.
  scripts: { 'gcp-build': '' },
  dependencies: pkg.dependencies,
  devDependencies: pkg.devDependencies,
};
writeFileSync(join(out, 'package.json'), JSON.stringify(deployed, null, 2) + '\n');
cpSync(join(root, 'package-lock.json'), join(out, 'package-lock.json'));
process.stdout.write(`packaged functions into ${out}\n`);
