import { useQuery } from "@apollo/client/react";
import { SEARCH_PEOPLE, type PersonOption } from "../graph/people";

const PEOPLE_SHOWN = 20;

/** The people matching `term` (any part of the name), for the kit's PersonPicker; nothing while it is empty. */
export function usePeopleSearch(term: string): { people: PersonOption[]; loading: boolean; failed: boolean } {
  const { data, previousData, loading, error } = useQuery(SEARCH_PEOPLE, {
    variables: { search: term, first: PEOPLE_SHOWN },
    skip: term.length === 0,
  });
  const people = term ? ((data ?? previousData)?.people.edges.map((edge) => edge.node) ?? []) : [];
  return { people, loading, failed: error !== undefined };
}
