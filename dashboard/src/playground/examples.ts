/** The operations the playground opens with, one tab each. */
export const exampleTabs = [
  {
    query: `# Pods in every namespace, with where they run.
query ListPods($namespace: String, $labelSelector: String) {
  pods(namespace: $namespace, labelSelector: $labelSelector) {
    metadata { resourceVersion }
    items {
      metadata { namespace name labels }
      spec { nodeName }
      status { phase podIP }
    }
  }
}
`,
    variables: '{\n  "namespace": null,\n  "labelSelector": null\n}\n',
  },
  {
    query: `# The current pods (ADDED…, then a BOOKMARK), then every change, live.
# The result pane shows the latest event.
subscription WatchPods($namespace: String) {
  watchPods(namespace: $namespace) {
    type
    resourceVersion
    object {
      metadata { namespace name resourceVersion }
      spec { nodeName }
      status { phase }
    }
  }
}
`,
    variables: '{\n  "namespace": "default"\n}\n',
  },
  {
    query: `# Kubernetes YAML, one or more documents; dryRun: true only reports.
mutation ApplyManifest($manifests: String!, $dryRun: Boolean) {
  apply(manifests: $manifests, dryRun: $dryRun) {
    kind
    namespace
    name
    action
  }
}
`,
    variables: JSON.stringify(
      {
        dryRun: false,
        manifests: [
          'apiVersion: v1',
          'kind: ConfigMap',
          'metadata:',
          '  name: hello',
          '  namespace: default',
          'data:',
          '  greeting: hi',
          '',
        ].join('\n'),
      },
      null,
      2,
    ),
  },
];
