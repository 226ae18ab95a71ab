/**
 * One API process of the scale benchmark (started twice by `bench/scale.mjs`): the built Club API
 * over the database in CLUBKIT_BENCH_DB on a random loopback port. It prints one JSON line with
 * its URL once listening, then serves until its parent ends it. The rate limit is off: the bench
 * measures what the processes can serve, not the limiter. On SIGUSR2 it prints a JSON line of
 * every garbage collection's pause so far and of its memory now: what V8's heap holds by space,
 * and what lies outside it.
 */
import { constants, PerformanceObserver, performance } from 'node:perf_hooks';
import { getHeapSpaceStatistics } from 'node:v8';
import { createClubServer } from '@clubkit/server';

// Every garbage collection's pause (start as epoch ms, length, kind), sent to the bench on SIGUSR2:
// it sets the slow calls it measured beside the pauses of the process that served them.
const KINDS = {
  [constants.NODE_PERFORMANCE_GC_MINOR]: 'minor',
  [constants.NODE_PERFORMANCE_GC_MAJOR]: 'major',
  [constants.NODE_PERFORMANCE_GC_INCREMENTAL]: 'incremental',
  [constants.NODE_PERFORMANCE_GC_WEAKCB]: 'weak callbacks',
};
const pauses = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries())
    pauses.push([performance.timeOrigin + e.startTime, e.duration, KINDS[e.detail?.kind] ?? 'other']);
}).observe({ entryTypes: ['gc'] });
process.on('SIGUSR2', () => {
  const spaces = Object.fromEntries(
    getHeapSpaceStatistics().map((s) => [s.space_name, { size: s.space_size, used: s.space_used_size }]),
  );
  process.stdout.write(`${JSON.stringify({ gc: pauses, memory: process.memoryUsage(), spaces })}\n`);
});

const server = await createClubServer({ db: process.env.CLUBKIT_BENCH_DB, rateLimit: false });
const { url } = await server.listen();
process.stdout.write(`${JSON.stringify({ url, pid: process.pid })}\n`);
const stop = async () => {
  await server.close();
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
process.on('disconnect', stop);
