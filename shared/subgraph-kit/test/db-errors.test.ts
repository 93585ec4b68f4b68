import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../src/database.js";
import { constraintOf, isViolation, PG_ERROR, refuseOnViolation, type ViolationRefusal, returnedRows, sqlState } from "../src/db-errors.js";

import { openTestDatabase } from "../src/testing/test-database.js";

class CreateSlots {
  name = "CreateSlots1700000000000";
  async up(runner: { query(sql: string): Promise<unknown> }) {
    await runner.query(`CREATE TABLE room (id int PRIMARY KEY, name varchar(20) NOT NULL CONSTRAINT room_name_key UNIQUE)`);
    await runner.query(
      `CREATE TABLE slot (
        id int PRIMARY KEY,
        room_id int NOT NULL CONSTRAINT slot_room_fk REFERENCES room (id),
        during tstzrange NOT NULL,
        CONSTRAINT slot_no_overlap EXCLUDE USING gist (during WITH &&)
      )`,
    );
    await runner.query(`INSERT INTO room VALUES (1, 'A'), (2, 'B')`);
    await runner.query(`INSERT INTO slot VALUES (1, 1, '[2026-01-01 09:00+08, 2026-01-01 10:00+08)')`);
  }
  async down() {}
}

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase({ name: "kit_db_errors", entities: [], migrations: [CreateSlots] });
});
afterAll(async () => {
  await database?.close();
});

/** The error a statement fails with (TypeORM's QueryFailedError over the driver's error). */
async function failure(sql: string): Promise<unknown> {
  try {
    await database.dataSource.query(sql);
  } catch (error) {
    return error;
  }
  throw new Error(`expected ${sql} to fail`);
}

const duplicateName = () => failure(`INSERT INTO room VALUES (3, 'A')`);
const overlap = () => failure(`INSERT INTO slot VALUES (2, 2, '[2026-01-01 09:30+08, 2026-01-01 11:00+08)')`);
const unknownRoom = () => failure(`INSERT INTO slot VALUES (3, 99, '[2026-02-01 09:00+08, 2026-02-01 10:00+08)')`);

describe("database errors", () => {
  it("reads the SQLSTATE and constraint of a failed query", async () => {
    for (const [error, state, constraint] of [
      [await duplicateName(), PG_ERROR.UNIQUE_VIOLATION, "room_name_key"],
      [await overlap(), PG_ERROR.EXCLUSION_VIOLATION, "slot_no_overlap"],
      [await unknownRoom(), PG_ERROR.FOREIGN_KEY_VIOLATION, "slot_room_fk"],
    ] as const) {
      expect([sqlState(error), constraintOf(error)]).toEqual([state, constraint]);
      expect([sqlState((error as { driverError: unknown }).driverError), constraintOf({ code: state, constraint })]).toEqual([
        state,
        constraint,
      ]);
    }
    expect([sqlState(new Error("x")), sqlState(null), constraintOf("x")]).toEqual([undefined, undefined, undefined]);
  });

  it("tells which violation an error is, on which constraint", async () => {
    const error = await duplicateName();
    expect(isViolation(error, PG_ERROR.UNIQUE_VIOLATION)).toBe(true);
    expect(isViolation(error, PG_ERROR.UNIQUE_VIOLATION, "room_name_key")).toBe(true);
    expect(isViolation(error, PG_ERROR.UNIQUE_VIOLATION, "other_key")).toBe(false);
    expect(isViolation(error, PG_ERROR.EXCLUSION_VIOLATION)).toBe(false);
    // A driver that names no constraint: any constraint matches.
    expect(isViolation({ code: PG_ERROR.UNIQUE_VIOLATION }, PG_ERROR.UNIQUE_VIOLATION, "room_name_key")).toBe(true);
  });

  it("turns a named constraint's violation into its refusal, other unique and exclusion violations into CONFLICT", async () => {
    const refusals: Record<string, ViolationRefusal> = {
      slot_no_overlap: { reason: "SLOT_TAKEN", message: "overlaps another slot" },
      room_name_key: { code: "BAD_USER_INPUT", reason: "ROOM_NAME_TAKEN", message: "room name taken" },
    };
    await expect(refuseOnViolation(() => overlapInsert(), refusals)).rejects.toMatchObject({
      message: "overlaps another slot",
      extensions: { code: "CONFLICT", reason: "SLOT_TAKEN", constraint: "slot_no_overlap" },
    });
    await expect(refuseOnViolation(() => database.dataSource.query(`INSERT INTO room VALUES (3, 'A')`), refusals)).rejects.toMatchObject({
      extensions: { code: "BAD_USER_INPUT", reason: "ROOM_NAME_TAKEN", constraint: "room_name_key" },
    });
    await expect(refuseOnViolation(() => database.dataSource.query(`INSERT INTO room VALUES (3, 'B')`))).rejects.toMatchObject({
      message: "与现有数据冲突 (conflicts with existing data)",
      extensions: { code: "CONFLICT", reason: "CONFLICTS_WITH_EXISTING", constraint: "room_name_key" },
    });
    await expect(refuseOnViolation(() => unknownRoomInsert())).rejects.toSatisfy(
      (error) => sqlState(error) === PG_ERROR.FOREIGN_KEY_VIOLATION,
    );
    await expect(refuseOnViolation(async () => 7)).resolves.toBe(7);
  });

  it("reads the rows of UPDATE ... RETURNING and of SELECT alike", async () => {
    const updated = returnedRows<{ id: number }>(await database.dataSource.query(`UPDATE room SET name = name WHERE id = 1 RETURNING id`));
    const selected = returnedRows<{ id: number }>(await database.dataSource.query(`SELECT id FROM room WHERE id = 1`));
    const none = returnedRows<{ id: number }>(await database.dataSource.query(`DELETE FROM slot WHERE id = 99 RETURNING id`));
    expect([updated, selected, none]).toEqual([[{ id: 1 }], [{ id: 1 }], []]);
  });
});

function overlapInsert() {
  return database.dataSource.query(`INSERT INTO slot VALUES (2, 2, '[2026-01-01 09:30+08, 2026-01-01 11:00+08)')`);
}
function unknownRoomInsert() {
  return database.dataSource.query(`INSERT INTO slot VALUES (3, 99, '[2026-02-01 09:00+08, 2026-02-01 10:00+08)')`);
}
