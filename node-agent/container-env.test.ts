import { describe, expect, it } from 'vitest';
import { buildContainerEnv, ContainerConfigError, containerCommand, expandVars, serviceEnv, type EnvSources } from './container-env.ts';
import type { Container, Pod, Service } from './pod-types.ts';

const ctx = { nodeName: 'node-1', podIP: '127.64.1.7', hostIP: '127.64.1.1', nodeCpu: 4, nodeMemoryBytes: 8 * 2 ** 30 };

function pod(container: Partial<Container>, spec: Partial<Pod['spec']> = {}): Pod {
  return {
    metadata: { name: 'web-1', namespace: 'shop', uid: 'uid-1', labels: { app: 'web' }, annotations: { team: 'a' } },
    spec: { nodeName: 'node-1', serviceAccountName: 'builder', containers: [{ name: 'web', ...container }], ...spec },
  };
}

const services: Service[] = [
  { metadata: { name: 'redis-primary' }, spec: { clusterIP: '127.32.0.9', ports: [{ name: 'redis', port: 6379, protocol: 'TCP' }, { name: 'metrics', port: 9121 }] } },
  { metadata: { name: 'headless' }, spec: { clusterIP: 'None', ports: [{ port: 80 }] } },
];

const sources: EnvSources = {
  configMap: async (_ns, name) => (name === 'settings' ? { MODE: 'fast', LEVEL: '3' } : null),
  secret: async (_ns, name) => (name === 'db' ? { password: 's3cret', user: 'app' } : null),
  services: async () => services,
};

const build = (p: Pod) => buildContainerEnv(p, p.spec.containers[0]!, ctx, sources);

describe('container environment', () => {
  it('always has the hostname, the pod IP, the pod name and namespace and the node name', async () => {
    const env = await build(pod({}));
    expect(env).toMatchObject({ HOSTNAME: 'web-1', POD_IP: '127.64.1.7', POD_NAME: 'web-1', POD_NAMESPACE: 'shop', NODE_NAME: 'node-1' });
  });

  it('has Kubernetes service variables for the services of the namespace with a cluster IP', () => {
    const env = serviceEnv(services);
    expect(env).toEqual({
      REDIS_PRIMARY_SERVICE_HOST: '127.32.0.9',
      REDIS_PRIMARY_SERVICE_PORT: '6379',
      REDIS_PRIMARY_SERVICE_PORT_REDIS: '6379',
      REDIS_PRIMARY_SERVICE_PORT_METRICS: '9121',
      REDIS_PRIMARY_PORT: 'tcp://127.32.0.9:6379',
      REDIS_PRIMARY_PORT_6379_TCP: 'tcp://127.32.0.9:6379',
      REDIS_PRIMARY_PORT_6379_TCP_PROTO: 'tcp',
      REDIS_PRIMARY_PORT_6379_TCP_PORT: '6379',
      REDIS_PRIMARY_PORT_6379_TCP_ADDR: '127.32.0.9',
      REDIS_PRIMARY_PORT_9121_TCP: 'tcp://127.32.0.9:9121',
      REDIS_PRIMARY_PORT_9121_TCP_PROTO: 'tcp',
      REDIS_PRIMARY_PORT_9121_TCP_PORT: '9121',
      REDIS_PRIMARY_PORT_9121_TCP_ADDR: '127.32.0.9',
    });
  });

  it('leaves the service variables out when enableServiceLinks is false', async () => {
    const env = await build(pod({}, { enableServiceLinks: false }));
    expect(env.REDIS_PRIMARY_SERVICE_HOST).toBeUndefined();
  });

  it('takes values from fields, resources, ConfigMaps and Secrets, and envFrom with a prefix', async () => {
    const env = await build(
      pod({
        resources: { limits: { memory: '128Mi' }, requests: { cpu: '250m' } },
        envFrom: [{ configMapRef: { name: 'settings' }, prefix: 'CFG_' }, { secretRef: { name: 'db' } }],
        env: [
          { name: 'NAME', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } },
          { name: 'UID', valueFrom: { fieldRef: { fieldPath: 'metadata.uid' } } },
          { name: 'APP', valueFrom: { fieldRef: { fieldPath: "metadata.labels['app']" } } },
          { name: 'TEAM', valueFrom: { fieldRef: { fieldPath: "metadata.annotations['team']" } } },
          { name: 'SA', valueFrom: { fieldRef: { fieldPath: 'spec.serviceAccountName' } } },
          { name: 'HOST', valueFrom: { fieldRef: { fieldPath: 'status.hostIP' } } },
          { name: 'IP', valueFrom: { fieldRef: { fieldPath: 'status.podIP' } } },
          { name: 'MEM_MI', valueFrom: { resourceFieldRef: { resource: 'limits.memory', divisor: '1Mi' } } },
          { name: 'CPU_LIMIT', valueFrom: { resourceFieldRef: { resource: 'limits.cpu' } } },
          { name: 'CPU_REQ_M', valueFrom: { resourceFieldRef: { resource: 'requests.cpu', divisor: '1m' } } },
          { name: 'MODE', valueFrom: { configMapKeyRef: { name: 'settings', key: 'MODE' } } },
          { name: 'PASSWORD', valueFrom: { secretKeyRef: { name: 'db', key: 'password' } } },
          { name: 'MAYBE', valueFrom: { secretKeyRef: { name: 'absent', key: 'x', optional: true } } },
        ],
      }),
    );
    expect(env).toMatchObject({
      CFG_MODE: 'fast',
      CFG_LEVEL: '3',
      user: 'app',
      password: 's3cret',
      NAME: 'web-1',
      UID: 'uid-1',
      APP: 'web',
      TEAM: 'a',
      SA: 'builder',
      HOST: '127.64.1.1',
      IP: '127.64.1.7',
      MEM_MI: '128',
      CPU_LIMIT: '4',
      CPU_REQ_M: '250',
      MODE: 'fast',
      PASSWORD: 's3cret',
    });
    expect('MAYBE' in env).toBe(false);
  });

  it('expands $(VAR) from variables defined before, keeps unknown references and unescapes $$', async () => {
    const env = await build(
      pod({
        env: [
          { name: 'A', value: 'x' },
          { name: 'B', value: '$(A)-$(POD_NAME)-$(LATER)-$$(A)' },
          { name: 'LATER', value: 'y' },
        ],
      }),
    );
    expect(env.B).toBe('x-web-1-$(LATER)-$(A)');
    expect(expandVars('$(A', () => 'v')).toBe('$(A');
    const cmd = containerCommand({ name: 'c', command: ['echo', '$(A)'], args: ['$(POD_IP)', '$(NOPE)'] }, env);
    expect(cmd).toEqual({ command: ['echo', 'x'], args: ['127.64.1.7', '$(NOPE)'] });
  });

  it('lets env override envFrom and service variables', async () => {
    const env = await build(pod({ envFrom: [{ configMapRef: { name: 'settings' } }], env: [{ name: 'MODE', value: 'slow' }, { name: 'REDIS_PRIMARY_SERVICE_HOST', value: 'mine' }] }));
    expect(env.MODE).toBe('slow');
    expect(env.REDIS_PRIMARY_SERVICE_HOST).toBe('mine');
  });

  it('fails with a config error naming what is missing, unless it is optional', async () => {
    await expect(build(pod({ env: [{ name: 'X', valueFrom: { secretKeyRef: { name: 'nope', key: 'k' } } }] }))).rejects.toThrow(
      new ContainerConfigError('secret "nope" not found'),
    );
    await expect(build(pod({ env: [{ name: 'X', valueFrom: { configMapKeyRef: { name: 'settings', key: 'nope' } } }] }))).rejects.toThrow(
      'couldn\'t find key nope in ConfigMap shop/settings',
    );
    await expect(build(pod({ envFrom: [{ configMapRef: { name: 'gone' } }] }))).rejects.toThrow('configmap "gone" not found');
    await expect(build(pod({ envFrom: [{ configMapRef: { name: 'gone', optional: true } }] }))).resolves.toBeTruthy();
  });
});
