/** The five subgraphs, their packages and their routing URLs on one machine (fixed local ports). */
export const SUBGRAPHS = [
  { name: "organisation", packageName: "@dongting/organisation-service", url: "http://localhost:4001/graphql" },
  { name: "requests", packageName: "@dongting/requests-service", url: "http://localhost:4002/graphql" },
  { name: "volunteers", packageName: "@dongting/volunteers-service", url: "http://localhost:4003/graphql" },
  { name: "station", packageName: "@dongting/station-service", url: "http://localhost:4004/graphql" },
  { name: "council", packageName: "@dongting/council-service", url: "http://localhost:4005/graphql" },
] as const;
