// `npm run bench`: builds dist/ (the bundles measured) and the benchmark itself into .cache/bench, then runs it with
// the garbage collector exposed (heap figures). Arguments are passed on: `--quick` for a short run.
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';

const build = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

await esbuild.build({
  entryPoints: ['scripts/bench/bench.ts'],
  outfile: '.cache/bench/bench.cjs',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'es2022',
  // the same optimisation as the shipped bundles
  minify: true,
  sourcemap: 'inline',
  logLevel: 'warning',
});

const run = spawnSync(process.execPath, ['--expose-gc', '.cache/bench/bench.cjs', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(run.status ?? 1);
