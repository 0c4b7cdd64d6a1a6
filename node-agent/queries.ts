/**
 * The GraphQL documents the agent sends, in one place. Selections name every field the agent
 * reads, and the whole pod status, so that a status it writes back keeps what others set.
 */

const PROBE = `exec { command } httpGet { path port host scheme httpHeaders { name value } } tcpSocket { port host }
  initialDelaySeconds timeoutSeconds periodSeconds successThreshold failureThreshold terminationGracePeriodSeconds`;

const HOOK = `exec { command } httpGet { path port host scheme httpHeaders { name value } } sleep { seconds }`;

const CONTAINER = `name image command args workingDir stdin
  ports { name containerPort hostPort protocol }
  env { name value valueFrom {
    fieldRef { fieldPath }
    resourceFieldRef { containerName resource divisor }
    configMapKeyRef { name key optional }
    secretKeyRef { name key optional } } }
  envFrom { prefix configMapRef { name optional } secretRef { name optional } }
  resources { limits requests }
  livenessProbe { ${PROBE} } readinessProbe { ${PROBE} } startupProbe { ${PROBE} }
  volumeMounts { name mountPath subPath subPathExpr readOnly mountPropagation }
  restartPolicy terminationMessagePath terminationMessagePolicy
  lifecycle { postStart { ${HOOK} } preStop { ${HOOK} } }
  securityContext { runAsUser runAsGroup runAsNonRoot readOnlyRootFilesystem privileged allowPrivilegeEscalation capabilities { add drop } }`;

const DOWNWARD_FILE = `path mode fieldRef { fieldPath } resourceFieldRef { containerName resource divisor }`;

const VOLUME = `name
  emptyDir { medium sizeLimit }
  hostPath { path type }
  configMap { name items { key path mode } defaultMode optional }
  secret { secretName items { key path mode } defaultMode optional }
  downwardAPI { items { ${DOWNWARD_FILE} } defaultMode }
  projected { defaultMode sources {
    configMap { name items { key path mode } optional }
    secret { name items { key path mode } optional }
    downwardAPI { items { ${DOWNWARD_FILE} } }
    serviceAccountToken { audience expirationSeconds path } } }
  persistentVolumeClaim { claimName readOnly }`;

const CONTAINER_STATE = `waiting { reason message } running { startedAt }
  terminated { exitCode signal reason message startedAt finishedAt containerID }`;

const CONTAINER_STATUS = `name ready restartCount image imageID containerID started
  state { ${CONTAINER_STATE} } lastState { ${CONTAINER_STATE} }`;

/** Every field of a pod the agent uses. */
export const POD_SELECTION = `
  metadata { name namespace uid resourceVersion labels annotations creationTimestamp deletionTimestamp deletionGracePeriodSeconds }
  spec {
    nodeName restartPolicy terminationGracePeriodSeconds serviceAccountName automountServiceAccountToken enableServiceLinks hostNetwork
    hostname subdomain dnsPolicy hostAliases { ip hostnames } dnsConfig { nameservers searches options { name value } }
    securityContext { runAsUser runAsGroup runAsNonRoot supplementalGroups fsGroup }
    containers { ${CONTAINER} }
    initContainers { ${CONTAINER} }
    volumes { ${VOLUME} }
  }
  status {
    phase message reason nominatedNodeName hostIP podIP podIPs { ip } startTime qosClass
    conditions { type status lastProbeTime lastTransitionTime reason message }
    initContainerStatuses { ${CONTAINER_STATUS} }
    containerStatuses { ${CONTAINER_STATUS} }
  }`;

export const WATCH_PODS = `subscription AgentPods($fieldSelector: String, $resourceVersion: String) {
  watchPods(fieldSelector: $fieldSelector, resourceVersion: $resourceVersion) { type resourceVersion object { ${POD_SELECTION} } }
}`;

export const GET_POD = `query AgentPod($namespace: String!, $name: String!) { pod(namespace: $namespace, name: $name) { ${POD_SELECTION} } }`;

export const LIST_PODS = `query AgentPods($fieldSelector: String) { pods(fieldSelector: $fieldSelector) { metadata { resourceVersion } items { ${POD_SELECTION} } } }`;

export const UPDATE_POD_STATUS = `mutation AgentPodStatus($namespace: String!, $name: String!, $status: PodStatusInput!, $resourceVersion: String) {
  updatePodStatus(namespace: $namespace, name: $name, status: $status, resourceVersion: $resourceVersion) { ${POD_SELECTION} }
}`;

export const DELETE_POD = `mutation AgentDeletePod($namespace: String!, $name: String!, $gracePeriodSeconds: Int, $resourceVersion: String) {
  deletePod(namespace: $namespace, name: $name, gracePeriodSeconds: $gracePeriodSeconds, resourceVersion: $resourceVersion) { metadata { name } }
}`;

export const JOIN_NODE = `mutation AgentJoin($nodeName: String!) { joinNode(nodeName: $nodeName) { nodeName token } }`;

const NODE_SELECTION = `metadata { name uid resourceVersion labels } spec { podCIDR podCIDRs unschedulable }
  status { conditions { type status lastHeartbeatTime lastTransitionTime reason message } }`;

export const GET_NODE = `query AgentNode($name: String!) { node(name: $name) { ${NODE_SELECTION} } }`;

export const CREATE_NODE = `mutation AgentCreateNode($node: NodeInput!) { createNode(node: $node) { ${NODE_SELECTION} } }`;

export const PATCH_NODE = `mutation AgentPatchNode($name: String!, $patch: JSON!) { patchNode(name: $name, patch: $patch) { ${NODE_SELECTION} } }`;

export const UPDATE_NODE_STATUS = `mutation AgentNodeStatus($name: String!, $status: NodeStatusInput!) {
  updateNodeStatus(name: $name, status: $status) { ${NODE_SELECTION} }
}`;

export const CREATE_LEASE = `mutation AgentCreateLease($lease: LeaseInput!) { createLease(namespace: "kube-node-lease", lease: $lease) { metadata { resourceVersion } } }`;

export const PATCH_LEASE = `mutation AgentRenewLease($name: String!, $patch: JSON!) {
  patchLease(namespace: "kube-node-lease", name: $name, patch: $patch) { metadata { resourceVersion } }
}`;

export const GET_SECRET = `query AgentSecret($namespace: String!, $name: String!) { secret(namespace: $namespace, name: $name) { metadata { name } type data } }`;

export const GET_CONFIG_MAP = `query AgentConfigMap($namespace: String!, $name: String!) { configMap(namespace: $namespace, name: $name) { metadata { name } data } }`;

export const GET_SERVICE_ACCOUNT = `query AgentServiceAccount($namespace: String!, $name: String!) {
  serviceAccount(namespace: $namespace, name: $name) { metadata { name uid } automountServiceAccountToken secrets { name namespace } }
}`;

export const LIST_SERVICES = `query AgentServices($namespace: String!) { services(namespace: $namespace) { items { metadata { name namespace } spec { type clusterIP ports { name port protocol } } } } }`;

export const CREATE_EVENT = `mutation AgentEvent($namespace: String!, $event: EventInput!) { createEvent(namespace: $namespace, event: $event) { metadata { name } } }`;

export const PATCH_EVENT = `mutation AgentEventCount($namespace: String!, $name: String!, $patch: JSON!) {
  patchEvent(namespace: $namespace, name: $name, patch: $patch) { metadata { name } }
}`;

export const AGENT_LOG_REQUESTS = `subscription AgentLogRequests {
  agentLogRequests { type requestId namespace pod podUid container follow tailLines sinceSeconds previous }
}`;

export const SEND_LOG_CHUNK = `mutation AgentLogChunk($requestId: ID!, $data: String, $done: Boolean, $error: String) {
  sendPodLogChunk(requestId: $requestId, data: $data, done: $done, error: $error)
}`;

export const AGENT_STREAM_REQUESTS = `subscription AgentStreamRequests {
  agentStreamRequests { type requestId kind namespace pod podUid container command stdin tty port data eof width height }
}`;

export const SEND_STREAM_CHUNK = `mutation AgentStreamChunk($requestId: ID!, $stream: PodStreamName, $data: String, $exitCode: Int, $error: String, $done: Boolean) {
  sendPodStreamChunk(requestId: $requestId, stream: $stream, data: $data, exitCode: $exitCode, error: $error, done: $done)
}`;

export const GET_CONFIG_MAP_FILES = `query AgentConfigMapFiles($namespace: String!, $name: String!) {
  configMap(namespace: $namespace, name: $name) { metadata { name } data binaryData }
}`;

export const GET_PERSISTENT_VOLUME_CLAIM = `query AgentClaim($namespace: String!, $name: String!) {
  persistentVolumeClaim(namespace: $namespace, name: $name) { metadata { name } spec { volumeName } status { phase } }
}`;

export const GET_PERSISTENT_VOLUME = `query AgentVolume($name: String!) {
  persistentVolume(name: $name) { metadata { name } spec { hostPath { path } local { path } } }
}`;

/** TokenRequest: a token of the pod's service account, bound to the pod (the node may ask only for pods running on it). */
export const CREATE_SERVICE_ACCOUNT_TOKEN = `mutation AgentServiceAccountToken($namespace: String!, $name: String!, $audiences: [String!], $expirationSeconds: Int, $boundObjectRef: BoundObjectReferenceInput) {
  createServiceAccountToken(namespace: $namespace, name: $name, audiences: $audiences, expirationSeconds: $expirationSeconds, boundObjectRef: $boundObjectRef) {
    token expirationTimestamp audiences expirationSeconds
  }
}`;
