import { checkInScope, notFound, requireId, type SubgraphContext } from "@dongting/subgraph-kit";
import { ACCESS, recordMembersListed } from "../access.js";
import { orgUnitById } from "../org-unit/org-unit.loader.js";
import { SunkDownReport } from "./sunk-down-report.entity.js";

interface ReportRow {
  id: string;
  person_id: string;
  org_unit_id: string;
  work_unit: string;
  reported_on: string | Date;
  duties: string[] | string;
  created_at: Date | string;
}

/** Drivers hand a date back as text or as a Date at local midnight (node-postgres): always "YYYY-MM-DD". */
const dateText = (value: string | Date): string =>
  typeof value === "string"
    ? value.slice(0, 10)
    : `${value.getFullYear()}-${String(value.getMonth() + 1).padStart(2, "0")}-${String(value.getDate()).padStart(2, "0")}`;
const textArray = (value: string[] | string): string[] =>
  Array.isArray(value)
    ? value
    : value
        .replace(/^\{|\}$/g, "")
        .split(",")
        .filter(Boolean)
        .map((item) => item.replace(/^"|"$/g, ""));

/**
 * The sunk-down reports of a branch and every unit below it (a 党支部 lists its groups' members too),
 * newest first: party records, so only for viewers whose party-membership reading reaches the unit's
 * community; each report names a member, recorded as a sensitive read like a member list.
 */
export async function sunkDownReportsOf(ctx: SubgraphContext, orgUnitId: string): Promise<SunkDownReport[]> {
  requireId("OrgUnit", orgUnitId);
  const unit = await orgUnitById(ctx).load(orgUnitId);
  if (!unit) throw notFound("OrgUnit", orgUnitId);
  await checkInScope(
    ctx,
    ACCESS.readPartyMembership,
    unit.communityId ? { communityId: unit.communityId } : null,
    "read",
    "this party organisation",
  );
  const rows: ReportRow[] = await ctx.db.query(
    `SELECT r."id", r."person_id", r."org_unit_id", r."work_unit", r."reported_on"::text AS "reported_on", r."duties", r."created_at"
     FROM "sunk_down_report" r JOIN "org_unit" u ON u."id" = r."org_unit_id" JOIN "org_unit" scope ON scope."id" = $1
     WHERE u."path" <@ scope."path"
     ORDER BY r."reported_on" DESC, r."created_at" DESC, r."id"
     LIMIT 500`,
    [orgUnitId],
  );
  const reports = rows.map((row) =>
    Object.assign(new SunkDownReport(), {
      id: row.id,
      personId: row.person_id,
      orgUnitId: row.org_unit_id,
      workUnit: row.work_unit,
      reportedOn: dateText(row.reported_on),
      duties: textArray(row.duties),
      createdAt: new Date(row.created_at),
    }),
  );
  recordMembersListed(
    ctx,
    reports.map((report) => ({ id: report.personId })),
    "Query.sunkDownReports",
  );
  return reports;
}
