import { useMutation } from "@apollo/client/react";
import { JOIN_TEAM, LEAVE_TEAM } from "../graph/teams";
import { useKeyedAction } from "./useKeyedAction";

const KEY = "team";

/** Joining a team (as a person) and leaving it (as its volunteer), with the last refusal. */
export function useMembership(teamId: string) {
  const [joinTeam] = useMutation(JOIN_TEAM, { refetchQueries: "active", awaitRefetchQueries: true });
  const [leaveTeam] = useMutation(LEAVE_TEAM, { refetchQueries: "active", awaitRefetchQueries: true });
  const action = useKeyedAction();
  return {
    pending: action.pending === KEY,
    error: action.errors[KEY],
    clearError: () => action.clear(KEY),
    join: (personId: string) => void action.run(KEY, () => joinTeam({ variables: { teamId, personId } })),
    leave: (volunteerId: string) => void action.run(KEY, () => leaveTeam({ variables: { teamId, volunteerId } })),
  };
}

export type Membership = ReturnType<typeof useMembership>;
