export enum MembershipKind {
  /** 直管党员: the community's own member. */
  DIRECT = "DIRECT",
  /** 下沉党员: registered here from a work unit. */
  SUNK_DOWN = "SUNK_DOWN",
}
