import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { SubgraphContext } from "@dongting/subgraph-kit";
import { ACCESS } from "../access.js";
import { OrgUnit } from "../org-unit/org-unit.entity.js";
import { orgUnitById } from "../org-unit/org-unit.loader.js";
import { Person } from "../person/person.entity.js";
import { personById } from "../person/person.loader.js";
import { recordSunkDownReport, transferPartyMembership } from "./party-records.service.js";
import { SunkDownReport } from "./sunk-down-report.entity.js";
import { sunkDownReportsOf } from "./sunk-down-report.loader.js";

@Resolver(() => SunkDownReport)
export class PartyRecordsResolver {
  @Query(() => [SunkDownReport], { description: "下沉党员: the reports of a branch and the units below it, newest first (at most 500)." })
  sunkDownReports(@Arg("orgUnitId", () => ID) orgUnitId: string, @Ctx() ctx: SubgraphContext): Promise<SunkDownReport[]> {
    return sunkDownReportsOf(ctx, orgUnitId);
  }

  @FieldResolver(() => Person)
  async person(@Root() report: SunkDownReport, @Ctx() ctx: SubgraphContext): Promise<Person> {
    return (await personById(ctx).load(report.personId)) as Person;
  }

  @FieldResolver(() => OrgUnit, { description: "The branch the member belonged to when reporting." })
  async orgUnit(@Root() report: SunkDownReport, @Ctx() ctx: SubgraphContext): Promise<OrgUnit> {
    return (await orgUnitById(ctx).load(report.orgUnitId)) as OrgUnit;
  }

  @Authorized(...ACCESS.keepPartyRecords)
  @Mutation(() => Person, { description: "组织关系转接: recorded in both branches' histories." })
  transferPartyMembership(
    @Arg("personId", () => ID) personId: string,
    @Arg("toOrgUnitId", () => ID) toOrgUnitId: string,
    @Arg("on", () => String, { description: "The day of the transfer, YYYY-MM-DD, not after today." }) on: string,
    @Arg("note", () => String, { nullable: true }) note: string | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Person> {
    return transferPartyMembership(ctx, personId, toOrgUnitId, on, note);
  }

  @Authorized(...ACCESS.keepPartyRecords)
  @Mutation(() => SunkDownReport)
  recordSunkDownReport(
    @Arg("personId", () => ID) personId: string,
    @Arg("workUnit", () => String) workUnit: string,
    @Arg("reportedOn", () => String) reportedOn: string,
    @Arg("duties", () => [String]) duties: string[],
    @Ctx() ctx: SubgraphContext,
  ): Promise<SunkDownReport> {
    return recordSunkDownReport(ctx, personId, workUnit, reportedOn, duties);
  }
}
