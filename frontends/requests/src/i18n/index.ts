import { createI18n, type Locale } from "@dongting/ui-kit";
import * as common from "./common";
import * as dashboard from "./dashboard";
import * as handling from "./handling";
import * as intake from "./intake";
import * as workorders from "./workorders";

/** The remote's strings, one file per page area; every area defines the same keys in both languages. */
export const t = createI18n({
  "zh-CN": { ...common.zh, ...intake.zh, ...handling.zh, ...dashboard.zh, ...workorders.zh },
  "en-US": { ...common.en, ...intake.en, ...handling.en, ...dashboard.en, ...workorders.en },
});

/** "3 members", "1 member" (Chinese has one form). */
export const memberCount = (locale: Locale, count: number): string => t(locale, count === 1 ? "memberOne" : "members", { count });
