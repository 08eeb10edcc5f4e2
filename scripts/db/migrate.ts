// npm run db:migrate — applies prisma/migrations/<provider>/ to DATABASE_URL.
import { describeDatabase, parseDatabaseUrl } from "../../lib/core/db/database-url";
import { applyMigrations } from "../../lib/core/db/schema-engine";

const config = parseDatabaseUrl();
const applied = await applyMigrations(config);
console.log(`${describeDatabase(config)}: ${applied.length ? `applied ${applied.join(", ")}` : "already up to date"}`);
