import { Tooltip, Typography } from "antd";
import { reasonText } from "@dongting/domain/reasons/common";
import type { Locale } from "@dongting/ui-kit";
import { tp } from "../i18n-people";

/** A part of a page the graph withheld from this viewer: "无权查看", the reason's text on hover. */
export function Withheld({ locale }: { locale: Locale }) {
  return (
    <Tooltip title={reasonText("FIELD_NOT_ALLOWED", locale)}>
      <Typography.Text type="secondary" italic data-hidden-field="true" data-testid="withheld">
        {tp(locale, "noAccess")}
      </Typography.Text>
    </Tooltip>
  );
}
