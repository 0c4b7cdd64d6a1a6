import { describe, expect, it } from 'vitest';
import { databaseName, DatabaseUrlError, parseDatabaseUrl, sessionMatches, withDatabase } from './pg-hosts.ts';

describe('parseDatabaseUrl', () => {
  it('reads every host of a multi-host URL in order, with the default port where none is given', () => {
    const t = parseDatabaseUrl('postgresql://u:pw@db1:5433,db2,[::1]:5434/capstan?target_session_attrs=read-write');
    expect(t.hosts).toEqual([
      { host: 'db1', port: 5433 },
      { host: 'db2', port: 5432 },
      { host: '::1', port: 5434 },
    ]);
    expect(t.targetSessionAttrs).toBe('read-write');
    expect(t.display).toBe('db1:5433,db2:5432,[::1]:5434/capstan');
  });

  it('makes a one-host URL per host that keeps the user, database and other options but not target_session_attrs', () => {
    const t = parseDatabaseUrl('postgres://u:pw@db1:5433,db2:5434/capstan?target_session_attrs=primary&application_name=x');
    expect(t.urlFor(t.hosts[1]!)).toBe('postgres://u:pw@db2:5434/capstan?application_name=x');
    expect(() => new URL(t.urlFor(t.hosts[0]!))).not.toThrow();
  });

  it('defaults target_session_attrs to any, as libpq does', () => {
    expect(parseDatabaseUrl('postgresql://127.0.0.1:5432/db').targetSessionAttrs).toBe('any');
  });

  it('refuses session attributes that would send writes to a standby', () => {
    expect(() => parseDatabaseUrl('postgresql://a,b/db?target_session_attrs=read-only')).toThrow(/read-only is not supported.*use read-write/);
    expect(() => parseDatabaseUrl('postgresql://a,b/db?target_session_attrs=prefer-standby')).toThrow(DatabaseUrlError);
  });

  it('refuses what is not a postgresql URL without echoing the password', () => {
    expect(() => parseDatabaseUrl('mysql://u:secret@h/db')).toThrow(/not a postgresql:\/\/ URL/);
    expect(() => parseDatabaseUrl('postgresql://u:secret@h:99999/db')).toThrow(/out of range/);
    expect(() => parseDatabaseUrl('postgresql://u:secret@h:99999/db')).not.toThrow(/secret/);
  });

  it('leaves a URL without hosts to pg', () => {
    const t = parseDatabaseUrl('postgresql:///capstan?host=/var/run/postgresql');
    expect(t.hosts).toEqual([]);
    expect(t.urlFor({ host: 'ignored', port: 1 })).toBe('postgresql:///capstan?host=%2Fvar%2Frun%2Fpostgresql');
  });
});

describe('withDatabase and databaseName', () => {
  it('swap and read the database of a multi-host URL, keeping every host and option', () => {
    const url = 'postgresql://u@db1:5432,db2:5433/capstan?target_session_attrs=read-write';
    expect(databaseName(url)).toBe('capstan');
    expect(withDatabase(url, 'postgres')).toBe('postgresql://u@db1:5432,db2:5433/postgres?target_session_attrs=read-write');
  });
});

describe('sessionMatches', () => {
  it('follows libpq: read-write wants neither recovery nor read-only, primary only no recovery, any takes all', () => {
    const primary = { inRecovery: false, readOnly: false };
    const standby = { inRecovery: true, readOnly: true };
    const readOnlyPrimary = { inRecovery: false, readOnly: true };
    expect([primary, standby, readOnlyPrimary].map((s) => sessionMatches('read-write', s))).toEqual([true, false, false]);
    expect([primary, standby, readOnlyPrimary].map((s) => sessionMatches('primary', s))).toEqual([true, false, true]);
    expect([primary, standby, readOnlyPrimary].map((s) => sessionMatches('any', s))).toEqual([true, true, true]);
  });
});
