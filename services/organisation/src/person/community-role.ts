import { registerEnumType } from "type-graphql";

export enum CommunityRole {
  GRID_LEADER = "GRID_LEADER",
  BUILDING_LEADER = "BUILDING_LEADER",
  NEIGHBOURHOOD_LEADER = "NEIGHBOURHOOD_LEADER",
  VOLUNTEER_SUPERVISOR = "VOLUNTEER_SUPERVISOR",
}

registerEnumType(CommunityRole, { name: "CommunityRole" });
