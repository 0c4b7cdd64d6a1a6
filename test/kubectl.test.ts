/**
 * The real kubectl (v1.32) against a real Capstan cluster (API server, workers, one node agent,
 * each its own process), through the Kubernetes REST API that the API server serves beside
 * GraphQL. Each test runs kubectl commands as a user would and checks their output and exit
 * codes. The kubeconfig is the one `capstan up` writes (token in a file beside it).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCluster, type Cluster } from './cluster.ts';
import { waitFor } from './harness.ts';
import { kubectlFor, kubectlInstalled, type Kubectl } from './kubectl.ts';

const NS = 'kdemo';

const APP = `
apiVersion: v1
kind: ConfigMap
metadata:
  name: app-config
  namespace: ${NS}
data:
  GREETING: hello
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: ${NS}
  labels:
    app: web
spec:
  replicas: 2
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      terminationGracePeriodSeconds: 1
      containers:
      - name: web
        image: busybox
        command: ["sh", "-c", "echo \\"$GREETING from $POD_NAME\\"; trap 'exit 0' TERM; while true; do sleep 1; done"]
        envFrom:
        - configMapRef:
            name: app-config
        env:
        - name: POD_NAME
          valueFrom:
            fieldRef:
              fieldPath: metadata.name
---
apiVersion: v1
kind: Service
metadata:
  name: web
  namespace: ${NS}
spec:
  selector:
    app: web
  ports:
  - port: 80
    targetPort: 8080
`;

describe.runIf(kubectlInstalled())('kubectl against Capstan', () => {
  let cluster: Cluster;
  let kubectl: Kubectl;
  const k = (...args: string[]) => kubectl.run(args);
  const kn = (...args: string[]) => kubectl.run(['-n', NS, ...args]);

  beforeAll(async () => {
    cluster = await startCluster({ agents: 1, label: 'kubectl' });
    kubectl = await kubectlFor(cluster.server);
  }, 120_000);

  afterAll(async () => {
    kubectl?.cleanup();
    await cluster?.stop();
  });

  describe('discovery', () => {
    it('kubectl version reports the server as Kubernetes 1.32 served by Capstan', async () => {
      const r = await k('version', '-o', 'json');
      expect(r.code, r.stderr).toBe(0);
      const v = JSON.parse(r.stdout);
      expect(v.serverVersion.major).toBe('1');
      expect(v.serverVersion.minor).toBe('32');
      expect(v.serverVersion.gitVersion).toContain('capstan');
    });

    it('kubectl api-resources lists every kind with its short names, group and scope', async () => {
      const r = await k('api-resources');
      expect(r.code, r.stderr).toBe(0);
      const lines = r.stdout.split('\n');
      expect(lines[0]).toMatch(/^NAME\s+SHORTNAMES\s+APIVERSION\s+NAMESPACED\s+KIND/);
      expect(lines.find((l) => l.startsWith('pods '))).toMatch(/pods\s+po\s+v1\s+true\s+Pod/);
      expect(lines.find((l) => l.startsWith('deployments '))).toMatch(/deployments\s+deploy\s+apps\/v1\s+true\s+Deployment/);
      expect(lines.find((l) => l.startsWith('nodes '))).toMatch(/nodes\s+no\s+v1\s+false\s+Node/);
      expect(lines.find((l) => l.startsWith('leases '))).toMatch(/coordination\.k8s\.io\/v1/);
    });

    it('kubectl without a valid token is told to log in', async () => {
      const r = await kubectl.run(['get', 'pods'], { env: { KUBECONFIG: await kubectl.kubeconfigWithToken('not-a-token') } });
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('You must be logged in to the server');
    });
  });

  describe('creating and reading objects', () => {
    it('kubectl create namespace, then get it by name', async () => {
      const r = await k('create', 'namespace', NS);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout.trim()).toBe(`namespace/${NS} created`);
      const g = await k('get', 'ns', NS, '-o', 'name');
      expect(g.stdout.trim()).toBe(`namespace/${NS}`);
    });

    it('kubectl apply creates a ConfigMap, a Deployment and a Service, then reports them unchanged', async () => {
      const r = await kubectl.run(['apply', '-f', '-'], { input: APP });
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toContain('configmap/app-config created');
      expect(r.stdout).toContain('deployment.apps/web created');
      expect(r.stdout).toContain('service/web created');
      const again = await kubectl.run(['apply', '-f', '-'], { input: APP });
      expect(again.code, again.stderr).toBe(0);
      expect(again.stdout).toContain('deployment.apps/web unchanged');
      expect(again.stdout).toContain('service/web unchanged');
    });

    it('kubectl rollout status waits until the Deployment is available', async () => {
      const r = await kubectl.run(['rollout', 'status', 'deployment/web', '-n', NS, '--timeout=90s'], { timeoutMs: 100_000 });
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toContain('deployment "web" successfully rolled out');
    }, 100_000);

    it('kubectl get pods prints kubectl columns, -o wide adds IP and node', async () => {
      const r = await kn('get', 'pods', '-l', 'app=web');
      expect(r.code, r.stderr).toBe(0);
      const lines = r.stdout.trim().split('\n');
      expect(lines[0]).toMatch(/^NAME\s+READY\s+STATUS\s+RESTARTS\s+AGE$/);
      expect(lines).toHaveLength(3);
      for (const l of lines.slice(1)) expect(l).toMatch(/^web-\S+\s+1\/1\s+Running\s+0\s+\d+s$/);
      const wide = await kn('get', 'pods', '-l', 'app=web', '-o', 'wide');
      expect(wide.stdout.split('\n')[0]).toMatch(/IP\s+NODE\s+NOMINATED NODE\s+READINESS GATES/);
      expect(wide.stdout).toMatch(/127\.\d+\.\d+\.\d+\s+kubectl-/);
    });

    it('kubectl get -o yaml, json, jsonpath, name and custom-columns read the stored object', async () => {
      const yaml = await kn('get', 'deploy', 'web', '-o', 'yaml');
      expect(yaml.stdout).toMatch(/^apiVersion: apps\/v1\nkind: Deployment\n/);
      const json = JSON.parse((await kn('get', 'deploy', 'web', '-o', 'json')).stdout);
      expect(json.spec.replicas).toBe(2);
      expect((await kn('get', 'deploy', 'web', '-o', 'jsonpath={.spec.template.spec.containers[0].name}')).stdout).toBe('web');
      const names = (await kn('get', 'pods', '-o', 'name')).stdout.trim().split('\n');
      expect(names.every((n) => n.startsWith('pod/web-'))).toBe(true);
      const custom = await kn('get', 'pods', '-o', 'custom-columns=NAME:.metadata.name,PHASE:.status.phase');
      expect(custom.stdout.split('\n')[0]).toMatch(/^NAME\s+PHASE$/);
      expect(custom.stdout).toContain('Running');
    });

    it('kubectl get -A pages through every namespace with --chunk-size and continue tokens', async () => {
      const all = await k('get', 'pods', '-A', '--chunk-size=1', '-o', 'name');
      expect(all.code, all.stderr).toBe(0);
      expect(all.stdout.trim().split('\n')).toHaveLength(2);
      const table = await k('get', 'configmaps,services', '-A', '--chunk-size=1');
      expect(table.stdout).toMatch(/NAMESPACE\s+NAME\s+DATA\s+AGE/);
      expect(table.stdout).toMatch(new RegExp(`${NS}\\s+configmap/app-config\\s+1`));
    });

    it('kubectl get --field-selector filters on the server', async () => {
      const running = await kn('get', 'pods', '--field-selector', 'status.phase=Running', '-o', 'name');
      expect(running.stdout.trim().split('\n')).toHaveLength(2);
      const none = await kn('get', 'pods', '--field-selector', 'status.phase=Failed');
      expect(none.code).toBe(0);
      expect(none.stderr).toContain('No resources found');
    });

    it('kubectl get of a missing object says NotFound the way Kubernetes does', async () => {
      const r = await kn('get', 'pod', 'nope');
      expect(r.code).toBe(1);
      expect(r.stderr.trim()).toBe('Error from server (NotFound): pods "nope" not found');
    });

    it('kubectl create of an existing object says AlreadyExists', async () => {
      const r = await kubectl.run(['create', '-f', '-'], { input: APP });
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('Error from server (AlreadyExists): error when creating "STDIN": configmaps "app-config" already exists');
    });

    it('kubectl create of an invalid object shows the field that is wrong (422 Invalid)', async () => {
      const r = await kubectl.run(['create', '-f', '-'], {
        input: `apiVersion: v1\nkind: Pod\nmetadata:\n  name: Bad_Name\n  namespace: ${NS}\nspec:\n  containers: []\n`,
      });
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('is invalid');
      expect(r.stderr).toContain('metadata.name');
    });
  });

  describe('field validation', () => {
    const typo = (name: string) =>
      `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\n  namespace: ${NS}\ndata:\n  a: "1"\nbogus: true\n`;

    it('kubectl create refuses an unknown field by default (--validate=strict), naming it', async () => {
      const r = await kubectl.run(['create', '-f', '-'], { input: typo('strict') });
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('strict decoding error: unknown field "bogus"');
      expect((await kn('get', 'cm', 'strict')).code).toBe(1);
    });

    it('kubectl --validate=warn creates the object without the unknown field and prints a warning', async () => {
      const r = await kubectl.run(['create', '--validate=warn', '-f', '-'], { input: typo('warned') });
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toContain('unknown field "bogus"');
      const stored = JSON.parse((await kn('get', 'cm', 'warned', '-o', 'json')).stdout);
      expect(stored.bogus).toBeUndefined();
      expect(stored.data).toEqual({ a: '1' });
    });

    it('kubectl patch (which asks for no validation, so the server default Warn applies) warns of an unknown field and never stores it', async () => {
      const r = await kn('patch', 'cm', 'warned', '--type', 'merge', '-p', '{"spec":{"x":1},"data":{"b":"2"}}');
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toContain('unknown field "spec"');
      const stored = JSON.parse((await kn('get', 'cm', 'warned', '-o', 'json')).stdout);
      expect(stored.spec).toBeUndefined();
      expect(stored.data).toEqual({ a: '1', b: '2' });
    });
  });

  describe('changing objects', () => {
    it('kubectl apply of a changed manifest reports configured and changes only what changed', async () => {
      const r = await kubectl.run(['apply', '-f', '-'], { input: APP.replace('replicas: 2', 'replicas: 3') });
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toContain('deployment.apps/web configured');
      expect(r.stdout).toContain('configmap/app-config unchanged');
      const json = JSON.parse((await kn('get', 'deploy', 'web', '-o', 'json')).stdout);
      expect(json.spec.replicas).toBe(3);
      expect(json.metadata.annotations['kubectl.kubernetes.io/last-applied-configuration']).toContain('"replicas":3');
    });

    it('kubectl scale sets replicas through the scale sub-resource', async () => {
      const r = await kn('scale', 'deployment/web', '--replicas=2');
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout.trim()).toBe('deployment.apps/web scaled');
      expect((await kn('get', 'deploy', 'web', '-o', 'jsonpath={.spec.replicas}')).stdout).toBe('2');
    });

    it('kubectl get and patch --subresource reach the scale and status sub-resources', async () => {
      const scale = await kn('get', 'deployment', 'web', '--subresource=scale', '-o', 'json');
      expect(scale.code, scale.stderr).toBe(0);
      expect(JSON.parse(scale.stdout)).toMatchObject({ kind: 'Scale', apiVersion: 'autoscaling/v1', spec: { replicas: 2 }, status: { selector: 'app=web' } });
      const status = await kn('patch', 'service', 'web', '--subresource=status', '--type=merge', '-p', '{"status":{"loadBalancer":{"ingress":[{"ip":"127.9.9.9"}]}},"spec":{"ports":[{"port":9}]}}');
      expect(status.code, status.stderr).toBe(0);
      const svc = JSON.parse((await kn('get', 'svc', 'web', '-o', 'json')).stdout);
      expect(svc.status.loadBalancer.ingress).toEqual([{ ip: '127.9.9.9' }]);
      // The status sub-resource changes nothing but the status.
      expect(svc.spec.ports[0].port).toBe(80);
    });

    it('kubectl label and annotate change metadata, and --overwrite is needed to change a value', async () => {
      expect((await kn('label', 'configmap', 'app-config', 'tier=front')).stdout.trim()).toBe('configmap/app-config labeled');
      expect((await kn('annotate', 'configmap', 'app-config', 'owner=team-a')).stdout.trim()).toBe('configmap/app-config annotated');
      const clash = await kn('label', 'configmap', 'app-config', 'tier=back');
      expect(clash.code).toBe(1);
      expect(clash.stderr).toContain("'tier' already has a value (front)");
      expect((await kn('label', 'configmap', 'app-config', 'tier=back', '--overwrite')).code).toBe(0);
      expect((await kn('get', 'cm', '-l', 'tier=back', '-o', 'name')).stdout.trim()).toBe('configmap/app-config');
      expect((await kn('label', 'configmap', 'app-config', 'tier-')).stdout.trim()).toBe('configmap/app-config unlabeled');
    });

    it('kubectl patch accepts merge, json and strategic patches', async () => {
      const merge = await kn('patch', 'configmap', 'app-config', '--type', 'merge', '-p', '{"data":{"A":"1"}}');
      expect(merge.code, merge.stderr).toBe(0);
      expect(merge.stdout.trim()).toBe('configmap/app-config patched');
      const json = await kn('patch', 'configmap', 'app-config', '--type', 'json', '-p', '[{"op":"add","path":"/data/B","value":"2"},{"op":"remove","path":"/data/A"}]');
      expect(json.code, json.stderr).toBe(0);
      const failedTest = await kn('patch', 'configmap', 'app-config', '--type', 'json', '-p', '[{"op":"test","path":"/data/B","value":"9"}]');
      expect(failedTest.code).toBe(1);
      const strategic = await kn('patch', 'deployment', 'web', '-p', '{"spec":{"template":{"spec":{"containers":[{"name":"web","env":[{"name":"MODE","value":"fast"}]}]}}}}');
      expect(strategic.code, strategic.stderr).toBe(0);
      const d = JSON.parse((await kn('get', 'deploy', 'web', '-o', 'json')).stdout);
      const c = d.spec.template.spec.containers[0];
      // A strategic patch merges the container by name: its command stays, the env entry is added.
      expect(c.command[0]).toBe('sh');
      expect(c.env).toContainEqual({ name: 'MODE', value: 'fast' });
      expect(JSON.parse((await kn('get', 'cm', 'app-config', '-o', 'json')).stdout).data).toEqual({ GREETING: 'hello', B: '2' });
    });

    it('kubectl edit saves what the editor changed', async () => {
      const r = await kubectl.run(['edit', 'configmap', 'app-config', '-n', NS], { env: { KUBE_EDITOR: `sed -i -e 's/GREETING: hello/GREETING: bonjour/'` } });
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout.trim()).toBe('configmap/app-config edited');
      expect((await kn('get', 'cm', 'app-config', '-o', 'jsonpath={.data.GREETING}')).stdout).toBe('bonjour');
    });

    it('kubectl replace puts the whole object, refused when its resourceVersion is stale', async () => {
      const cm = JSON.parse((await kn('get', 'cm', 'app-config', '-o', 'json')).stdout);
      cm.data = { ONLY: 'this' };
      const r = await kubectl.run(['replace', '-f', '-'], { input: JSON.stringify(cm) });
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout.trim()).toBe('configmap/app-config replaced');
      const stale = await kubectl.run(['replace', '-f', '-'], { input: JSON.stringify(cm) });
      expect(stale.code).toBe(1);
      expect(stale.stderr).toContain('Operation cannot be fulfilled on configmaps "app-config": the object has been modified');
    });

    it('kubectl diff shows what apply would change, exiting 1, and 0 when nothing would', async () => {
      const same = await kubectl.run(['diff', '-f', '-'], { input: APP.split('---')[2]! });
      expect(same.code, same.stderr).toBe(0);
      const changed = await kubectl.run(['diff', '-f', '-'], { input: APP.split('---')[2]!.replace('port: 80', 'port: 81') });
      expect(changed.code, changed.stderr).toBe(1);
      expect(changed.stdout).toMatch(/-\s+- port: 80|-\s+port: 80/);
      expect(changed.stdout).toMatch(/\+\s+- port: 81|\+\s+port: 81/);
      expect((await kn('get', 'svc', 'web', '-o', 'jsonpath={.spec.ports[0].port}')).stdout).toBe('80');
    });

    it('kubectl apply --server-side manages fields and reports conflicts with another manager', async () => {
      const cm = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ssa\n  namespace: ${NS}\ndata:\n  owner: first\n`;
      const first = await kubectl.run(['apply', '--server-side', '--field-manager=first', '-f', '-'], { input: cm });
      expect(first.code, first.stderr).toBe(0);
      expect(first.stdout.trim()).toBe('configmap/ssa serverside-applied');
      const clash = await kubectl.run(['apply', '--server-side', '--field-manager=second', '-f', '-'], { input: cm.replace('first', 'second') });
      expect(clash.code).toBe(1);
      expect(clash.stderr).toContain('conflict');
      const forced = await kubectl.run(['apply', '--server-side', '--force-conflicts', '--field-manager=second', '-f', '-'], { input: cm.replace('first', 'second') });
      expect(forced.code, forced.stderr).toBe(0);
      const obj = JSON.parse((await kn('get', 'cm', 'ssa', '-o', 'json', '--show-managed-fields')).stdout);
      expect(obj.data.owner).toBe('second');
      expect(obj.metadata.managedFields.map((m: { manager: string }) => m.manager)).toContain('second');
    });
  });

  describe('workloads', () => {
    it('kubectl run starts a pod, and kubectl wait waits for its Ready condition', async () => {
      const r = await kn('run', 'one', '--image=busybox', '--command', '--', 'sh', '-c', 'echo line-1; echo line-2; trap "exit 0" TERM; while true; do sleep 1; done');
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout.trim()).toBe('pod/one created');
      const w = await kubectl.run(['wait', '--for=condition=Ready', 'pod/one', '-n', NS, '--timeout=60s'], { timeoutMs: 70_000 });
      expect(w.code, w.stderr).toBe(0);
      expect(w.stdout.trim()).toBe('pod/one condition met');
    }, 80_000);

    it('kubectl logs reads a pod log, by label too, and -f follows it', async () => {
      const r = await kn('logs', 'one');
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toBe('line-1\nline-2\n');
      const byLabel = await kn('logs', '-l', 'app=web', '--prefix');
      expect(byLabel.code, byLabel.stderr).toBe(0);
      // The pods may come from before or after the edit that changed the greeting.
      expect(byLabel.stdout).toMatch(/\[pod\/web-\S+\/web\] (hello|bonjour) from web-/);
      const tail = await kn('logs', 'one', '--tail=1');
      expect(tail.stdout).toBe('line-2\n');
      const follow = kubectl.start(['logs', '-f', 'one', '-n', NS]);
      await waitFor('the followed log', () => follow.output().includes('line-2'), 20_000);
      const done = await follow.stop();
      expect(done.stdout).toContain('line-1');
    });

    it('kubectl describe shows the pod with its containers and events', async () => {
      const r = await kn('describe', 'pod', 'one');
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toMatch(/^Name:\s+one$/m);
      expect(r.stdout).toMatch(/^Namespace:\s+kdemo$/m);
      expect(r.stdout).toMatch(/^Status:\s+Running$/m);
      expect(r.stdout).toContain('Containers:');
      expect(r.stdout).toMatch(/^Events:/m);
      const d = await kn('describe', 'deployment', 'web');
      expect(d.code, d.stderr).toBe(0);
      expect(d.stdout).toMatch(/^Replicas:\s+2 desired/m);
    });

    it('kubectl get -w prints a new pod as it comes and goes', async () => {
      const watch = kubectl.start(['get', 'pods', '-w', '-n', NS, '-l', 'run=two']);
      await waitFor('the watch to start', () => watch.output() !== '' || true, 1_000);
      const r = await kn('run', 'two', '--image=busybox', '--command', '--', 'sh', '-c', 'trap "exit 0" TERM; while true; do sleep 1; done');
      expect(r.code, r.stderr).toBe(0);
      await waitFor('the watch to show pod two Running', () => /two\s+1\/1\s+Running/.test(watch.output()), 30_000);
      const out = (await watch.stop()).stdout;
      expect(out.split('\n')[0]).toMatch(/^NAME\s+READY\s+STATUS\s+RESTARTS\s+AGE$/);
    });

    it('kubectl expose and kubectl create deployment, configmap and secret make what they say', async () => {
      expect((await kn('expose', 'deployment', 'web', '--name', 'web2', '--port', '8080')).stdout.trim()).toBe('service/web2 exposed');
      expect(JSON.parse((await kn('get', 'svc', 'web2', '-o', 'json')).stdout).spec.selector).toEqual({ app: 'web' });
      expect((await kn('create', 'deployment', 'd2', '--image=busybox', '--', 'sleep', '1000')).stdout.trim()).toBe('deployment.apps/d2 created');
      expect((await kn('create', 'configmap', 'c2', '--from-literal=a=1')).stdout.trim()).toBe('configmap/c2 created');
      expect((await kn('create', 'secret', 'generic', 's2', '--from-literal=pw=x')).stdout.trim()).toBe('secret/s2 created');
      expect((await kn('get', 'secret', 's2', '-o', 'jsonpath={.data.pw}')).stdout).toBe(Buffer.from('x').toString('base64'));
    });

    it('kubectl rollout restart makes a new revision, history lists it, undo goes back', async () => {
      const restart = await kn('rollout', 'restart', 'deployment/web');
      expect(restart.code, restart.stderr).toBe(0);
      expect(restart.stdout.trim()).toBe('deployment.apps/web restarted');
      const status = await kubectl.run(['rollout', 'status', 'deployment/web', '-n', NS, '--timeout=90s'], { timeoutMs: 100_000 });
      expect(status.code, status.stderr).toBe(0);
      const history = await kn('rollout', 'history', 'deployment/web');
      expect(history.code, history.stderr).toBe(0);
      expect(history.stdout).toMatch(/REVISION\s+CHANGE-CAUSE/);
      const revisions = history.stdout.trim().split('\n').slice(1).map((l) => Number(l.trim().split(/\s+/)[0]));
      expect(revisions.length).toBeGreaterThanOrEqual(2);
      const undo = await kn('rollout', 'undo', 'deployment/web');
      expect(undo.code, undo.stderr).toBe(0);
      expect(undo.stdout.trim()).toBe('deployment.apps/web rolled back');
    }, 120_000);

    it('kubectl delete removes a pod after its agent stops it, and --cascade=foreground a Deployment with its pods', async () => {
      const r = await kubectl.run(['delete', 'pod', 'two', '-n', NS], { timeoutMs: 60_000 });
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout.trim()).toBe('pod "two" deleted');
      expect((await kn('get', 'pod', 'two')).code).toBe(1);
      const d = await kubectl.run(['delete', 'deployment', 'd2', '-n', NS, '--cascade=foreground'], { timeoutMs: 60_000 });
      expect(d.code, d.stderr).toBe(0);
      expect(d.stdout.trim()).toBe('deployment.apps "d2" deleted');
      const left = await kn('get', 'pods', '-l', 'app=d2', '-o', 'name');
      expect(left.stdout.trim()).toBe('');
    }, 70_000);
  });

  describe('auth', () => {
    it('kubectl as a user bound to view may get but not delete, and auth can-i says so with its exit codes', async () => {
      const { createUserToken } = await cluster.gql<{ createUserToken: { token: string } }>('mutation { createUserToken(user: "viewer") { token } }');
      expect((await k('create', 'clusterrolebinding', 'viewer-view', '--clusterrole=view', '--user=viewer')).code).toBe(0);
      const env = { KUBECONFIG: await kubectl.kubeconfigWithToken(createUserToken.token) };
      const asViewer = (...args: string[]) => kubectl.run(args, { env });
      await waitFor('the binding to take effect', async () => (await asViewer('auth', 'can-i', 'list', 'pods', '-n', NS)).code === 0, 10_000);
      const no = await asViewer('auth', 'can-i', 'delete', 'pods', '-n', NS);
      expect(no.code).toBe(1);
      expect(no.stdout.trim()).toBe('no');
      expect((await asViewer('get', 'cm', 'app-config', '-n', NS, '-o', 'name')).stdout.trim()).toBe('configmap/app-config');
      const refused = await asViewer('delete', 'cm', 'app-config', '-n', NS);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain('Error from server (Forbidden)');
      expect((await asViewer('auth', 'whoami', '-o', 'jsonpath={.status.userInfo.username}')).stdout).toBe('viewer');
    });

    it('kubectl auth can-i answers for the admin, and whoami names it', async () => {
      const yes = await k('auth', 'can-i', 'create', 'pods', '-n', NS);
      expect(yes.code).toBe(0);
      expect(yes.stdout.trim()).toBe('yes');
      const who = await k('auth', 'whoami', '-o', 'json');
      expect(who.code, who.stderr).toBe(0);
      expect(JSON.parse(who.stdout).status.userInfo.username).toBe('admin');
    });
  });
});
