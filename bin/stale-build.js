'use strict';
// Plain JavaScript, not compiled: it checks the compiled build, so it cannot be part of it.
const { existsSync, readdirSync, statSync } = require('node:fs');

/** The folders whose TypeScript `npm run build` compiles into dist/ (tsconfig.build.json, less bench/). */
const SOURCE_DIRS = ['cli', 'shared', 'functions'];

/**
 * The first .ts file under `dir` modified after `since` (ms since the epoch), as a path relative to `dir`'s
 * parent, or null. Stops at the first. Paths are joined by hand: path.join costs more than the stats on a
 * cold start.
 */
function newerSource(root, dir, since) {
  for (const entry of readdirSync(`${root}/${dir}`, { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) {
      const found = newerSource(root, path, since);
      if (found) return found;
    } else if (entry.name.endsWith('.ts') && statSync(`${root}/${path}`).mtimeMs > since) return path;
  }
  return null;
}

/**
 * After a `git pull` or an edit, `npx jobrelay` would silently run the old dist/: say so once on stderr.
 * The build's time is the mtime of its entry file (tsc rewrites every output; scripts/start.mjs compares the
 * same). Only in a git checkout with its sources: an installed package has no sources to be newer than.
 * Costs one stat per source file (~10 ms of CPU for ~350 files on a cold start); any failure to look skips the warning.
 */
function warnIfStale(root, entry, write) {
  if (!existsSync(`${root}/.git`) || !existsSync(`${root}/cli`)) return;
  try {
    const built = statSync(entry).mtimeMs;
    for (const dir of SOURCE_DIRS) {
      const newer = existsSync(`${root}/${dir}`) ? newerSource(root, dir, built) : null;
      if (newer) {
        write(
          `jobrelay: warning: ${newer} changed after the last build; this runs the old dist/ (run \`npm run build\`)\n`,
        );
        return;
      }
    }
  } catch {
    // a source removed while we looked, an unreadable folder: the warning is a courtesy, never an obstacle
  }
}

module.exports = { warnIfStale };
