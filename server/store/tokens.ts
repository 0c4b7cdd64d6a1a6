/**
 * Bearer tokens, kept as SHA-256 hashes only: a leaked database does not leak credentials.
 * Tokens are 32 random bytes, base64url, prefixed by their type for humans (`cst_admin_…`).
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { PrismaClient } from './prisma.ts';
import type { Identity } from './types.ts';

export interface NewToken {
  type: Identity['type'];
  subject: string;
  groups?: string[];
  description?: string;
  expiresAt?: Date;
  /** Use this secret instead of a random one (e.g. CAPSTAN_ADMIN_TOKEN). */
  token?: string;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export class TokenStore {
  constructor(private readonly prisma: PrismaClient) {}

  async create(input: NewToken): Promise<{ id: string; token: string }> {
    const token = input.token ?? `cst_${input.type}_${randomBytes(32).toString('base64url')}`;
    const id = randomUUID();
    await this.prisma.token.upsert({
      where: { hash: hashToken(token) },
      create: {
        id,
        hash: hashToken(token),
        type: input.type,
        subject: input.subject,
        groups: input.groups ?? [],
        description: input.description ?? '',
        expiresAt: input.expiresAt ?? null,
      },
      update: { type: input.type, subject: input.subject, groups: input.groups ?? [], expiresAt: input.expiresAt ?? null },
    });
    const row = await this.prisma.token.findUniqueOrThrow({ where: { hash: hashToken(token) }, select: { id: true } });
    return { id: row.id, token };
  }

  async authenticate(token: string): Promise<Identity | null> {
    if (!token) return null;
    const row = await this.prisma.token.findUnique({ where: { hash: hashToken(token) } });
    if (!row) return null;
    if (row.expiresAt && row.expiresAt.getTime() <= Date.now()) return null;
    return { user: row.subject, groups: row.groups, type: row.type as Identity['type'] };
  }

  async exists(type: Identity['type']): Promise<boolean> {
    return (await this.prisma.token.count({ where: { type } })) > 0;
  }

  async revoke(id: string): Promise<void> {
    await this.prisma.token.deleteMany({ where: { id } });
  }
}
