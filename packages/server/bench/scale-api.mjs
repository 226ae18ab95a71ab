/**
 * One API process of the scale benchmark (started twice by `bench/scale.mjs`): the built Club API
 * over the database in CLUBKIT_BENCH_DB on a random loopback port. It prints one JSON line with
 * its URL once listening, then serves until its parent ends it. The rate limit is off: the bench
 * measures what the processes can serve, not the limiter.
 */
import { createClubServer } from '@clubkit/server';

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
