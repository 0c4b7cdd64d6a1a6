-- When a token last authenticated a request (bumped at most every 30 s, not per request): shown
-- to admins in the bootstrap token listing, and how joinNode tells a live node's credential
-- from an abandoned one.
ALTER TABLE "tokens" ADD COLUMN "last_used_at" TIMESTAMPTZ(3);
