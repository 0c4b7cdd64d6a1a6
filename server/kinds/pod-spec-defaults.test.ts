import { describe, expect, it } from 'vitest';
import { applyPodSpecDefaults } from './pod-spec-defaults.ts';
import { container, makePod, problems } from './pod-spec-fixtures.ts';

describe('applyPodSpecDefaults', () => {
  it('fills the pod-level defaults of Kubernetes', () => {
    const p = makePod();
    applyPodSpecDefaults(p.spec);
    expect(p.spec).toMatchObject({
      restartPolicy: 'Always',
      terminationGracePeriodSeconds: 30,
      dnsPolicy: 'ClusterFirst',
      schedulerName: 'default-scheduler',
      hostNetwork: false,
      enableServiceLinks: true,
    });
  });

  it('fills container defaults', () => {
    const p = makePod({ containers: [container({ ports: [{ containerPort: 80 }] })] });
    applyPodSpecDefaults(p.spec);
    expect(p.spec.containers[0]).toMatchObject({
      imagePullPolicy: 'IfNotPresent',
      terminationMessagePath: '/dev/termination-log',
      terminationMessagePolicy: 'File',
      ports: [{ containerPort: 80, protocol: 'TCP' }],
    });
  });

  it.each([
    ['nginx', 'Always'],
    ['nginx:latest', 'Always'],
    ['nginx:1.25', 'IfNotPresent'],
    ['localhost:5000/app', 'Always'],
    ['localhost:5000/app:v2', 'IfNotPresent'],
    ['app@sha256:0123456789abcdef', 'IfNotPresent'],
  ])('pulls %s with policy %s', (image, policy) => {
    const p = makePod({ containers: [container({ image })] });
    applyPodSpecDefaults(p.spec);
    expect(p.spec.containers[0].imagePullPolicy).toBe(policy);
  });

  it('defaults requests to limits, resource by resource', () => {
    const p = makePod({
      containers: [container({ resources: { limits: { cpu: '1', memory: '256Mi' }, requests: { cpu: '250m' } } })],
      initContainers: [container({ name: 'init', resources: { limits: { cpu: '2' } } })],
    });
    applyPodSpecDefaults(p.spec);
    expect(p.spec.containers[0].resources.requests).toEqual({ cpu: '250m', memory: '256Mi' });
    expect(p.spec.initContainers[0].resources.requests).toEqual({ cpu: '2' });
    expect(problems(p)).toEqual([]);
  });

  it('writes quantities in canonical form, as Kubernetes serialises them', () => {
    const p = makePod({ containers: [container({ resources: { requests: { cpu: 0.5, memory: '1024Mi' }, limits: { cpu: '1000m' } } })] });
    applyPodSpecDefaults(p.spec);
    expect(p.spec.containers[0].resources).toEqual({ requests: { cpu: '500m', memory: '1Gi' }, limits: { cpu: '1' } });
  });

  it('fills probe defaults, treating 0 as unset like Kubernetes', () => {
    const p = makePod({ containers: [container({ livenessProbe: { httpGet: { port: 8080 }, periodSeconds: 0 } })] });
    applyPodSpecDefaults(p.spec);
    expect(p.spec.containers[0].livenessProbe).toEqual({
      httpGet: { port: 8080, path: '/', scheme: 'HTTP' },
      timeoutSeconds: 1,
      periodSeconds: 10,
      successThreshold: 1,
      failureThreshold: 3,
    });
  });

  it('makes host ports equal container ports on the host network', () => {
    const p = makePod({ hostNetwork: true, containers: [container({ ports: [{ containerPort: 8080 }] })] });
    applyPodSpecDefaults(p.spec);
    expect(p.spec.containers[0].ports[0].hostPort).toBe(8080);
  });

  it('defaults volumes: source-less ones are emptyDirs, file modes are 0644', () => {
    const p = makePod({ volumes: [{ name: 'scratch' }, { name: 'cfg', configMap: { name: 'app' } }, { name: 's', secret: { secretName: 'tls' } }] });
    applyPodSpecDefaults(p.spec);
    expect(p.spec.volumes).toEqual([
      { name: 'scratch', emptyDir: {} },
      { name: 'cfg', configMap: { name: 'app', defaultMode: 420 } },
      { name: 's', secret: { secretName: 'tls', defaultMode: 420 } },
    ]);
  });

  it('defaults toleration operators to Equal', () => {
    const p = makePod({ tolerations: [{ key: 'dedicated', value: 'gpu', effect: 'NoSchedule' }] });
    applyPodSpecDefaults(p.spec);
    expect(p.spec.tolerations[0].operator).toBe('Equal');
  });


  it('is idempotent', () => {
    const p = makePod({ containers: [container({ resources: { limits: { cpu: 0.5 } }, readinessProbe: { httpGet: { port: 80 } } })], volumes: [{ name: 'v' }] });
    applyPodSpecDefaults(p.spec);
    const once = structuredClone(p.spec);
    applyPodSpecDefaults(p.spec);
    expect(p.spec).toEqual(once);
  });
});

describe('applyPodSpecDefaults with empty strings', () => {
  it('treats empty strings as unset, as Go zero values are', () => {
    const p = makePod({ restartPolicy: '', dnsPolicy: '', containers: [container({ imagePullPolicy: '', ports: [{ containerPort: 80, protocol: '' }] })] });
    applyPodSpecDefaults(p.spec);
    expect(p.spec.restartPolicy).toBe('Always');
    expect(p.spec.dnsPolicy).toBe('ClusterFirst');
    expect(p.spec.containers[0].imagePullPolicy).toBe('IfNotPresent');
    expect(p.spec.containers[0].ports[0].protocol).toBe('TCP');
    expect(problems(p)).toEqual([]);
  });
});
