-- Pods by node (spec.nodeName, '' while unbound), in key order: every agent lists its own pods
-- with `fieldSelector: spec.nodeName=<node>` when it starts and whenever its watch resumes, and
-- the node lifecycle controller lists a node's pods. Without an index each such list read
-- every pod of the cluster (150,000 rows at Kubernetes' published size) to return ~30. The
-- expression is the pushdown of server/store/list.ts; Kubernetes' watch cache keeps the same
-- index of pods by node in memory.
CREATE INDEX "objects_pod_node_idx" ON "objects" ((coalesce(data #>> '{spec,nodeName}', '')), "namespace", "name")
    WHERE kind = 'Pod';
