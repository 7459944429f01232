import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261124Foundation } from './20261124-foundation.migration.js';

/** Every migration in order; new ones are appended here. */
export const MIGRATIONS: MigrationObject[] = [{ name: '20261124_foundation', class: Migration20261124Foundation }];
