/**
 * `@clubkit/server`: the reference Club API over SQLite (embedded) or PostgreSQL.
 * @packageDocumentation
 */
export { createClubServer, type ClubServer, type ClubServerOptions } from './app.js';
export {
  openDatabase,
  openBetterSqlite3,
  DEFAULT_DB_FILE,
  type ClubDb,
  type DbEngine,
  type OpenDatabase,
  type QueryLogger,
  type SqliteOpener,
} from './db/connect.js';
export type { KeyInput, CreatedKey } from './services/keys.js';
export type { RateLimitOptions } from './http/rate-limit.js';
export { seedDemo, type DemoSeedOptions, type DemoSeedResult } from './seed/demo.js';
export { writeDemoKeysFile } from './seed/keys-file.js';
export { routeAccessMarkdown, routeAccessTable, type RouteAccess } from './access-table.js';
