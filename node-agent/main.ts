/**
 * `capstan agent`: one node agent, or with `--hollow N` N simulated nodes in this process.
 * Runs until SIGTERM/SIGINT; pods keep running after the agent stops (a restarted agent
 * re-adopts them), as a kubelet's do.
 */
import type { Logger } from 'pino';
import { createAgentLogger } from './agent-logger.ts';
import { AGENT_USAGE, AgentConfigError, agentOptionsFromArgs, type AgentOptions } from './config.ts';
import { startAgent } from './agent.ts';
import { CREDENTIAL_LOST_EXIT_CODE, CredentialLostError, JoinError } from './join.ts';

function untilSignal(log: Logger, stop: () => Promise<void>): Promise<number> {
  return new Promise<number>((resolve) => {
    const onSignal = (signal: string) => {
      log.info({ signal }, 'agent stopping');
      const exit = (code: number) => {
        // Whatever handle is left (a socket closing slowly) must not keep a stopped agent alive.
        setTimeout(() => process.exit(code), 2_000).unref();
        resolve(code);
      };
      stop().then(
        () => exit(0),
        (err) => {
          log.error({ err: (err as Error).message }, 'agent did not stop cleanly');
          exit(1);
        },
      );
    };
    process.once('SIGTERM', () => onSignal('SIGTERM'));
    process.once('SIGINT', () => onSignal('SIGINT'));
  });
}

async function runHollow(opts: AgentOptions, count: number, log: Logger): Promise<number> {
  if (!opts.token) {
    process.stderr.write('capstan agent --hollow needs a bootstrap token (--token or CAPSTAN_BOOTSTRAP_TOKEN)\n');
    return 2;
  }
  const { startHollowNodes } = await import('./hollow/index.ts');
  const hollow = await startHollowNodes({
    server: opts.server,
    bootstrapToken: opts.token,
    count,
    ...(opts.hollowNamePrefix ? { namePrefix: opts.hollowNamePrefix } : {}),
    runningDelayMs: opts.hollowRunningDelayMs ?? 0,
    labels: opts.labels,
    leaseRenewMs: opts.timings.leaseRenewMs,
    logger: log,
  });
  log.info({ nodes: hollow.nodeNames.length }, 'hollow nodes running');
  return untilSignal(log, () => hollow.close());
}

export async function runAgent(argv: string[]): Promise<number> {
  let opts: AgentOptions | 'help';
  try {
    opts = agentOptionsFromArgs(argv);
  } catch (err) {
    if (!(err instanceof AgentConfigError)) throw err;
    process.stderr.write(`capstan agent: ${err.message}\n${AGENT_USAGE}\n`);
    return 2;
  }
  if (opts === 'help') {
    process.stdout.write(`${AGENT_USAGE}\n`);
    return 0;
  }
  const log = createAgentLogger(opts.logLevel, 'agent');
  if (opts.hollow) return runHollow(opts, opts.hollow, log);
  let agent;
  try {
    agent = await startAgent(opts, log.child({ node: opts.nodeName }));
  } catch (err) {
    if (err instanceof CredentialLostError) {
      process.stderr.write(`capstan agent: ${err.message}\n`);
      return CREDENTIAL_LOST_EXIT_CODE;
    }
    if (err instanceof JoinError) {
      process.stderr.write(`capstan agent: ${err.message}\n`);
      return 1;
    }
    throw err;
  }
  const running = agent;
  // A revoked node credential that cannot be replaced ends the agent with its own exit code (3).
  const lost = running.failed.then(async (err) => {
    process.stderr.write(`capstan agent: ${err.message}\n`);
    await running.close().catch(() => {});
    setTimeout(() => process.exit(CREDENTIAL_LOST_EXIT_CODE), 2_000).unref();
    return CREDENTIAL_LOST_EXIT_CODE;
  });
  return Promise.race([untilSignal(log, () => running.close()), lost]);
}
