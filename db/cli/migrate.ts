import "../load-env";
import { getDatabase } from "../client";
import { migrateDatabase } from "../migrate";

const database = getDatabase();
await migrateDatabase(database);
console.log(`Migrations applied (${database.kind}).`);
await database.close();
