import { describe, expect, it } from 'vitest';
import { validatePodSpec } from './pod-spec-validation.ts';
import { FieldErrors } from './field-errors.ts';
import { container, makePod, problems } from './pod-spec-fixtures.ts';

describe('validatePodSpec', () => {
  it('accepts a realistic manifest', () => {
    const p = makePod({
      initContainers: [container({ name: 'migrate', command: ['sh', '-c', 'migrate up'] })],
      containers: [
        container({
          command: ['/bin/server'],
          args: ['--port', '8080'],
          env: [
            { name: 'MODE', value: 'prod' },
            { name: 'POD_NAME', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } },
            { name: 'APP', valueFrom: { fieldRef: { fieldPath: "metadata.labels['app']" } } },
            { name: 'DB_PASSWORD', valueFrom: { secretKeyRef: { name: 'db', key: 'password' } } },
            { name: 'LOG_LEVEL', valueFrom: { configMapKeyRef: { name: 'app', key: 'log.level', optional: true } } },
          ],
          envFrom: [{ configMapRef: { name: 'app' } }, { prefix: 'DB_', secretRef: { name: 'db' } }],
          ports: [{ name: 'http', containerPort: 8080 }, { name: 'metrics', containerPort: 9090, protocol: 'TCP' }],
          resources: { requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: 1, memory: '1Gi', 'example.com/gpu': 1 } },
          readinessProbe: { httpGet: { path: '/healthz', port: 'http' }, initialDelaySeconds: 5 },
          livenessProbe: { tcpSocket: { port: 8080 } },
          startupProbe: { exec: { command: ['cat', '/tmp/ready'] }, failureThreshold: 30 },
          volumeMounts: [{ name: 'cfg', mountPath: '/etc/app', readOnly: true }, { name: 'cache', mountPath: '/cache' }],
        }),
      ],
      volumes: [{ name: 'cfg', configMap: { name: 'app', items: [{ key: 'app.yaml', path: 'app.yaml' }] } }, { name: 'cache', emptyDir: { sizeLimit: '1Gi' } }],
      nodeSelector: { 'kubernetes.io/os': 'linux' },
      affinity: {
        nodeAffinity: {
          requiredDuringSchedulingIgnoredDuringExecution: {
            nodeSelectorTerms: [{ matchExpressions: [{ key: 'zone', operator: 'In', values: ['a', 'b'] }, { key: 'cores', operator: 'Gt', values: ['4'] }] }],
          },
          preferredDuringSchedulingIgnoredDuringExecution: [{ weight: 10, preference: { matchExpressions: [{ key: 'ssd', operator: 'Exists' }] } }],
        },
        podAntiAffinity: {
          requiredDuringSchedulingIgnoredDuringExecution: [{ labelSelector: { matchLabels: { app: 'web' } }, topologyKey: 'kubernetes.io/hostname' }],
        },
      },
      tolerations: [
        { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
        { operator: 'Exists' },
      ],
      priority: 1000,
      priorityClassName: 'high',
      terminationGracePeriodSeconds: 0,
    });
    expect(problems(p)).toEqual([]);
  });

  it('accepts every volume type the node agent provides', () => {
    const p = makePod({
      volumes: [
        { name: 'scratch', emptyDir: { medium: 'Memory', sizeLimit: '64Mi' } },
        { name: 'host', hostPath: { path: '/var/lib/app', type: 'DirectoryOrCreate' } },
        { name: 'claim', persistentVolumeClaim: { claimName: 'data', readOnly: true } },
        { name: 'info', downwardAPI: { defaultMode: 0o644, items: [{ path: 'labels', fieldRef: { fieldPath: 'metadata.labels' } }, { path: 'cpu', resourceFieldRef: { containerName: 'web', resource: 'limits.cpu', divisor: '1m' } }] } },
        {
          name: 'all',
          projected: {
            defaultMode: 0o440,
            sources: [
              { configMap: { name: 'app', items: [{ key: 'a', path: 'cfg/a' }] } },
              { secret: { name: 'creds', optional: true } },
              { downwardAPI: { items: [{ path: 'name', fieldRef: { fieldPath: "metadata.annotations['x']" } }] } },
              { serviceAccountToken: { audience: 'vault', expirationSeconds: 3600, path: 'token' } },
            ],
          },
        },
      ],
      containers: [container({ volumeMounts: [{ name: 'scratch', mountPath: '/scratch', subPathExpr: '$(POD_NAME)', mountPropagation: 'None' }, { name: 'host', mountPath: '/host', readOnly: true }] })],
    });
    expect(problems(p)).toEqual([]);
  });

  const cases: Array<[string, Record<string, any>, string]> = [
    ['requires containers', { containers: [] }, 'spec.containers: Required value'],
    ['requires a container name', { containers: [{ image: 'x' }] }, 'spec.containers[0].name: Required value'],
    ['checks container names', { containers: [container({ name: 'Web' })] }, 'spec.containers[0].name: Invalid value: "Web": a lowercase RFC 1123 label'],
    [
      'keeps container names unique across init and app containers',
      { initContainers: [container({})] },
      'spec.containers[0].name: Duplicate value: "web"',
    ],
    ['requires an image', { containers: [{ name: 'web' }] }, 'spec.containers[0].image: Required value'],
    ['rejects padded images', { containers: [container({ image: ' nginx' })] }, 'must not have leading or trailing whitespace'],
    ['wants lists of strings for command', { containers: [container({ command: 'run' })] }, 'spec.containers[0].command: Invalid value: "run": must be a list'],
    ['checks env names', { containers: [container({ env: [{ name: '1X', value: 'y' }] })] }, 'spec.containers[0].env[0].name: Invalid value: "1X": a valid environment variable name'],
    [
      'forbids value and valueFrom together',
      { containers: [container({ env: [{ name: 'X', value: 'y', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } }] })] },
      'spec.containers[0].env[0].valueFrom: Invalid value: "": may not be specified when `value` is not empty',
    ],
    [
      'wants one source per valueFrom',
      { containers: [container({ env: [{ name: 'X', valueFrom: { fieldRef: { fieldPath: 'metadata.name' }, secretKeyRef: { name: 's', key: 'k' } } }] })] },
      'may not have more than one field specified at a time',
    ],
    [
      'wants a source in valueFrom',
      { containers: [container({ env: [{ name: 'X', valueFrom: {} }] })] },
      'must specify one of: `configMapKeyRef`, `fieldRef` or `secretKeyRef`',
    ],
    [
      'knows which pod fields can be exposed',
      { containers: [container({ env: [{ name: 'X', valueFrom: { fieldRef: { fieldPath: 'spec.containers' } } }] })] },
      'spec.containers[0].env[0].valueFrom.fieldRef.fieldPath: Unsupported value: "spec.containers"',
    ],
    [
      'requires the key of a secretKeyRef',
      { containers: [container({ env: [{ name: 'X', valueFrom: { secretKeyRef: { name: 's' } } }] })] },
      'spec.containers[0].env[0].valueFrom.secretKeyRef.key: Required value',
    ],
    ['wants one envFrom source', { containers: [container({ envFrom: [{ prefix: 'X_' }] })] }, 'must specify one of: `configMapRef` or `secretRef`'],
    ['checks container ports', { containers: [container({ ports: [{ containerPort: 0 }] })] }, 'spec.containers[0].ports[0].containerPort: Invalid value: 0: must be between 1 and 65535, inclusive'],
    ['requires containerPort', { containers: [container({ ports: [{ name: 'http' }] })] }, 'spec.containers[0].ports[0].containerPort: Required value'],
    [
      'checks protocols',
      { containers: [container({ ports: [{ containerPort: 80, protocol: 'HTTP' }] })] },
      'spec.containers[0].ports[0].protocol: Unsupported value: "HTTP": supported values: "SCTP", "TCP", "UDP"',
    ],
    ['checks port names', { containers: [container({ ports: [{ containerPort: 80, name: 'HTTP' }] })] }, 'must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)'],
    [
      'keeps port names unique',
      { containers: [container({ ports: [{ containerPort: 80, name: 'http' }, { containerPort: 81, name: 'http' }] })] },
      'spec.containers[0].ports[1].name: Duplicate value: "http"',
    ],
    [
      'checks quantities',
      { containers: [container({ resources: { requests: { cpu: 'abc' } } })] },
      "spec.containers[0].resources.requests.cpu: quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'",
    ],
    [
      'keeps requests within limits',
      { containers: [container({ resources: { requests: { cpu: '2' }, limits: { cpu: '1' } } })] },
      'spec.containers[0].resources.requests.cpu: Invalid value: "2": must be less than or equal to cpu limit of 1',
    ],
    [
      'rejects negative quantities',
      { containers: [container({ resources: { requests: { memory: '-1Mi' } } })] },
      'spec.containers[0].resources.requests.memory: Invalid value: "-1Mi": must be greater than or equal to 0',
    ],
    ['knows container resources', { containers: [container({ resources: { limits: { gpu: '1' } } })] }, 'must be a standard resource for containers'],
    ['wants whole extended resources', { containers: [container({ resources: { limits: { 'example.com/gpu': '500m' } } })] }, 'must be an integer'],
    ['wants a probe handler', { containers: [container({ livenessProbe: { periodSeconds: 5 } })] }, 'spec.containers[0].livenessProbe: Required value: must specify a handler type'],
    [
      'wants one probe handler',
      { containers: [container({ readinessProbe: { exec: { command: ['true'] }, tcpSocket: { port: 80 } } })] },
      'spec.containers[0].readinessProbe.tcpSocket: Forbidden: may not specify more than 1 handler type',
    ],
    [
      'wants liveness successThreshold 1',
      { containers: [container({ livenessProbe: { tcpSocket: { port: 80 }, successThreshold: 2 } })] },
      'spec.containers[0].livenessProbe.successThreshold: Invalid value: 2: must be 1',
    ],
    [
      'wants startup successThreshold 1',
      { containers: [container({ startupProbe: { tcpSocket: { port: 80 }, successThreshold: 3 } })] },
      'spec.containers[0].startupProbe.successThreshold: Invalid value: 3: must be 1',
    ],
    ['checks probe ports', { containers: [container({ readinessProbe: { httpGet: { port: 70000 } } })] }, 'spec.containers[0].readinessProbe.httpGet.port: Invalid value: 70000: must be between 1 and 65535, inclusive'],
    ['checks named probe ports', { containers: [container({ readinessProbe: { httpGet: { port: 'Web_Port' } } })] }, 'spec.containers[0].readinessProbe.httpGet.port: Invalid value: "Web_Port"'],
    ['checks probe schemes', { containers: [container({ readinessProbe: { httpGet: { port: 80, scheme: 'FTP' } } })] }, 'Unsupported value: "FTP": supported values: "HTTP", "HTTPS"'],
    ['forbids probes on init containers', { initContainers: [container({ name: 'init', readinessProbe: { exec: { command: ['true'] } } })] }, 'spec.initContainers[0].readinessProbe: Forbidden'],
    ['checks restartPolicy', { restartPolicy: 'Sometimes' }, 'spec.restartPolicy: Unsupported value: "Sometimes": supported values: "Always", "OnFailure", "Never"'],
    ['checks terminationGracePeriodSeconds', { terminationGracePeriodSeconds: -1 }, 'spec.terminationGracePeriodSeconds: Invalid value: -1: must be greater than or equal to 0'],
    ['checks activeDeadlineSeconds', { activeDeadlineSeconds: 0 }, 'spec.activeDeadlineSeconds: Invalid value: 0: must be between 1 and 2147483647, inclusive'],
    ['checks dnsPolicy', { dnsPolicy: 'Google' }, 'spec.dnsPolicy: Unsupported value: "Google"'],
    ['checks node names', { nodeName: 'Node_1' }, 'spec.nodeName: Invalid value: "Node_1": a lowercase RFC 1123 subdomain'],
    ['checks nodeSelector keys', { nodeSelector: { 'bad key': 'x' } }, 'spec.nodeSelector: Invalid value: "bad key": name part must consist of'],
    [
      'wants node selector terms',
      { affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [] } } } },
      'spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms: Required value: must have at least one node selector term',
    ],
    [
      'wants values for In',
      { affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions: [{ key: 'zone', operator: 'In' }] }] } } } },
      "nodeSelectorTerms[0].matchExpressions[0].values: Required value: must be specified when `operator` is 'In' or 'NotIn'",
    ],
    [
      'forbids values for Exists',
      { affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions: [{ key: 'zone', operator: 'Exists', values: ['a'] }] }] } } } },
      "matchExpressions[0].values: Forbidden: may not be specified when `operator` is 'Exists' or 'DoesNotExist'",
    ],
    [
      'wants one value for Gt',
      { affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions: [{ key: 'cores', operator: 'Gt', values: ['1', '2'] }] }] } } } },
      "must be specified single value when `operator` is 'Lt' or 'Gt'",
    ],
    [
      'checks node selector operators',
      { affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions: [{ key: 'a', operator: 'Has' }] }] } } } },
      'matchExpressions[0].operator: Unsupported value: "Has": supported values: "In", "NotIn", "Exists", "DoesNotExist", "Gt", "Lt"',
    ],
    [
      'checks preferred weights',
      { affinity: { nodeAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [{ weight: 0, preference: {} }] } } },
      'spec.affinity.nodeAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].weight: Invalid value: 0: must be between 1 and 100, inclusive',
    ],
    [
      'wants a topologyKey in pod anti-affinity',
      { affinity: { podAntiAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [{ labelSelector: { matchLabels: { app: 'web' } } }] } } },
      'spec.affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].topologyKey: Required value: can not be empty',
    ],
    [
      'checks pod affinity label selectors',
      { affinity: { podAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [{ labelSelector: { matchExpressions: [{ key: 'app', operator: 'Equals', values: ['x'] }] }, topologyKey: 'zone' }] } } },
      'labelSelector.matchExpressions[0].operator: Invalid value: "Equals": not a valid selector operator',
    ],
    ['wants Exists for key-less tolerations', { tolerations: [{ value: 'x' }] }, 'spec.tolerations[0].operator: Invalid value: "Equal": operator must be Exists when `key` is empty'],
    ['wants no value with Exists', { tolerations: [{ key: 'k', operator: 'Exists', value: 'v' }] }, "spec.tolerations[0].value: Invalid value: \"v\": value must be empty when `operator` is 'Exists'"],
    ['checks toleration effects', { tolerations: [{ key: 'k', operator: 'Exists', effect: 'NoRun' }] }, 'spec.tolerations[0].effect: Unsupported value: "NoRun"'],
    [
      'allows tolerationSeconds only with NoExecute',
      { tolerations: [{ key: 'k', operator: 'Exists', effect: 'NoSchedule', tolerationSeconds: 5 }] },
      "spec.tolerations[0].effect: Invalid value: \"NoSchedule\": effect must be 'NoExecute' when `tolerationSeconds` is set",
    ],
    ['checks toleration operators', { tolerations: [{ key: 'k', operator: 'In' }] }, 'spec.tolerations[0].operator: Unsupported value: "In": supported values: "Exists", "Equal"'],
    ['wants one volume source', { volumes: [{ name: 'v', emptyDir: {}, configMap: { name: 'c' } }] }, 'spec.volumes[0].configMap: Forbidden: may not specify more than 1 volume type'],
    ['names unsupported volume types', { volumes: [{ name: 'v', nfs: { server: 'x', path: '/' } }] }, 'spec.volumes[0].nfs: Forbidden: volume type "nfs" is not supported'],
    ['checks hostPath types', { volumes: [{ name: 'v', hostPath: { path: '/x', type: 'Folder' } }] }, 'spec.volumes[0].hostPath.type: Unsupported value: "Folder"'],
    ['wants a claim name', { volumes: [{ name: 'v', persistentVolumeClaim: { claimName: '' } }] }, 'spec.volumes[0].persistentVolumeClaim.claimName: Required value'],
    [
      'wants one of fieldRef or resourceFieldRef per downward API file',
      { volumes: [{ name: 'v', downwardAPI: { items: [{ path: 'x', fieldRef: { fieldPath: 'metadata.name' }, resourceFieldRef: { containerName: 'c', resource: 'limits.cpu' } }] } }] },
      'spec.volumes[0].downwardAPI.items[0]: Invalid value: "": must specify exactly one of `fieldRef` or `resourceFieldRef`',
    ],
    ['allows only pod metadata in downward API files', { volumes: [{ name: 'v', downwardAPI: { items: [{ path: 'ip', fieldRef: { fieldPath: 'status.podIP' } }] } }] }, 'spec.volumes[0].downwardAPI.items[0].fieldRef.fieldPath: Unsupported value: "status.podIP"'],
    ['keeps downward API file paths relative', { volumes: [{ name: 'v', downwardAPI: { items: [{ path: '../x', fieldRef: { fieldPath: 'metadata.name' } }] } }] }, `spec.volumes[0].downwardAPI.items[0].path: Invalid value: "../x": must not contain '..'`],
    ['wants one source per projection', { volumes: [{ name: 'v', projected: { sources: [{ configMap: { name: 'a' }, secret: { name: 'b' } }] } }] }, 'spec.volumes[0].projected.sources[0].secret: Forbidden: may not specify more than 1 source type'],
    ['wants token paths', { volumes: [{ name: 'v', projected: { sources: [{ serviceAccountToken: { expirationSeconds: 3600 } }] } }] }, 'spec.volumes[0].projected.sources[0].serviceAccountToken.path: Required value'],
    ['wants absolute mount paths', { volumes: [{ name: 'data', emptyDir: {} }], containers: [container({ volumeMounts: [{ name: 'data', mountPath: 'data' }] })] }, 'spec.containers[0].volumeMounts[0].mountPath: Invalid value: "data": must be an absolute path'],
    [
      'keeps subPath and subPathExpr apart',
      { volumes: [{ name: 'data', emptyDir: {} }], containers: [container({ volumeMounts: [{ name: 'data', mountPath: '/d', subPath: 'a', subPathExpr: '$(POD_NAME)' }] })] },
      'spec.containers[0].volumeMounts[0].subPathExpr: Invalid value: "$(POD_NAME)": subPathExpr and subPath are mutually exclusive',
    ],
    ['keeps subPathExpr inside the volume', { volumes: [{ name: 'data', emptyDir: {} }], containers: [container({ volumeMounts: [{ name: 'data', mountPath: '/d', subPathExpr: '../$(POD_NAME)' }] })] }, `spec.containers[0].volumeMounts[0].subPathExpr: Invalid value: "../$(POD_NAME)": must not contain '..'`],
    ['keeps volume names unique', { volumes: [{ name: 'v', emptyDir: {} }, { name: 'v', emptyDir: {} }] }, 'spec.volumes[1].name: Duplicate value: "v"'],
    ['wants mounts of existing volumes', { containers: [container({ volumeMounts: [{ name: 'data', mountPath: '/data' }] })] }, 'spec.containers[0].volumeMounts[0].name: Not found: "data"'],
    [
      'wants host ports equal to container ports on the host network',
      { hostNetwork: true, containers: [container({ ports: [{ containerPort: 80, hostPort: 8080 }] })] },
      'spec.containers[0].ports[0].hostPort: Invalid value: 8080: must match `containerPort` when `hostNetwork` is true',
    ],
    [
      'keeps host ports unique',
      { containers: [container({ ports: [{ containerPort: 80, hostPort: 80 }] }), container({ name: 'b', ports: [{ containerPort: 81, hostPort: 80 }] })] },
      'spec.containers[1].ports[0].hostPort: Duplicate value: "80/TCP"',
    ],
    ['keeps container restart policies to init containers', { containers: [container({ restartPolicy: 'Always' })] }, 'spec.containers[0].restartPolicy: Forbidden: may not be set for non-init containers'],
    ['knows only Always as a container restart policy', { initContainers: [container({ name: 'proxy', restartPolicy: 'Never' })] }, 'spec.initContainers[0].restartPolicy: Unsupported value: "Never"'],
    ['keeps lifecycle hooks off plain init containers', { initContainers: [container({ name: 'setup', lifecycle: { postStart: { exec: { command: ['true'] } } } })] }, 'spec.initContainers[0].lifecycle: Forbidden'],
    ['wants one handler per hook', { containers: [container({ lifecycle: { preStop: { exec: { command: ['true'] }, sleep: { seconds: 1 } } } })] }, 'spec.containers[0].lifecycle.preStop.sleep: Forbidden: may not specify more than 1 handler type'],
    ['wants user ids that are not negative', { securityContext: { runAsUser: -1 } }, 'spec.securityContext.runAsUser: Invalid value: -1'],
    ['refuses runAsNonRoot with runAsUser 0', { containers: [container({ securityContext: { runAsUser: 0, runAsNonRoot: true } })] }, 'spec.containers[0].securityContext.runAsNonRoot: Invalid value: true'],
  ];
  it('accepts sidecars (init containers with restartPolicy Always), with probes and hooks', () => {
    const sidecar = container({
      name: 'proxy',
      restartPolicy: 'Always',
      readinessProbe: { exec: { command: ['true'] } },
      lifecycle: { postStart: { httpGet: { port: 80 } }, preStop: { sleep: { seconds: 2 } } },
      securityContext: { runAsUser: 1000, runAsNonRoot: true, capabilities: { drop: ['ALL'] } },
    });
    expect(problems(makePod({ initContainers: [sidecar], securityContext: { fsGroup: 2000, supplementalGroups: [3000] } }))).toEqual([]);
  });
  it.each(cases)('%s', (_name, spec, expected) => {
    const found = problems(makePod(spec));
    expect(found.some((p) => p.includes(expected)), `${expected}\nnot in\n${found.join('\n')}`).toBe(true);
  });

  it('wants a spec', () => {
    const errs = new FieldErrors();
    validatePodSpec(undefined, 'spec.template.spec', errs);
    expect(errs.list).toEqual([{ field: 'spec.template.spec', message: 'Required value' }]);
  });
});
