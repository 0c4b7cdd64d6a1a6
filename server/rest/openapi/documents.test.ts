import { describe, expect, it } from 'vitest';
import { KINDS } from '../../kinds/registry.ts';
import { kubernetesDefinitions, type OpenApiObject } from './definitions.ts';
import { buildOpenApiDocuments, groupVersionPath, type SerializedDocument } from './documents.ts';
import type { ServedKind } from './operations.ts';

const defs = kubernetesDefinitions();
const parse = (doc: SerializedDocument) => JSON.parse(doc.json.toString('utf8')) as OpenApiObject;
const served = (kind: string) => Object.values(KINDS).find((k) => k.kind === kind)!;

type Schemas = Record<string, OpenApiObject & { properties: Record<string, OpenApiObject> }>;

describe('buildOpenApiDocuments', () => {
  const all = buildOpenApiDocuments(Object.values(KINDS), defs);
  const index = parse(all.v3Index) as { paths: Record<string, { serverRelativeURL: string }> };

  describe('for the kinds in KINDS', () => {
    it('finds a Kubernetes definition for every served kind', () => {
      expect(all.unknownKinds).toEqual([]);
    });

    it('lists a group version in the v3 index for each served kind, with its document hash', () => {
      for (const def of Object.values(KINDS)) {
        const gv = groupVersionPath(def.apiVersion);
        expect(index.paths[gv], `${def.apiVersion} ${def.kind}`).toBeDefined();
        expect(index.paths[gv]!.serverRelativeURL).toBe(`/openapi/v3/${gv}?hash=${all.v3.get(gv)!.hash}`);
      }
      expect(Object.keys(index.paths).sort()).toEqual([...new Set(Object.values(KINDS).map((k) => groupVersionPath(k.apiVersion)))].sort());
    });

    it('gives each served kind a schema tagged with its group, version and kind', () => {
      for (const def of Object.values(KINDS)) {
        const doc = parse(all.v3.get(groupVersionPath(def.apiVersion))!);
        const schemas = (doc.components as { schemas: Schemas }).schemas;
        const [group, version] = def.apiVersion.includes('/') ? def.apiVersion.split('/') : ['', def.apiVersion];
        const tagged = Object.values(schemas).filter((s) =>
          ((s['x-kubernetes-group-version-kind'] ?? []) as OpenApiObject[]).some((g) => g.group === group && g.version === version && g.kind === def.kind),
        );
        expect(tagged, `${def.apiVersion} ${def.kind}`).toHaveLength(1);
      }
    });

    it('resolves every $ref of every document', () => {
      for (const [gv, serialized] of all.v3) {
        const doc = parse(serialized);
        const names = new Set(Object.keys((doc.components as { schemas: Schemas }).schemas));
        for (const ref of serialized.json.toString().matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)) expect(names.has(ref[1]!), `${gv}: ${ref[1]}`).toBe(true);
      }
      const v2 = parse(all.v2);
      const names = new Set(Object.keys(v2.definitions as object));
      const refs = [...all.v2.json.toString().matchAll(/"\$ref":"([^"]+)"/g)].map((m) => m[1]!);
      expect(refs.length).toBeGreaterThan(100);
      for (const ref of refs) expect(ref.startsWith('#/definitions/') && names.has(ref.slice('#/definitions/'.length)), ref).toBe(true);
    });
  });

  describe('the Pod schema', () => {
    const v1 = parse(all.v3.get('api/v1')!);
    const schemas = (v1.components as { schemas: Schemas }).schemas;

    it('has its fields with Kubernetes descriptions', () => {
      const pod = schemas['io.k8s.api.core.v1.Pod']!;
      expect(pod['x-kubernetes-group-version-kind']).toEqual([{ group: '', version: 'v1', kind: 'Pod' }]);
      expect(Object.keys(pod.properties).sort()).toEqual(['apiVersion', 'kind', 'metadata', 'spec', 'status']);
      expect(pod.properties.spec!.description).toMatch(/^Specification of the desired behavior of the pod/);
      const spec = schemas['io.k8s.api.core.v1.PodSpec']!;
      expect(spec.properties.containers!.description).toMatch(/^List of containers belonging to the pod/);
      expect(spec.properties.restartPolicy!.description).toMatch(/Restart policy for all containers within the pod/);
      const container = schemas['io.k8s.api.core.v1.Container']!;
      expect(container.required).toEqual(['name']);
      expect(container.properties.image!.description).toMatch(/^Container image name/);
    });

    it('has the fields Kubernetes added after 1.27, the version of the base definitions', () => {
      const container = schemas['io.k8s.api.core.v1.Container']!.properties;
      expect(container.restartPolicy).toMatchObject({ type: 'string', description: expect.stringMatching(/^RestartPolicy defines the restart behavior of individual containers/) });
      expect(schemas['io.k8s.api.core.v1.LifecycleHandler']!.properties.sleep!.$ref ?? schemas['io.k8s.api.core.v1.LifecycleHandler']!.properties.sleep!.allOf).toBeDefined();
      expect(schemas['io.k8s.api.core.v1.SleepAction']!.required).toEqual(['seconds']);
    });

    it('wraps a $ref that has a description in allOf, as kube-apiserver does', () => {
      const pod = schemas['io.k8s.api.core.v1.Pod']!;
      expect(pod.properties.spec!.allOf).toEqual([{ $ref: '#/components/schemas/io.k8s.api.core.v1.PodSpec' }]);
      expect(pod.properties.spec!.$ref).toBeUndefined();
    });

    it('carries the strategic-merge-patch keys of containers and what they hold', () => {
      const spec = schemas['io.k8s.api.core.v1.PodSpec']!.properties;
      expect(spec.containers).toMatchObject({ 'x-kubernetes-patch-merge-key': 'name', 'x-kubernetes-patch-strategy': 'merge' });
      expect(spec.initContainers).toMatchObject({ 'x-kubernetes-patch-merge-key': 'name', 'x-kubernetes-patch-strategy': 'merge' });
      expect(spec.volumes).toMatchObject({ 'x-kubernetes-patch-merge-key': 'name', 'x-kubernetes-patch-strategy': 'merge,retainKeys' });
      const container = schemas['io.k8s.api.core.v1.Container']!.properties;
      expect(container.env).toMatchObject({ 'x-kubernetes-patch-merge-key': 'name', 'x-kubernetes-patch-strategy': 'merge' });
      expect(container.volumeMounts).toMatchObject({ 'x-kubernetes-patch-merge-key': 'mountPath', 'x-kubernetes-patch-strategy': 'merge' });
      expect(container.ports).toMatchObject({
        'x-kubernetes-patch-merge-key': 'containerPort',
        'x-kubernetes-patch-strategy': 'merge',
        'x-kubernetes-list-type': 'map',
        'x-kubernetes-list-map-keys': ['containerPort', 'protocol'],
      });
    });
  });

  describe('paths', () => {
    const onlyPods = buildOpenApiDocuments([served('Pod')], defs);
    const v1 = parse(onlyPods.v3.get('api/v1')!) as { paths: Record<string, Record<string, OpenApiObject>>; components: { schemas: Schemas } };

    it('come only from the served kinds', () => {
      expect([...onlyPods.v3.keys()]).toEqual(['api/v1']);
      expect(Object.keys(v1.paths).sort()).toEqual([
        '/api/v1/namespaces/{namespace}/pods',
        '/api/v1/namespaces/{namespace}/pods/{name}',
        '/api/v1/namespaces/{namespace}/pods/{name}/status',
        '/api/v1/pods',
      ]);
      expect(v1.components.schemas['io.k8s.api.core.v1.Service']).toBeUndefined();
      expect(Object.keys((parse(onlyPods.v2) as { paths: object }).paths)).toHaveLength(4);
    });

    it('declare fieldValidation on PATCH with the kind, which kubectl reads to let the server validate fields', () => {
      const patch = v1.paths['/api/v1/namespaces/{namespace}/pods/{name}']!.patch!;
      expect(patch.operationId).toBe('patchCoreV1NamespacedPod');
      expect(patch['x-kubernetes-action']).toBe('patch');
      expect(patch['x-kubernetes-group-version-kind']).toEqual({ group: '', version: 'v1', kind: 'Pod' });
      expect((patch.parameters as OpenApiObject[]).map((p) => `${p.in}:${p.name}`)).toEqual(['query:dryRun', 'query:fieldManager', 'query:fieldValidation', 'query:force']);
    });

    it('name cluster-scoped kinds without a namespace and groups by their prefix', () => {
      const docs = buildOpenApiDocuments([served('Node'), served('Deployment')], defs);
      const nodes = parse(docs.v3.get('api/v1')!) as { paths: Record<string, Record<string, OpenApiObject>> };
      expect(Object.keys(nodes.paths).sort()).toEqual(['/api/v1/nodes', '/api/v1/nodes/{name}', '/api/v1/nodes/{name}/status']);
      expect(nodes.paths['/api/v1/nodes/{name}']!.get!.operationId).toBe('readCoreV1Node');
      const apps = parse(docs.v3.get('apis/apps/v1')!) as { paths: Record<string, Record<string, OpenApiObject>> };
      expect(apps.paths['/apis/apps/v1/namespaces/{namespace}/deployments/{name}']!.put!.operationId).toBe('replaceAppsV1NamespacedDeployment');
      expect(apps.paths['/apis/apps/v1/deployments']!.get!.operationId).toBe('listAppsV1DeploymentForAllNamespaces');
    });

    it('are written in Swagger 2.0 form in the v2 document', () => {
      const v2 = parse(onlyPods.v2) as { swagger: string; paths: Record<string, Record<string, OpenApiObject>> };
      expect(v2.swagger).toBe('2.0');
      const put = v2.paths['/api/v1/namespaces/{namespace}/pods/{name}']!.put!;
      expect((put.parameters as OpenApiObject[])[0]).toEqual({ in: 'body', name: 'body', required: true, schema: { $ref: '#/definitions/io.k8s.api.core.v1.Pod' } });
      expect((put.parameters as OpenApiObject[]).find((p) => p.name === 'fieldValidation')).toMatchObject({ in: 'query', type: 'string' });
      expect((put.responses as Record<string, OpenApiObject>)['200']).toEqual({ description: 'OK', schema: { $ref: '#/definitions/io.k8s.api.core.v1.Pod' } });
    });
  });

  it('has the schemas of every stable Kubernetes group, for kinds not served yet', () => {
    for (const [apiVersion, kind] of [
      ['storage.k8s.io/v1', 'StorageClass'],
      ['networking.k8s.io/v1', 'Ingress'],
      ['policy/v1', 'PodDisruptionBudget'],
      ['autoscaling/v2', 'HorizontalPodAutoscaler'],
      ['v1', 'PersistentVolumeClaim'],
    ]) {
      const made: ServedKind = { kind: kind as never, apiVersion: apiVersion!, plural: `${kind!.toLowerCase()}s`, namespaced: true, hasStatusSubresource: true };
      expect(buildOpenApiDocuments([made], defs).unknownKinds, `${apiVersion} ${kind}`).toEqual([]);
    }
  });

  it('keeps a property named $ref (JSONSchemaProps) when rewriting references for OpenAPI 3', () => {
    const crd: ServedKind = { kind: 'CustomResourceDefinition' as never, apiVersion: 'apiextensions.k8s.io/v1', plural: 'customresourcedefinitions', namespaced: false, hasStatusSubresource: true };
    const doc = parse(buildOpenApiDocuments([crd], defs).v3.get('apis/apiextensions.k8s.io/v1')!) as { components: { schemas: Schemas } };
    const props = doc.components.schemas['io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaProps']!.properties;
    expect(props.$ref).toEqual({ type: 'string' });
    expect(props.items).toEqual({ $ref: '#/components/schemas/io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaPropsOrArray' });
  });

  it('serves a kind Kubernetes has no definition for with an open schema, and says so', () => {
    const made: ServedKind = { kind: 'Widget' as never, apiVersion: 'example.com/v1', plural: 'widgets', namespaced: true, hasStatusSubresource: false };
    const docs = buildOpenApiDocuments([served('Pod'), made], defs);
    expect(docs.unknownKinds).toEqual(['example.com/v1 Widget']);
    expect([...docs.v3.keys()]).toEqual(['api/v1', 'apis/example.com/v1']);
    const doc = parse(docs.v3.get('apis/example.com/v1')!) as { paths: Record<string, Record<string, OpenApiObject>>; components: { schemas: Schemas } };
    expect(doc.components.schemas['dev.capstan.example.com.v1.Widget']).toMatchObject({
      type: 'object',
      'x-kubernetes-preserve-unknown-fields': true,
      'x-kubernetes-group-version-kind': [{ group: 'example.com', version: 'v1', kind: 'Widget' }],
    });
    expect(doc.paths['/apis/example.com/v1/namespaces/{namespace}/widgets/{name}']!.patch!['x-kubernetes-group-version-kind']).toEqual({ group: 'example.com', version: 'v1', kind: 'Widget' });
  });
});
