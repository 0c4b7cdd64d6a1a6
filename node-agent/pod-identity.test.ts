import { describe, expect, it } from 'vitest';
import { ContainerConfigError } from './container-env.ts';
import { checkRunAsNonRoot, containerRunAs, podIdentity, POD_ID_BASE, POD_ID_RANGE } from './pod-identity.ts';
import type { Container, Pod } from './pod-types.ts';

const pod = (securityContext?: Pod['spec']['securityContext']): Pod => ({
  metadata: { name: 'web', namespace: 'shop', uid: '3f1c0c9e-7d1a-4a59-9d2e-0d6a4f1b2c3d' },
  spec: { containers: [], ...(securityContext ? { securityContext } : {}) },
});
const container = (securityContext?: Container['securityContext']): Container => ({ name: 'app', ...(securityContext ? { securityContext } : {}) });

describe('podIdentity', () => {
  it('is the same for one pod uid and lies in the unprivileged range', () => {
    const id = podIdentity('3f1c0c9e-7d1a-4a59-9d2e-0d6a4f1b2c3d');
    expect(podIdentity('3f1c0c9e-7d1a-4a59-9d2e-0d6a4f1b2c3d')).toBe(id);
    expect(id).toBeGreaterThanOrEqual(POD_ID_BASE);
    expect(id).toBeLessThan(POD_ID_BASE + POD_ID_RANGE);
    expect(podIdentity('another-pod')).not.toBe(id);
  });
});

describe('containerRunAs', () => {
  it("gives an isolated pod without runAsUser its own uid and gid, and the pod's gid as a group", () => {
    const own = podIdentity(pod().metadata.uid!);
    expect(containerRunAs(pod(), container(), true)).toEqual({ uid: own, gid: own, groups: [] });
  });

  it("lets the container's securityContext win over the pod's, and adds supplementalGroups and fsGroup", () => {
    const own = podIdentity(pod().metadata.uid!);
    const p = pod({ runAsUser: 1000, runAsGroup: 1000, supplementalGroups: [3000], fsGroup: 2000 });
    expect(containerRunAs(p, container({ runAsUser: 1234 }), true)).toEqual({ uid: 1234, gid: 1000, groups: [3000, 2000, own] });
    expect(containerRunAs(p, container(), false)).toEqual({ uid: 1000, gid: 1000, groups: [3000, 2000] });
  });

  it('names nobody for podman without a securityContext (the image decides)', () => {
    expect(containerRunAs(pod(), container(), false)).toEqual({ groups: [] });
  });
});

describe('checkRunAsNonRoot', () => {
  it("refuses runAsUser 0 with kubelet's message", () => {
    const p = pod({ runAsUser: 0 });
    const c = container({ runAsNonRoot: true });
    expect(() => checkRunAsNonRoot(p, c, containerRunAs(p, c, true))).toThrow(
      new ContainerConfigError(`container's runAsUser breaks non-root policy (pod: "web_shop(3f1c0c9e-7d1a-4a59-9d2e-0d6a4f1b2c3d)", container: app)`),
    );
  });

  it('refuses an unknown (image) user, and accepts the pod’s own identity', () => {
    const p = pod({ runAsNonRoot: true });
    expect(() => checkRunAsNonRoot(p, container(), containerRunAs(p, container(), false))).toThrow(/container has runAsNonRoot and image will run as root/);
    expect(() => checkRunAsNonRoot(p, container(), containerRunAs(p, container(), true))).not.toThrow();
  });
});
