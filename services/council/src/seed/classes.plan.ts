import {
  DEMO_PEOPLE_COUNT,
  demoCommunityId,
  demoNeighbourhoodId,
  demoPersonId,
  NEIGHBOURHOOD_COUNT,
  neighbourhoodOfPerson,
} from "@dongting/subgraph-kit/seed";
import { CommitteePost } from "../domain/enums.js";
import { seedClassId } from "./ids.js";

/** Dongting runs 54 resident classes (居民班级) through the district's community-education school. */
export const SEED_CLASS_COUNT = 54;

export interface PlannedClass {
  k: number;
  id: string;
  name: string;
  neighbourhoodId: string;
  /** Person indexes of its members; the monitor first, then the deputy and two 委员. */
  members: number[];
  monitor: number;
  committee: Array<{ person: number; post: CommitteePost }>;
}

/** Class k's neighbourhoods: the 242 split into 54 consecutive runs of four or five. */
const range = (k: number) => ({
  first: Math.floor(((k - 1) * NEIGHBOURHOOD_COUNT) / SEED_CLASS_COUNT) + 1,
  last: Math.floor((k * NEIGHBOURHOOD_COUNT) / SEED_CLASS_COUNT),
});

/**
 * The 54 classes: class k gathers the demo people living in its neighbourhoods (persona 4, 陈晓, is in class 1;
 * personas 5 and 6 in class 2). Its monitor is the leader of its first neighbourhood (person 242 + first, who
 * lives there); the deputy and two 委员 are the next residents that are not personas.
 */
export function planClasses(): PlannedClass[] {
  return Array.from({ length: SEED_CLASS_COUNT }, (_, i) => {
    const k = i + 1;
    const { first, last } = range(k);
    const people: number[] = [];
    for (let n = 1; n <= DEMO_PEOPLE_COUNT; n += 1) {
      const home = neighbourhoodOfPerson(n);
      if (home >= first && home <= last) people.push(n);
    }
    const monitor = NEIGHBOURHOOD_COUNT + first;
    const others = people.filter((n) => n !== monitor && n > 7);
    const members = [monitor, ...people.filter((n) => n !== monitor)];
    const committee = [
      { person: monitor, post: CommitteePost.MONITOR },
      { person: others[0], post: CommitteePost.DEPUTY_MONITOR },
      { person: others[1], post: CommitteePost.MEMBER },
      { person: others[2], post: CommitteePost.MEMBER },
    ];
    return { k, id: seedClassId(k), name: `东亭居民${k}班`, neighbourhoodId: demoNeighbourhoodId(first), members, monitor, committee };
  });
}

export const DONGTING = demoCommunityId(1);

/** The rows of the classes and their members (committee posts on the member rows), joined a year and more ago. */
export function classRows(classes: PlannedClass[], now: Date) {
  const joinedAt = new Date(now.getTime() - 400 * 86_400_000);
  const classRowsOut = classes.map((c) => ({
    id: c.id,
    name: c.name,
    communityId: DONGTING,
    neighbourhoodId: c.neighbourhoodId,
    createdAt: joinedAt,
  }));
  const memberRows = classes.flatMap((c) =>
    c.members.map((n, i) => ({
      classId: c.id,
      personId: demoPersonId(n),
      post: c.committee.find((seat) => seat.person === n)?.post ?? null,
      joinedAt: new Date(joinedAt.getTime() + i * 60_000),
    })),
  );
  return { classRows: classRowsOut, memberRows };
}
