// A portal instance that does nothing but send mail, in a process of its own
// so that a test can kill it mid-send: node --conditions=react-server --import tsx.
import { connectPostgres, setDatabase } from "@/db/client";
import { createBoss } from "@/server/jobs/boss";
import { createMailTransport, workMail } from "@/server/mail-delivery";

const [databaseUrl, smtpUrl] = process.argv.slice(2);
const database = connectPostgres(databaseUrl, { max: 2 });
setDatabase(database);
const boss = createBoss(database, { supervise: false });
await boss.start();
await workMail(boss, createMailTransport(smtpUrl));
process.send?.("working");
