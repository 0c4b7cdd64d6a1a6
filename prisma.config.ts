import { defineConfig } from 'prisma/config';

// Prisma 7 reads the URL from here (no .env loading). Migrations are applied by `capstan migrate`.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/capstan' },
});
