-- The latest measured usage of each pod and node, served as metrics.k8s.io (kubectl top). One row
-- per object, replaced by each report of the node's agent; no resourceVersion and no event log
-- rows: usage changes every window and would churn history and watches. Every API server reads
-- the same rows, so any of them answers kubectl top whichever server the agent reports to.
CREATE TABLE "usage_samples" (
    "kind" TEXT NOT NULL,
    "namespace" TEXT NOT NULL DEFAULT '',
    "name" TEXT NOT NULL,
    "node_name" TEXT NOT NULL,
    "timestamp" TIMESTAMPTZ(3) NOT NULL,
    "window_seconds" DOUBLE PRECISION NOT NULL,
    "cpu_nanocores" BIGINT NOT NULL,
    "memory_bytes" BIGINT NOT NULL,
    "containers" JSONB NOT NULL DEFAULT '[]',

    CONSTRAINT "usage_samples_pkey" PRIMARY KEY ("kind","namespace","name")
);

CREATE INDEX "usage_samples_node_name_idx" ON "usage_samples"("node_name");
