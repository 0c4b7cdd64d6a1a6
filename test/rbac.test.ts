/**
 * RBAC end to end, against a real API server process: who may do what is decided by Roles,
 * ClusterRoles and their bindings, for user tokens and service-account tokens alike; the default
 * cluster roles aggregate; canI and authorizedActions answer as the authorizer decides. Every
 * test here fails with an authorizer that allows everything (or nothing).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureSigningKey } from '../server/auth/signing-key.ts';
import { SERVICE_ACCOUNT_NAME_ANNOTATION, SERVICE_ACCOUNT_TOKEN_TYPE, SERVICE_ACCOUNT_UID_ANNOTATION, signServiceAccountToken } from '../server/auth/service-account-token.ts';
import { Store } from '../server/store/store.ts';
import { capstan } from './cli-run.ts';
import { createTestDatabase, gql, startServerProcess, type ServerProcess, type TestDatabase, waitFor } from './harness.ts';

const G = 'rbac.authorization.k8s.io';

/** The error code of a GraphQL call, or 'OK'. */
async function outcome(url: string, token: string, query: string, variables: Record<string, unknown> = {}): Promise<string> {
  try {
    await gql(url, token, query, variables);
    return 'OK';
  } catch (err) {
    return (err as { code?: string }).code ?? String(err);
  }
}

type Verb = 'get' | 'list' | 'create' | 'delete';

interface KindUnderTest {
  kind: string;
  namespaced: boolean;
  /** GraphQL list field. */
  list: string;
  /** A valid object to create. */
  object(name: string): Record<string, unknown>;
}

const KINDS_UNDER_TEST: KindUnderTest[] = [
  { kind: 'Pod', namespaced: true, list: 'pods', object: (name) => ({ metadata: { name }, spec: { containers: [{ name: 'c', image: 'busybox' }] } }) },
  { kind: 'Secret', namespaced: true, list: 'secrets', object: (name) => ({ metadata: { name }, stringData: { a: 'b' } }) },
  { kind: 'ConfigMap', namespaced: true, list: 'configMaps', object: (name) => ({ metadata: { name }, data: { a: 'b' } }) },
  {
    kind: 'Deployment',
    namespaced: true,
    list: 'deployments',
    object: (name) => ({ metadata: { name }, spec: { selector: { matchLabels: { app: name } }, template: { metadata: { labels: { app: name } }, spec: { containers: [{ name: 'c', image: 'busybox' }] } } } }),
  },
  { kind: 'Node', namespaced: false, list: 'nodes', object: (name) => ({ metadata: { name } }) },
  { kind: 'Namespace', namespaced: false, list: 'namespaces', object: (name) => ({ metadata: { name } }) },
  { kind: 'ClusterRole', namespaced: false, list: 'clusterRoles', object: (name) => ({ metadata: { name }, rules: [] }) },
  { kind: 'RoleBinding', namespaced: true, list: 'roleBindings', object: (name) => ({ metadata: { name }, roleRef: { kind: 'ClusterRole', name: 'view' }, subjects: [] }) },
];

const lowerFirst = (s: string) => s[0]!.toLowerCase() + s.slice(1);
let seq = 0;

/** One GraphQL call doing `verb` on `k` in namespace `ns` (ignored for cluster-scoped kinds). */
function operation(k: KindUnderTest, verb: Verb, ns: string): { query: string; variables: Record<string, unknown> } {
  const nsParam = k.namespaced ? '$ns: String!, ' : '';
  const nsArg = k.namespaced ? 'namespace: $ns, ' : '';
  const vars: Record<string, unknown> = k.namespaced ? { ns } : {};
  switch (verb) {
    case 'get':
      return { query: `query(${nsParam}$n: String!) { ${lowerFirst(k.kind)}(${nsArg}name: $n) { metadata { name } } }`, variables: { ...vars, n: 'absent' } };
    case 'list':
      return { query: `query(${k.namespaced ? '$ns: String' : ''}) { ${k.list}${k.namespaced ? '(namespace: $ns)' : ''} { items { metadata { name } } } }`.replace('query()', 'query'), variables: vars };
    case 'create':
      return {
        query: `mutation(${nsParam}$o: ${k.kind}Input!) { create${k.kind}(${nsArg}${lowerFirst(k.kind)}: $o) { metadata { name } } }`,
        variables: { ...vars, o: k.object(`m-${process.pid}-${++seq}`) },
      };
    case 'delete':
      return { query: `mutation(${nsParam}$n: String!) { delete${k.kind}(${nsArg}name: $n) { metadata { name } } }`, variables: { ...vars, n: 'absent' } };
  }
}

describe('RBAC', () => {
  let db: TestDatabase;
  let server: ServerProcess;
  let store: Store;
  const tokens: Record<string, string> = {};

  const as = (who: string) => ({
    run: (query: string, variables: Record<string, unknown> = {}) => gql(server.url, tokens[who]!, query, variables),
    outcome: (query: string, variables: Record<string, unknown> = {}) => outcome(server.url, tokens[who]!, query, variables),
    canI: async (verb: string, resource: string, namespace?: string) =>
      (await gql<{ canI: boolean }>(server.url, tokens[who]!, 'query($v: String!, $r: String!, $ns: String) { canI(verb: $v, resource: $r, namespace: $ns) }', { v: verb, r: resource, ns: namespace })).canI,
  });
  const admin = () => as('admin');

  async function userToken(user: string, groups: string[] = []): Promise<string> {
    const r = await admin().run('mutation($u: String!, $g: [String!]) { createUserToken(user: $u, groups: $g) { token user groups expiresAt } }', { u: user, g: groups });
    expect(r.createUserToken).toMatchObject({ user, groups, expiresAt: null });
    return r.createUserToken.token;
  }

  async function apply(manifests: object[]): Promise<void> {
    await admin().run('mutation($m: String!) { apply(manifests: $m) { name } }', { m: manifests.map((m) => JSON.stringify(m)).join('\n---\n') });
  }

  /** A service account with a token Secret, as the token controller makes them. */
  async function serviceAccountToken(namespace: string, name: string): Promise<string> {
    const sa = await store.create('ServiceAccount', namespace, { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name, namespace } });
    const key = await ensureSigningKey(store);
    const secretName = `${name}-token-test`;
    const token = await signServiceAccountToken(key, { namespace, name, uid: sa.metadata.uid!, secretName });
    await store.create('Secret', namespace, {
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: secretName, namespace, annotations: { [SERVICE_ACCOUNT_NAME_ANNOTATION]: name, [SERVICE_ACCOUNT_UID_ANNOTATION]: sa.metadata.uid! } },
      type: SERVICE_ACCOUNT_TOKEN_TYPE,
      data: { token: Buffer.from(token).toString('base64') },
    });
    return token;
  }

  beforeAll(async () => {
    db = await createTestDatabase('rbac');
    server = await startServerProcess(db.url);
    store = await Store.open({ databaseUrl: db.url, poolSize: 2 });
    tokens.admin = server.token;
    for (const ns of ['team-a', 'team-b']) await apply([{ apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns } }]);
    tokens.nobody = await userToken('nobody');
    tokens.viewer = await userToken('vera', ['viewers']);
    tokens.editor = await userToken('ed');
    tokens.builder = await serviceAccountToken('team-a', 'builder');
    await apply([
      { apiVersion: `${G}/v1`, kind: 'ClusterRoleBinding', metadata: { name: 'viewers' }, roleRef: { apiGroup: G, kind: 'ClusterRole', name: 'view' }, subjects: [{ kind: 'Group', apiGroup: G, name: 'viewers' }] },
      { apiVersion: `${G}/v1`, kind: 'RoleBinding', metadata: { name: 'ed-edits', namespace: 'team-a' }, roleRef: { apiGroup: G, kind: 'ClusterRole', name: 'edit' }, subjects: [{ kind: 'User', apiGroup: G, name: 'ed' }] },
      { apiVersion: `${G}/v1`, kind: 'Role', metadata: { name: 'pod-reader', namespace: 'team-a' }, rules: [{ apiGroups: [''], resources: ['pods'], verbs: ['get', 'list', 'watch'] }] },
      { apiVersion: `${G}/v1`, kind: 'RoleBinding', metadata: { name: 'builder-reads-pods', namespace: 'team-a' }, roleRef: { apiGroup: G, kind: 'Role', name: 'pod-reader' }, subjects: [{ kind: 'ServiceAccount', name: 'builder', namespace: 'team-a' }] },
    ]);
    // Bindings take effect within the authorizer's 2 s; view and edit get their rules from the aggregation controller.
    await waitFor('the bindings to take effect', async () => (await as('viewer').canI('list', 'deployments.apps', 'team-a')) && (await as('editor').canI('create', 'secrets', 'team-a')) && (await as('builder').canI('list', 'pods', 'team-a')));
  }, 120_000);

  afterAll(async () => {
    await store?.close();
    await server?.stop();
    await db?.drop();
  });

  describe('the authorization matrix (identities × kinds × verbs, through GraphQL)', () => {
    // What each identity may do in namespace team-a (and on cluster-scoped kinds).
    const READ_VIEW = new Set(['Pod', 'ConfigMap', 'Deployment', 'Namespace']);
    const EDIT = new Set(['Pod', 'Secret', 'ConfigMap', 'Deployment']);
    const allowed: Record<string, (kind: string, verb: Verb) => boolean> = {
      admin: () => true,
      nobody: () => false,
      viewer: (kind, verb) => (verb === 'get' || verb === 'list') && READ_VIEW.has(kind),
      // edit through a RoleBinding: namespaced kinds of team-a only, and not RBAC objects.
      editor: (kind, verb) => EDIT.has(kind) || ((verb === 'get' || verb === 'list') && kind === 'Pod'),
      builder: (kind, verb) => kind === 'Pod' && (verb === 'get' || verb === 'list'),
    };

    for (const who of Object.keys(allowed)) {
      it(`${who}: allowed exactly what its bindings grant`, async () => {
        const got: string[] = [];
        const want: string[] = [];
        for (const k of KINDS_UNDER_TEST) {
          for (const verb of ['get', 'list', 'create', 'delete'] as const) {
            const { query, variables } = operation(k, verb, 'team-a');
            const code = await as(who).outcome(query, variables);
            // Anything but FORBIDDEN means the request got past authorization (a get of an absent object is NOT_FOUND or null).
            got.push(`${verb} ${k.kind}: ${code === 'FORBIDDEN' ? 'forbidden' : 'allowed'}`);
            want.push(`${verb} ${k.kind}: ${allowed[who]!(k.kind, verb) ? 'allowed' : 'forbidden'}`);
          }
        }
        expect(got).toEqual(want);
      }, 60_000);
    }
  });

  describe('a service account with a RoleBinding', () => {
    const LIST_PODS = 'query($ns: String) { pods(namespace: $ns) { items { metadata { name } } } }';

    it('lists pods in its namespace', async () => {
      await admin().run('mutation { createPod(namespace: "team-a", pod: { metadata: { name: "listed" }, spec: { containers: [{ name: "c", image: "busybox" }] } }) { metadata { name } } }');
      const { pods } = await as('builder').run(LIST_PODS, { ns: 'team-a' });
      expect(pods.items).toContainEqual({ metadata: { name: 'listed' } });
    });

    it("may not list another namespace's pods, nor all namespaces', nor its own namespace's secrets", async () => {
      expect(await as('builder').outcome(LIST_PODS, { ns: 'team-b' })).toBe('FORBIDDEN');
      expect(await as('builder').outcome(LIST_PODS, {})).toBe('FORBIDDEN');
      expect(await as('builder').outcome('query { secrets(namespace: "team-a") { items { metadata { name } } } }')).toBe('FORBIDDEN');
    });

    it('is told who it is and what it was refused', async () => {
      await expect(as('builder').run(LIST_PODS, { ns: 'team-b' })).rejects.toThrow('system:serviceaccount:team-a:builder may not list Pod in namespace "team-b"');
    });

    it('loses the access within 2 s of its binding being deleted', async () => {
      await admin().run('mutation { deleteRoleBinding(namespace: "team-a", name: "builder-reads-pods") { metadata { name } } }');
      await waitFor('the deleted binding to stop granting', async () => (await as('builder').outcome(LIST_PODS, { ns: 'team-a' })) === 'FORBIDDEN', 5_000);
      await apply([{ apiVersion: `${G}/v1`, kind: 'RoleBinding', metadata: { name: 'builder-reads-pods', namespace: 'team-a' }, roleRef: { apiGroup: G, kind: 'Role', name: 'pod-reader' }, subjects: [{ kind: 'ServiceAccount', name: 'builder' }] }]);
      await waitFor('the binding to grant again', async () => (await as('builder').outcome(LIST_PODS, { ns: 'team-a' })) === 'OK', 5_000);
    });
  });

  describe('a user token with the view ClusterRole', () => {
    it('reads but does not write', async () => {
      await admin().run('mutation { createConfigMap(namespace: "team-b", configMap: { metadata: { name: "settings" }, data: { a: "b" } }) { metadata { name } } }');
      const read = await as('viewer').run('query { configMap(namespace: "team-b", name: "settings") { data } }');
      expect(read.configMap.data).toEqual({ a: 'b' });
      expect(await as('viewer').outcome('mutation { patchConfigMap(namespace: "team-b", name: "settings", patch: { data: { a: "c" } }) { data } }')).toBe('FORBIDDEN');
      expect(await as('viewer').outcome('mutation { deleteConfigMap(namespace: "team-b", name: "settings") { data } }')).toBe('FORBIDDEN');
      expect(await as('viewer').outcome('query { secrets(namespace: "team-b") { items { metadata { name } } } }')).toBe('FORBIDDEN');
    });

    it('reads pod logs (pods/log is in view) but may not scale (deployments/scale is not)', async () => {
      expect(await as('viewer').canI('get', 'pods/log', 'team-b')).toBe(true);
      expect(await as('viewer').outcome('mutation { scale(kind: Deployment, namespace: "team-b", name: "web", replicas: 2) { spec { replicas } } }')).toBe('FORBIDDEN');
      expect(await as('editor').outcome('mutation { scale(kind: Deployment, namespace: "team-a", name: "web", replicas: 2) { spec { replicas } } }')).toBe('NOT_FOUND');
    });
  });

  describe('aggregation', () => {
    const LIST_SECRETS = 'query { secrets(namespace: "team-b") { items { metadata { name } } } }';

    it('extends view, edit and admin with a ClusterRole labelled aggregate-to-view, and shrinks them when it goes', async () => {
      expect(await as('viewer').outcome(LIST_SECRETS)).toBe('FORBIDDEN');
      await apply([
        { apiVersion: `${G}/v1`, kind: 'ClusterRole', metadata: { name: 'secret-lister', labels: { [`${G}/aggregate-to-view`]: 'true' } }, rules: [{ apiGroups: [''], resources: ['secrets'], verbs: ['list'] }] },
      ]);
      await waitFor('view to aggregate the new role', async () => (await as('viewer').outcome(LIST_SECRETS)) === 'OK', 10_000);
      const roles = await admin().run('query { clusterRoles(labelSelector: "kubernetes.io/bootstrapping=rbac-defaults") { items { metadata { name } rules { verbs resources } } } }');
      const rulesOf = (name: string) => roles.clusterRoles.items.find((r: any) => r.metadata.name === name).rules;
      for (const role of ['view', 'edit', 'admin']) expect(rulesOf(role), role).toContainEqual({ verbs: ['list'], resources: ['secrets'] });

      await admin().run('mutation { deleteClusterRole(name: "secret-lister") { metadata { name } } }');
      await waitFor('view to drop the deleted role', async () => (await as('viewer').outcome(LIST_SECRETS)) === 'FORBIDDEN', 10_000);
    });
  });

  describe('canI and authorizedActions', () => {
    it('answer for the caller as the authorizer decides', async () => {
      expect(await as('viewer').canI('list', 'pods', 'team-b')).toBe(true);
      expect(await as('viewer').canI('create', 'pods', 'team-b')).toBe(false);
      expect(await as('editor').canI('create', 'deployments.apps', 'team-a')).toBe(true);
      expect(await as('editor').canI('create', 'deployments', 'team-b')).toBe(false);
      expect(await as('nobody').canI('get', 'pods', 'team-a')).toBe(false);
      expect(await admin().canI('*', '*')).toBe(true);
      expect(await as('viewer').canI('*', '*')).toBe(false);
    });

    it('let system:masters ask on behalf of another identity, and nobody else', async () => {
      const q = 'query($as: String) { canI(verb: "list", resource: "pods", namespace: "team-a", as: $as) }';
      expect((await admin().run(q, { as: 'system:serviceaccount:team-a:builder' })).canI).toBe(true);
      expect((await admin().run(q, { as: 'system:serviceaccount:team-b:builder' })).canI).toBe(false);
      expect(await as('viewer').outcome(q, { as: 'ed' })).toBe('FORBIDDEN');
    });

    it('refuse an unknown resource as INVALID', async () => {
      expect(await as('viewer').outcome('query { canI(verb: "get", resource: "widgets") }')).toBe('INVALID');
    });

    it('list the rules an identity holds in a namespace', async () => {
      const r = await as('builder').run('query { authorizedActions(namespace: "team-a") { user groups resourceRules { verbs apiGroups resources } incomplete } }');
      expect(r.authorizedActions.user).toBe('system:serviceaccount:team-a:builder');
      expect(r.authorizedActions.resourceRules).toContainEqual({ verbs: ['get', 'list', 'watch'], apiGroups: [''], resources: ['pods'] });
      expect(r.authorizedActions.incomplete).toBe(false);
      const other = await as('builder').run('query { authorizedActions(namespace: "team-b") { resourceRules { resources } } }');
      expect(other.authorizedActions.resourceRules).not.toContainEqual({ resources: ['pods'] });
    });
  });

  describe('user tokens', () => {
    it('are made by admins only', async () => {
      expect(await as('viewer').outcome('mutation { createUserToken(user: "mallory", groups: ["system:masters"]) { token } }')).toBe('FORBIDDEN');
      expect(await as('editor').outcome('mutation { createUserToken(user: "mallory") { token } }')).toBe('FORBIDDEN');
    });

    it('may not pose as identities the cluster issues', async () => {
      expect(await admin().outcome('mutation { createUserToken(user: "system:serviceaccount:team-a:builder") { token } }')).toBe('INVALID');
      expect(await admin().outcome('mutation { createUserToken(user: "system:node:n1") { token } }')).toBe('INVALID');
    });

    it('expire after expirationSeconds', async () => {
      const r = await admin().run('mutation { createUserToken(user: "brief", groups: ["viewers"], expirationSeconds: 1) { token expiresAt } }');
      expect(Date.parse(r.createUserToken.expiresAt) - Date.now()).toBeLessThanOrEqual(1_000);
      await new Promise((res) => setTimeout(res, 1_100));
      expect(await outcome(server.url, r.createUserToken.token, 'query { namespaces { items { metadata { name } } } }')).toBe('UNAUTHENTICATED');
    });

    it('give a group system:masters everything, as Kubernetes does', async () => {
      const root = await userToken('root', ['system:masters']);
      expect(await outcome(server.url, root, 'mutation { deleteNode(name: "absent") { metadata { name } } }')).toBe('NOT_FOUND');
    });
  });

  describe('the CLI', () => {
    const cli = (token: string, args: string[]) => capstan({ server: server.url, token }, args);

    it('create token --user makes a token that works as that user in those groups', async () => {
      const made = await cli(tokens.admin!, ['create', 'token', '--user', 'cli-user', '--group', 'viewers', '--duration', '1h']);
      expect(made.stderr).toBe('');
      expect(made.code).toBe(0);
      const token = made.stdout.trim();
      expect(token).toMatch(/^cst_user_/);
      const me = await gql(server.url, token, 'query { authorizedActions { user groups } }');
      expect(me.authorizedActions).toEqual({ user: 'cli-user', groups: ['viewers'] });
      expect(await outcome(server.url, token, 'query { pods(namespace: "team-b") { items { metadata { name } } } }')).toBe('OK');
    }, 30_000);

    it('create token is refused to non-admins, as the server words it', async () => {
      const r = await cli(tokens.viewer!, ['create', 'token', '--user', 'mallory']);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/^Error from server \(Forbidden\): vera may not create user tokens/);
    }, 30_000);

    it('auth can-i prints yes or no with exit codes 0 and 1', async () => {
      const yes = await cli(tokens.viewer!, ['auth', 'can-i', 'list', 'pods', '-n', 'team-a']);
      expect(yes).toMatchObject({ code: 0, stdout: 'yes\n' });
      const no = await cli(tokens.viewer!, ['auth', 'can-i', 'create', 'deployments.apps', '-n', 'team-a']);
      expect(no).toMatchObject({ code: 1, stdout: 'no\n' });
      const sub = await cli(tokens.editor!, ['auth', 'can-i', 'get', 'pods', '--subresource', 'log', '-n', 'team-a']);
      expect(sub).toMatchObject({ code: 0, stdout: 'yes\n' });
    }, 60_000);

    it('auth can-i --as asks for another identity (system:masters only), and warns about unknown types', async () => {
      const as = await cli(tokens.admin!, ['auth', 'can-i', 'list', 'secrets', '-n', 'team-a', '--as', 'system:serviceaccount:team-a:builder']);
      expect(as).toMatchObject({ code: 1, stdout: 'no\n' });
      const unknown = await cli(tokens.viewer!, ['auth', 'can-i', 'get', 'widgets']);
      expect(unknown.code).toBe(1);
      expect(unknown.stderr).toContain(`Warning: the server doesn't have a resource type "widgets"`);
    }, 60_000);

    it('get lists the default cluster roles', async () => {
      const r = await cli(tokens.admin!, ['get', 'clusterroles', '-o', 'name']);
      expect(r.code).toBe(0);
      for (const name of ['cluster-admin', 'admin', 'edit', 'view', 'system:basic-user']) expect(r.stdout).toContain(`clusterrole.rbac.authorization.k8s.io/${name}\n`);
    }, 30_000);
  });

  describe('escalation prevention (a namespace admin may grant only what it holds)', () => {
    const role = (name: string, rules: object[]) => ({ metadata: { name }, rules });
    const CREATE_ROLE = 'mutation($r: RoleInput!) { createRole(namespace: "team-a", role: $r) { metadata { name } } }';
    const CREATE_BINDING = 'mutation($b: RoleBindingInput!) { createRoleBinding(namespace: "team-a", roleBinding: $b) { metadata { name } } }';
    const binding = (name: string, kind: string, roleName: string) => ({ metadata: { name }, roleRef: { kind, name: roleName }, subjects: [{ kind: 'User', name: 'nsadmin' }] });

    beforeAll(async () => {
      tokens.nsadmin = await userToken('nsadmin');
      await apply([{ apiVersion: `${G}/v1`, kind: 'RoleBinding', metadata: { name: 'nsadmin', namespace: 'team-a' }, roleRef: { apiGroup: G, kind: 'ClusterRole', name: 'admin' }, subjects: [{ kind: 'User', apiGroup: G, name: 'nsadmin' }] }]);
      await waitFor('the admin binding to take effect', () => as('nsadmin').canI('create', 'roles.rbac.authorization.k8s.io', 'team-a'));
    });

    it('creates a Role of permissions it holds, not one of permissions it lacks', async () => {
      expect(await as('nsadmin').outcome(CREATE_ROLE, { r: role('pod-writer', [{ apiGroups: [''], resources: ['pods'], verbs: ['create', 'delete'] }]) })).toBe('OK');
      await expect(as('nsadmin').run(CREATE_ROLE, { r: role('node-reader', [{ apiGroups: [''], resources: ['nodes'], verbs: ['get'] }]) })).rejects.toThrow(
        'roles.rbac.authorization.k8s.io "node-reader" is forbidden: user "nsadmin" is attempting to grant RBAC permissions not currently held:\n{APIGroups:[""], Resources:["nodes"], Verbs:["get"]}',
      );
      expect(await as('nsadmin').outcome(CREATE_ROLE, { r: role('everything', [{ apiGroups: ['*'], resources: ['*'], verbs: ['*'] }]) })).toBe('FORBIDDEN');
    });

    it('binds edit (which it holds) but not cluster-admin, through GraphQL or apply', async () => {
      expect(await as('nsadmin').outcome(CREATE_BINDING, { b: binding('edit-too', 'ClusterRole', 'edit') })).toBe('OK');
      expect(await as('nsadmin').outcome(CREATE_BINDING, { b: binding('root', 'ClusterRole', 'cluster-admin') })).toBe('FORBIDDEN');
      const manifest = JSON.stringify({ apiVersion: `${G}/v1`, kind: 'RoleBinding', ...binding('root', 'ClusterRole', 'cluster-admin'), metadata: { name: 'root', namespace: 'team-a' } });
      expect(await as('nsadmin').outcome('mutation($m: String!) { apply(manifests: $m) { name } }', { m: manifest })).toBe('FORBIDDEN');
    });

    it('is checked on the Kubernetes REST API too (POST and merge PATCH)', async () => {
      const base = `${server.url.replace(/\/graphql$/, '')}/apis/${G}/v1/namespaces/team-a`;
      const request = (method: string, path: string, body: object, type = 'application/json') =>
        fetch(`${base}${path}`, { method, headers: { authorization: `Bearer ${tokens.nsadmin}`, 'content-type': type }, body: JSON.stringify(body) });
      const root = { apiVersion: `${G}/v1`, kind: 'RoleBinding', ...binding('rest-root', 'ClusterRole', 'cluster-admin') };
      expect((await request('POST', '/rolebindings', root)).status).toBe(403);
      expect((await request('POST', '/rolebindings', { ...root, ...binding('rest-view', 'ClusterRole', 'view') })).status).toBe(201);
      const widen = { rules: [{ apiGroups: [''], resources: ['nodes'], verbs: ['get'] }] };
      expect((await request('PATCH', '/roles/pod-writer', widen, 'application/merge-patch+json')).status).toBe(403);
    });

    it('may not widen a Role by patch, nor re-point a binding', async () => {
      const patch = { rules: [{ apiGroups: [''], resources: ['nodes'], verbs: ['get'] }] };
      expect(await as('nsadmin').outcome('mutation($p: JSON!) { patchRole(namespace: "team-a", name: "pod-writer", patch: $p) { metadata { name } } }', { p: patch })).toBe('FORBIDDEN');
      expect((await admin().run('query { role(namespace: "team-a", name: "pod-writer") { rules { resources } } }')).role.rules).toEqual([{ resources: ['pods'] }]);
    });

    it('lets system:masters grant anything', async () => {
      expect(await admin().outcome(CREATE_BINDING, { b: binding('root', 'ClusterRole', 'cluster-admin') })).toBe('OK');
      await admin().run('mutation { deleteRoleBinding(namespace: "team-a", name: "root") { metadata { name } } }');
    });
  });

  describe('bindings', () => {
    it('may not change their roleRef', async () => {
      const patch = { roleRef: { apiGroup: G, kind: 'ClusterRole', name: 'admin' } };
      expect(await admin().outcome('mutation($p: JSON!) { patchRoleBinding(namespace: "team-a", name: "ed-edits", patch: $p) { metadata { name } } }', { p: patch })).toBe('INVALID');
    });
  });
});
