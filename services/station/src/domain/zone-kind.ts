/** The eight functional zones of a Lexiang station (乐享驿站). */
export enum ZoneKind {
  HELP_DESK = "HELP_DESK",
  FITNESS = "FITNESS",
  ITEM_EXCHANGE = "ITEM_EXCHANGE",
  READING = "READING",
  CHILDREN = "CHILDREN",
  MEETING = "MEETING",
  REST_STOP = "REST_STOP",
  MULTIPURPOSE = "MULTIPURPOSE",
}
