/** The groups the station's service zones report on. */
export enum VisitorGroup {
  /** Delivery riders, couriers, ride-hailing drivers and other new-employment workers (新就业群体). */
  NEW_EMPLOYMENT_WORKER = "NEW_EMPLOYMENT_WORKER",
  CHILD = "CHILD",
  ELDERLY = "ELDERLY",
  RESIDENT = "RESIDENT",
}
