-- The owner index holds only objects that have ownerReferences. Every other create paid for a GIN
-- entry of an empty array (measured: 20,000 inserts of ~1 KB objects took 1.23 s with the full
-- index, 0.83 s with this one or none). Queries that use it repeat the predicate (delete-many.ts).
DROP INDEX "objects_owner_refs_idx";
CREATE INDEX "objects_owner_refs_idx" ON "objects" USING GIN (capstan_owner_refs(data))
    WHERE jsonb_typeof(data->'metadata'->'ownerReferences') = 'array';
