// npm run db:seed — loads the shipped data into DATABASE_URL. Safe to repeat.
import { createPrismaClient } from "../../lib/core/db/client";
import { describeDatabase, parseDatabaseUrl } from "../../lib/core/db/database-url";
import { seedDatabase } from "../../lib/seed/seed";

const config = parseDatabaseUrl();
const db = createPrismaClient(config);
try {
  const report = await seedDatabase(db);
  console.log(`${describeDatabase(config)}: ${report}`);
} finally {
  await db.$disconnect();
}
