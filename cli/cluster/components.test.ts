import { describe, expect, it } from 'vitest';
import { workersComponent, workersMetricsListen } from './components.ts';
import { parseListen } from './listen-address.ts';

describe('workersComponent', () => {
  it('serves the workers\' /metrics by default, on the API server\'s port + 1', () => {
    const listen = parseListen('127.0.0.1:6443');
    const args = workersComponent.args({ listen, paths: {} as never, bootstrapToken: 't' });
    expect(args).toEqual(['workers', '--metrics-listen', '127.0.0.1:6444']);
    expect(workersComponent.describe!({ listen, paths: {} as never, bootstrapToken: 't' })).toContain('http://127.0.0.1:6444/metrics');
  });

  it('brackets an IPv6 host', () => {
    expect(workersMetricsListen(parseListen('[::1]:7000'))).toBe('[::1]:7001');
  });
});
