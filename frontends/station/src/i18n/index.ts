import { createI18n } from "@dongting/ui-kit";
import * as booking from "./booking";
import * as common from "./common";
import * as staffTools from "./staff-tools";
import * as tools from "./tools";

/** The remote's strings, one file per page area; every area defines the same keys in both languages. */
export const t = createI18n({
  "zh-CN": { ...common.zh, ...booking.zh, ...tools.zh, ...staffTools.zh },
  "en-US": { ...common.en, ...booking.en, ...tools.en, ...staffTools.en },
});
