/**
 * `capstan workers` with the scheduler registered, for the scheduler benchmark's worker
 * processes (`capstan workers` itself only knows the controllers wired into CONTROLLERS).
 *
 *   node --import tsx bench/scheduler-worker.ts [--redis-prefix P] [--concurrency N]
 */
import { createSchedulerController } from '../workers/controllers/scheduler.ts';
import { registerController, runWorkers } from '../workers/main.ts';

const argv = process.argv.slice(2);
const at = argv.indexOf('--redis-prefix');
const prefix = at >= 0 ? argv[at + 1] : process.env.CAPSTAN_REDIS_PREFIX;
const scheduler = createSchedulerController({ redisPrefix: prefix });
registerController(scheduler);
const code = await runWorkers([...argv, '--controllers', 'scheduler']);
scheduler.close();
process.exit(code);
