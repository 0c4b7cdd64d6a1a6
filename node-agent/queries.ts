/**
 * The GraphQL documents the agent sends, by the names its code uses. Their text is in
 * queries.graphql; `npm run codegen` types each one (api/generated/operations.ts), so
 * `client.request(GET_POD, …)` knows its variables and its result.
 */
export {
  AgentClaimDocument as GET_PERSISTENT_VOLUME_CLAIM,
  AgentConfigMapDocument as GET_CONFIG_MAP,
  AgentConfigMapFilesDocument as GET_CONFIG_MAP_FILES,
  AgentCreateLeaseDocument as CREATE_LEASE,
  AgentCreateNodeDocument as CREATE_NODE,
  AgentDeletePodDocument as DELETE_POD,
  AgentEventCountDocument as PATCH_EVENT,
  AgentEventDocument as CREATE_EVENT,
  AgentJoinDocument as JOIN_NODE,
  AgentLogChunkDocument as SEND_LOG_CHUNK,
  AgentLogRequestsDocument as AGENT_LOG_REQUESTS,
  AgentNodeDocument as GET_NODE,
  AgentNodeStatusDocument as UPDATE_NODE_STATUS,
  AgentPatchNodeDocument as PATCH_NODE,
  AgentPodDocument as GET_POD,
  AgentPodListDocument as LIST_PODS,
  AgentPodsDocument as WATCH_PODS,
  AgentPodStatusDocument as UPDATE_POD_STATUS,
  AgentRenewLeaseDocument as PATCH_LEASE,
  AgentSecretDocument as GET_SECRET,
  AgentServiceAccountDocument as GET_SERVICE_ACCOUNT,
  AgentServiceAccountTokenDocument as CREATE_SERVICE_ACCOUNT_TOKEN,
  AgentServicesDocument as LIST_SERVICES,
  AgentStreamChunkDocument as SEND_STREAM_CHUNK,
  AgentStreamRequestsDocument as AGENT_STREAM_REQUESTS,
  AgentVolumeDocument as GET_PERSISTENT_VOLUME,
} from '../api/generated/operations.ts';
