import type { DbEngine } from '../db/connect.js';
import type { KeyStore } from './keys.js';
import type { MerchantDirectory } from './merchant-directory.js';

/** What routes share beyond the database: caches, key management and configuration. */
export interface Services {
  merchants: MerchantDirectory;
  keys: KeyStore;
  /** IANA zone that decides the club's "today". */
  timeZone: string;
  /** Issuer prefix of new card numbers. */
  cardPrefix: string;
  sessionTtlSeconds: number;
  /** Lifetime of staff session tokens in seconds. */
  staffSessionTtlSeconds: number;
  engine: DbEngine;
  migration: string;
}
