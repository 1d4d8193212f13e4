import "../load-env";
import { getDatabase } from "../client";
import { migrateDatabase } from "../migrate";
import { seedDatabase } from "../seed";

const database = getDatabase();
await migrateDatabase(database);
const result = await seedDatabase(database.db);
console.log(`Seed done (${database.kind}):`, result);
await database.close();
