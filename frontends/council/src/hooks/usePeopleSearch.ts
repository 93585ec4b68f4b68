import { useMemo } from "react";
import { useQuery } from "@apollo/client/react";
import { SEARCH_PEOPLE } from "../graph/classes";

/** The person picker's search: `people(search)` in the organisation graph, nothing while the term is empty. */
export function usePeopleSearch(term: string) {
  const { data, loading, error } = useQuery(SEARCH_PEOPLE, { variables: { search: term, first: 20 }, skip: term.length === 0 });
  const people = useMemo(() => data?.people.edges.map((edge) => edge.node) ?? [], [data]);
  return { people, loading, failed: error !== undefined };
}
