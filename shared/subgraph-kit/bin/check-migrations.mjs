#!/usr/bin/env node
// Fails when a service's entities and its migrations disagree: migrate a fresh database, then ask
// TypeORM which statements it would need to make the schema match the entities. Any is drift.
import { pathToFileURL } from "node:url";
import { resolve } from "node:path";
import { checkMigrationDrift } from "../dist/testing/migration-drift.js";

const modulePath = process.argv[2];
if (!modulePath) {
  console.error("usage: check-migrations <compiled module exporting `definition`>");
  process.exit(2);
}
const { definition } = await import(pathToFileURL(resolve(modulePath)).href);
const drift = await checkMigrationDrift(definition);
if (drift.length > 0) {
  console.error(`[${definition.name}] entities and migrations disagree; a migration is missing for:`);
  for (const statement of drift) console.error(`  ${statement}`);
  process.exit(1);
}
console.log(`[${definition.name}] migrations match the entities`);
