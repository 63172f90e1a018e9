/** Column helpers shared by the table shapes (conventions: ../schema.ts). */
import type { ColumnType } from 'kysely';

/** A column with a default: optional on insert. */
export type Defaulted<T> = ColumnType<T, T | undefined, T>;
