import { registerEnumType } from "type-graphql";
import { ForceKind, HandlingLevel, RequestChannel, RequestStatus, Urgency } from "@dongting/domain/requests";

registerEnumType(RequestChannel, { name: "RequestChannel" });
registerEnumType(HandlingLevel, {
  name: "HandlingLevel",
  description: "四级: the level that handles the request. Escalation moves it one step up.",
});
registerEnumType(Urgency, { name: "Urgency", description: "三色: urgency. Sets the response and resolution deadlines." });
registerEnumType(RequestStatus, { name: "RequestStatus" });
registerEnumType(ForceKind, { name: "ForceKind", description: "工作力量: who is dispatched." });
