import { createI18n } from "@dongting/ui-kit";
import { enUS } from "./en-US";
import { zhCN, type MessageKey } from "./zh-CN";

export type { MessageKey };

export const t = createI18n<MessageKey>({ "zh-CN": zhCN, "en-US": enUS });
