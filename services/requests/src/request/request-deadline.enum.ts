import { registerEnumType } from "type-graphql";
import { DeadlineState } from "@dongting/domain/requests";

registerEnumType(DeadlineState, {
  name: "DeadlineState",
  description:
    "The traffic light of a request's deadlines: OVERDUE once one was missed (answered or resolved late, or not yet " +
    "and past it), MET when done with none missed, DUE_SOON once 80 % of the current window is used, else ON_TRACK.",
});
