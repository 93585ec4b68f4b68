import { useMutation } from "@apollo/client/react";
import { CANCEL_SIGNUP, SIGN_UP, type ShiftSummary } from "../graph/shifts";
import { useKeyedAction } from "./useKeyedAction";

interface SignupVariables {
  shiftId: string;
  volunteerId: string;
}

export interface SignupControls {
  /** The viewer's volunteer id; null when he is not a volunteer (no buttons then). */
  volunteerId: string | null;
  /** The shift whose sign-up or cancellation is under way. */
  pending: string | null;
  /** The last refusal per shift id. */
  errors: Record<string, unknown>;
  onSignUp: (shift: ShiftSummary) => void;
  onCancel: (shift: ShiftSummary) => void;
  onDismiss: (shiftId: string) => void;
}

/** Signing the volunteer up for shifts and cancelling, one shift at a time, each refusal kept by shift. */
export function useSignupControls(volunteerId: string | null): SignupControls {
  const [signUp] = useMutation(SIGN_UP, { refetchQueries: "active", awaitRefetchQueries: true });
  const [cancelSignup] = useMutation(CANCEL_SIGNUP, { refetchQueries: "active", awaitRefetchQueries: true });
  const action = useKeyedAction();
  const run = (shift: ShiftSummary, mutate: (options: { variables: SignupVariables }) => Promise<unknown>) => {
    if (!volunteerId) return;
    void action.run(shift.id, () => mutate({ variables: { shiftId: shift.id, volunteerId } }));
  };
  return {
    volunteerId,
    pending: action.pending,
    errors: action.errors,
    onSignUp: (shift) => run(shift, signUp),
    onCancel: (shift) => run(shift, cancelSignup),
    onDismiss: action.clear,
  };
}
