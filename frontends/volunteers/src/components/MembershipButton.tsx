import { Button, Popconfirm } from "antd";
import { UserAddOutlined, UserDeleteOutlined } from "@ant-design/icons";
import type { Locale } from "@dongting/ui-kit";
import type { Membership } from "../hooks/useMembership";
import { t } from "../i18n";

export interface MembershipButtonProps {
  membership: Membership;
  /** The viewer's volunteer id when he is in the team (he may leave), else null. */
  memberVolunteerId: string | null;
  /** The viewer's person id (he may join), null when signed in as nobody in the register. */
  personId: string | null;
  locale: Locale;
}

/** Leave the team (after a confirmation: his coming sign-ups are cancelled), or join it. */
export function MembershipButton({ membership, memberVolunteerId, personId, locale }: MembershipButtonProps) {
  if (memberVolunteerId) {
    return (
      <Popconfirm
        title={t(locale, "confirmLeave")}
        okText={t(locale, "ok")}
        cancelText={t(locale, "cancel")}
        onConfirm={() => membership.leave(memberVolunteerId)}
      >
        <Button icon={<UserDeleteOutlined />} loading={membership.pending} data-testid="leave-team">
          {t(locale, "leaveTeam")}
        </Button>
      </Popconfirm>
    );
  }
  if (!personId) return null;
  return (
    <Button
      type="primary"
      icon={<UserAddOutlined />}
      loading={membership.pending}
      data-testid="join-team"
      onClick={() => membership.join(personId)}
    >
      {t(locale, "joinTeam")}
    </Button>
  );
}
