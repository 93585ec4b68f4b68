import type { DataSource } from "typeorm";
import { demoCommunityId, demoPersonId } from "@dongting/subgraph-kit/seed";

/*
 * A hand-built dataset; every figure below is computed by hand from this table.
 * Window: 2026-01-01 .. 2026-03-01 (Shanghai). Now: 2026-03-10.
 *
 *    grid cat   level     urg     channel     force             submitted (+08)  responded   status       rating review   overdue
 * A  G1   设施   GRID      RED     WECHAT      VOLUNTEER         01-05 10:00      in time     CLOSED       5      -        no
 * B  G1   设施   GRID      YELLOW  WECHAT      CADRE             01-10 10:00      late        CLOSED       4      unreas.  no
 * C  G1   环境   COMMUNITY GREEN   HOTLINE     PUBLIC_SERVICE    01-20 10:00      in time     IN_PROGRESS  2      reas.    yes (resolve_by 01-27)
 * D  G2   环境   GRID      GREEN   PATROL      VOLUNTEER         02-01 07:00      in time     RESOLVED     -      -        no   (UTC: still January)
 * E  G2   安全   -         -       WECHAT      -                 02-10 10:00      -           SUBMITTED    -      -        yes (respond_by 02-10 12:00)
 * F  G2   安全   STREET    RED     WECHAT      CO_BUILDING_UNIT  02-15 10:00      in time     CLOSED       3      reas.    no
 * G  -    其他   -         -       WALK_IN     -                 02-20 10:00      -           REJECTED     -      -        (excluded)
 * H  G1   设施   GRID      YELLOW  GRID_GROUP  CADRE             02-25 10:00      in time     ASSIGNED     -      -        yes (resolve_by 02-28)
 * I  -    其他   GRID      GREEN   WECHAT      CADRE             03-05 10:00      in time     CLOSED       5      -        (after the window)
 * J  G1   设施   GRID      GREEN   WECHAT      CADRE             12-31 23:30 2025 in time     CLOSED       1      reas.    (before the window)
 */
export const G1 = "6a000000-0000-4000-8000-000000000001";
export const G2 = "6a000000-0000-4000-8000-000000000002";
export const FROM = "2026-01-01T00:00:00+08:00";
export const TO = "2026-03-01T00:00:00+08:00";
export const NOW = "2026-03-10T12:00:00+08:00";

type Row = {
  grid: string | null;
  category: string;
  level: string | null;
  urgency: string | null;
  channel: string;
  force: string | null;
  submitted: string;
  respondBy: string | null;
  responded: string | null;
  resolveBy: string | null;
  status: string;
  resolved?: string;
  rating?: number;
  reasonable?: boolean;
};
const D = (local: string) => `${local}+08:00`;
const ROWS: Record<string, Row> = {
  A: {
    grid: G1,
    category: "设施维修",
    level: "GRID",
    urgency: "RED",
    channel: "WECHAT",
    force: "VOLUNTEER",
    submitted: D("2026-01-05T10:00"),
    respondBy: D("2026-01-05T12:00"),
    responded: D("2026-01-05T11:00"),
    resolveBy: D("2026-01-06T10:00"),
    status: "CLOSED",
    resolved: D("2026-01-05T18:00"),
    rating: 5,
  },
  B: {
    grid: G1,
    category: "设施维修",
    level: "GRID",
    urgency: "YELLOW",
    channel: "WECHAT",
    force: "CADRE",
    submitted: D("2026-01-10T10:00"),
    respondBy: D("2026-01-11T10:00"),
    responded: D("2026-01-12T10:00"),
    resolveBy: D("2026-01-13T10:00"),
    status: "CLOSED",
    resolved: D("2026-01-12T18:00"),
    rating: 4,
    reasonable: false,
  },
  C: {
    grid: G1,
    category: "环境卫生",
    level: "COMMUNITY",
    urgency: "GREEN",
    channel: "HOTLINE",
    force: "PUBLIC_SERVICE",
    submitted: D("2026-01-20T10:00"),
    respondBy: D("2026-01-21T10:00"),
    responded: D("2026-01-20T15:00"),
    resolveBy: D("2026-01-27T10:00"),
    status: "IN_PROGRESS",
    rating: 2,
    reasonable: true,
  },
  D: {
    grid: G2,
    category: "环境卫生",
    level: "GRID",
    urgency: "GREEN",
    channel: "PATROL",
    force: "VOLUNTEER",
    submitted: D("2026-02-01T07:00"),
    respondBy: D("2026-02-02T07:00"),
    responded: D("2026-02-01T09:00"),
    resolveBy: D("2026-02-08T07:00"),
    status: "RESOLVED",
    resolved: D("2026-02-03T10:00"),
  },
  E: {
    grid: G2,
    category: "安全隐患",
    level: null,
    urgency: null,
    channel: "WECHAT",
    force: null,
    submitted: D("2026-02-10T10:00"),
    respondBy: D("2026-02-10T12:00"),
    responded: null,
    resolveBy: null,
    status: "SUBMITTED",
  },
  F: {
    grid: G2,
    category: "安全隐患",
    level: "STREET",
    urgency: "RED",
    channel: "WECHAT",
    force: "CO_BUILDING_UNIT",
    submitted: D("2026-02-15T10:00"),
    respondBy: D("2026-02-15T12:00"),
    responded: D("2026-02-15T10:30"),
    resolveBy: D("2026-02-16T10:00"),
    status: "CLOSED",
    resolved: D("2026-02-16T08:00"),
    rating: 3,
    reasonable: true,
  },
  G: {
    grid: null,
    category: "其他",
    level: null,
    urgency: null,
    channel: "WALK_IN",
    force: null,
    submitted: D("2026-02-20T10:00"),
    respondBy: D("2026-02-21T10:00"),
    responded: null,
    resolveBy: null,
    status: "REJECTED",
  },
  H: {
    grid: G1,
    category: "设施维修",
    level: "GRID",
    urgency: "YELLOW",
    channel: "GRID_GROUP",
    force: "CADRE",
    submitted: D("2026-02-25T10:00"),
    respondBy: D("2026-02-26T10:00"),
    responded: D("2026-02-25T12:00"),
    resolveBy: D("2026-02-28T10:00"),
    status: "ASSIGNED",
  },
  I: {
    grid: null,
    category: "其他",
    level: "GRID",
    urgency: "GREEN",
    channel: "WECHAT",
    force: "CADRE",
    submitted: D("2026-03-05T10:00"),
    respondBy: D("2026-03-06T10:00"),
    responded: D("2026-03-05T11:00"),
    resolveBy: D("2026-03-12T10:00"),
    status: "CLOSED",
    resolved: D("2026-03-06T10:00"),
    rating: 5,
  },
  J: {
    grid: G1,
    category: "设施维修",
    level: "GRID",
    urgency: "GREEN",
    channel: "WECHAT",
    force: "CADRE",
    submitted: D("2025-12-31T23:30"),
    respondBy: D("2026-01-01T23:30"),
    responded: D("2026-01-01T08:00"),
    resolveBy: D("2026-01-07T23:30"),
    status: "CLOSED",
    resolved: D("2026-01-02T10:00"),
    rating: 1,
    reasonable: true,
  },
};

/** Inserts the rows above as they would stand at NOW. */
export async function insertMetricsRows(db: DataSource): Promise<void> {
  let n = 0;
  for (const [name, row] of Object.entries(ROWS)) {
    n += 1;
    const rated = row.rating ? D("2026-03-01T09:00") : null;
    // The DUE_SOON instants, closing and review confirmation are not this dataset's concern: the soon-instants
    // equal the deadlines, CLOSED rows closed when rated, every unreasonable review is confirmed.
    await db.query(
      `INSERT INTO resident_request (code, title, description, channel, category, status, level, urgency, submitted_at,
         respond_by, resolve_by, responded_at, resolved_at, submitter_id, client_request_id, grid_id,
         force_kind, assignee_name, assigned_at, rating_score, rated_at, review_reasonable, review_note, reviewed_at, community_id,
         respond_soon_at, resolve_soon_at, closed_at, review_confirmed_at)
       VALUES ($1, $2, 'x', $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24,
         $9, $10, $25, $26)`,
      [
        `DT-2026-${String(n).padStart(6, "0")}`,
        `request ${name}`,
        row.channel,
        row.category,
        row.status,
        row.level,
        row.urgency,
        row.submitted,
        row.respondBy,
        row.resolveBy,
        row.responded,
        row.resolved ?? null,
        demoPersonId(100 + n),
        name,
        row.grid,
        row.force,
        row.force ? "assignee" : null,
        row.force ? row.responded : null,
        row.rating ?? null,
        rated,
        row.reasonable ?? null,
        row.reasonable === undefined ? null : "note",
        row.reasonable === undefined ? null : rated,
        demoCommunityId(1),
        row.status === "CLOSED" ? rated : null,
        row.reasonable === false ? rated : null,
      ],
    );
  }
}
