import { refuse } from "../refusals.js";
import { askGraphAsCaller, type GraphAnswer } from "../graph/ask-graph.js";

/** What a certificate keeps of its holder and issuer: organisation's facts, as the issuing staff read them. */
export interface HolderSnapshot {
  name: string;
  /** e.g. 420106********1234; null when organisation holds no ID number (or does not offer the field yet). */
  maskedIdNumber: string | null;
  /** The communities' names by id (public), the issuer's among them. */
  communityNames: ReadonlyMap<string, string>;
}

const WITH_ID = `query CertificateHolder($person: ID!) { person(id: $person) { name maskedIdNumber } communities { id name } }`;
const NAME_ONLY = `query CertificateHolder($person: ID!) { person(id: $person) { name } communities { id name } }`;

interface Holder {
  person: { name?: string | null; maskedIdNumber?: string | null } | null;
  communities: Array<{ id: string; name: string }> | null;
}

/** The graph does not know the field (organisation's Person.maskedIdNumber is new): asked again without it. */
const unknownIdField = (answer: GraphAnswer<Holder>) =>
  !answer.data && (answer.errors ?? []).some((error) => /maskedIdNumber/.test(error.message));

/**
 * The holder's name and masked ID number and the communities' names, read over the graph with the issuing
 * staff's own token: if he may not read the name (or the graph does not answer) there is no certificate,
 * FORBIDDEN HOLDER_NOT_READABLE, before anything is written.
 */
export async function readHolder(personId: string): Promise<HolderSnapshot> {
  let answer = await askGraphAsCaller<Holder>(WITH_ID, { person: personId });
  if (answer && unknownIdField(answer)) answer = await askGraphAsCaller<Holder>(NAME_ONLY, { person: personId });
  const name = answer?.data?.person?.name?.trim();
  if (!answer?.data || !name) throw refuse.forbidden("HOLDER_NOT_READABLE", { personId });
  return {
    name,
    maskedIdNumber: answer.data.person?.maskedIdNumber ?? null,
    communityNames: new Map((answer.data.communities ?? []).map((community) => [community.id, community.name])),
  };
}
