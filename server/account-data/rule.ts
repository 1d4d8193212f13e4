import type { PgTable } from "drizzle-orm/pg-core";
import type { Tx } from "@/db/client";
import type { User } from "@/db/schema";

/**
 * What "my data" does with one table: what the member's download holds from
 * it, and what deleting the account does to it. Every table with a foreign
 * key to `users` needs one (a database test lists them from the schema).
 */
export type AccountDataRule = {
  table: PgTable;
  /** The key of this table's part in the download. */
  section: string;
  /** What the table holds about the member; never secrets such as hashes. Absent: nothing worth showing. */
  export?: (tx: Tx, user: User) => Promise<unknown>;
  /** Erases or anonymises the member's rows; runs in the deletion's transaction, before the user row goes. */
  erase: (tx: Tx, user: User) => Promise<void>;
};
