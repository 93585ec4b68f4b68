import { Refusal as KitRefusal, type RefusalProps } from "@dongting/ui-kit";
import { REASON_TABLES } from "../graph/failure";

/** A refused change worded by the volunteers slice's reasons (the ui-kit's Refusal with this remote's tables). */
export function Refusal(props: Omit<RefusalProps, "reasons">) {
  return <KitRefusal {...props} reasons={REASON_TABLES} />;
}
