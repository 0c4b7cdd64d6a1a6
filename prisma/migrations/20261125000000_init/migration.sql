-- CreateTable
CREATE TABLE "objects" (
    "kind" TEXT NOT NULL,
    "namespace" TEXT NOT NULL DEFAULT '',
    "name" TEXT NOT NULL,
    "uid" UUID NOT NULL,
    "resource_version" BIGINT NOT NULL,
    "data" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "objects_pkey" PRIMARY KEY ("kind","namespace","name")
);

-- CreateTable
CREATE TABLE "event_log" (
    "revision" BIGSERIAL NOT NULL,
    "type" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "namespace" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "object" JSONB NOT NULL,
    "prev_object" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "event_log_pkey" PRIMARY KEY ("revision")
);

-- CreateTable
CREATE TABLE "log_state" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "compacted_revision" BIGINT NOT NULL DEFAULT 0,
    "compacted_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "log_state_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "tokens" (
    "id" UUID NOT NULL,
    "hash" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "groups" TEXT[],
    "description" TEXT NOT NULL DEFAULT '',
    "expires_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "tokens_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "objects_kind_resource_version_idx" ON "objects"("kind", "resource_version");

-- CreateIndex
CREATE INDEX "event_log_kind_namespace_name_revision_idx" ON "event_log"("kind", "namespace", "name", "revision");

-- CreateIndex
CREATE INDEX "event_log_created_at_idx" ON "event_log"("created_at");

-- CreateIndex
CREATE UNIQUE INDEX "tokens_hash_key" ON "tokens"("hash");

-- CreateIndex
CREATE INDEX "tokens_type_subject_idx" ON "tokens"("type", "subject");
