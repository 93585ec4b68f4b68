import { useMemo, useState, type ReactNode } from "react";
import { useQuery } from "@apollo/client/react";
import { App as AntApp, Button, Card, Descriptions, Empty, Flex, Modal, Space, Spin, Tag, Typography } from "antd";
import { HiddenFieldsProvider, Link, QueryError, roleLabel, useHiddenFields, usePartialAnswer, type Locale } from "@dongting/ui-kit";
import { localInstant, toLocal } from "@dongting/domain/local-time";
import { PERSON_PAGE, type PersonPageData } from "../graph/person-records";
import { usePermissions } from "../hooks/permissions";
import { unitPath } from "../hooks/useUnitNavigation";
import { membershipKindLabel } from "../labels";
import { hours, tp } from "../i18n-people";
import { PersonForm } from "../components/PersonForm";
import { PersonRequests } from "../components/PersonRequests";
import { SunkDownModal } from "../components/SunkDownModal";
import { TransferModal } from "../components/TransferModal";
import { Withheld } from "../components/Withheld";

type Dialog = "edit" | "transfer" | "sunkDown";

/** A field of the person: its value, "无权查看" when the graph withheld it, else "无". */
function useShown(locale: Locale) {
  const hidden = useHiddenFields();
  return (holder: object, field: string, value: ReactNode) =>
    value !== null && value !== undefined && value !== "" ? (
      value
    ) : hidden.isHidden(holder, field) ? (
      <Withheld locale={locale} />
    ) : (
      tp(locale, "none")
    );
}

function Facts({ person, locale }: { person: PersonPageData; locale: Locale }) {
  const shown = useShown(locale);
  const home = person.neighbourhood
    ? [person.neighbourhood.grid.name, person.neighbourhood.name, person.building?.name].filter(Boolean).join(" / ")
    : null;
  return (
    <Descriptions column={1} bordered size="small" data-testid="person-facts">
      <Descriptions.Item label={tp(locale, "phone")}>{shown(person, "phone", person.phone)}</Descriptions.Item>
      <Descriptions.Item label={tp(locale, "idNumber")}>
        <span data-testid="person-id-number">{shown(person, "maskedIdNumber", person.maskedIdNumber)}</span>
      </Descriptions.Item>
      <Descriptions.Item label={tp(locale, "community")}>{shown(person, "community", person.community?.name)}</Descriptions.Item>
      <Descriptions.Item label={tp(locale, "home")}>
        <span data-testid="person-home">{shown(person, "neighbourhood", home)}</span>
      </Descriptions.Item>
      <Descriptions.Item label={tp(locale, "roles")}>
        {shown(person, "roles", person.roles?.length ? person.roles.map((role) => <Tag key={role}>{role}</Tag>) : null)}
      </Descriptions.Item>
      <Descriptions.Item label={tp(locale, "grants")}>
        <span data-testid="person-grants-list">
          {shown(
            person,
            "grants",
            person.grants?.length
              ? person.grants.map((grant) => (
                  <Tag key={grant.id} color="red" data-role={grant.role}>
                    {roleLabel(locale, grant.role)} · {grant.scopeKind}
                  </Tag>
                ))
              : null,
          )}
        </span>
      </Descriptions.Item>
    </Descriptions>
  );
}

function Membership({ person, locale }: { person: PersonPageData; locale: Locale }) {
  const hidden = useHiddenFields();
  const membership = person.partyMembership;
  if (!membership) {
    return (
      <span data-testid="person-membership">
        {hidden.isHidden(person, "partyMembership") ? <Withheld locale={locale} /> : tp(locale, "notMember")}
      </span>
    );
  }
  return (
    <span data-testid="person-membership" data-org-unit-id={membership.orgUnit.id}>
      <Link href={unitPath(membership.orgUnit.id)}>{membership.orgUnit.name}</Link>{" "}
      <Tag>{membershipKindLabel(locale, membership.kind)}</Tag>
      {membership.joinedAt ? (
        <Typography.Text type="secondary">{tp(locale, "joinedOn", { date: toLocal(new Date(membership.joinedAt)).date })}</Typography.Text>
      ) : null}
    </span>
  );
}

function Volunteering({ person, locale }: { person: PersonPageData; locale: Locale }) {
  const hidden = useHiddenFields();
  const volunteer = person.volunteer;
  if (!volunteer) return hidden.isHidden(person, "volunteer") ? <Withheld locale={locale} /> : <>{tp(locale, "notVolunteer")}</>;
  const year = volunteer.serviceTime;
  return (
    <Space direction="vertical" size={2} data-testid="person-volunteer">
      <span>{tp(locale, "serviceMinutes", { hours: hours(volunteer.serviceMinutes) })}</span>
      {year ? (
        <span>{tp(locale, "serviceThisYear", { hours: hours(year.creditedMinutes), attended: year.attended, noShows: year.noShows })}</span>
      ) : hidden.isHidden(volunteer, "serviceTime") ? (
        <Withheld locale={locale} />
      ) : null}
      {volunteer.teams.length ? <span>{tp(locale, "teams", { teams: volunteer.teams.map((team) => team.name).join("、") })}</span> : null}
    </Space>
  );
}

/**
 * A person's page: how to reach them and where they live, their roles and grants, their party membership
 * (with transfer and sunk-down report for staff), their requests and their volunteer service. Each part
 * comes from the graph only to viewers who may read it; a withheld part shows 无权查看, never a failed page.
 */
export function PersonPage({ id, locale }: { id: string; locale: Locale }) {
  const { message } = AntApp.useApp();
  const { editPeople } = usePermissions();
  // This year so far (community time), fixed for the page's life so the query is asked once.
  const window = useMemo(() => {
    const now = new Date();
    return { from: localInstant(`${toLocal(now).date.slice(0, 4)}-01-01`).toISOString(), to: now.toISOString() };
  }, []);
  const { data, loading, error, refetch } = useQuery(PERSON_PAGE, {
    variables: { id, ...window },
    errorPolicy: "all",
    fetchPolicy: "network-only",
  });
  const { hidden, failure } = usePartialAnswer(data, error);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const person = data?.person;
  const done = (text: string) => {
    setDialog(null);
    void message.success(text);
    void refetch();
  };

  if (failure && !person) return <QueryError error={failure} locale={locale} onRetry={() => void refetch()} />;
  if (!person) return loading ? <Spin /> : <Empty description={tp(locale, "personNotFound")} data-testid="person-not-found" />;
  const isMember = !!person.partyMembership;
  return (
    <HiddenFieldsProvider hidden={hidden}>
      <Flex vertical gap={16} data-testid="person-page" data-person-id={person.id}>
        <Card
          title={<span data-testid="person-name">{person.name}</span>}
          extra={
            <Space>
              <Link href="/people">{tp(locale, "backToPeople")}</Link>
              {editPeople ? (
                <Button data-testid="person-edit" onClick={() => setDialog("edit")}>
                  {tp(locale, "edit")}
                </Button>
              ) : null}
            </Space>
          }
        >
          <Facts person={person} locale={locale} />
        </Card>
        <Card
          size="small"
          title={tp(locale, "membership")}
          extra={
            editPeople && isMember ? (
              <Space>
                <Button size="small" data-testid="person-transfer" onClick={() => setDialog("transfer")}>
                  {tp(locale, "transfer")}
                </Button>
                <Button size="small" data-testid="person-sunk-down" onClick={() => setDialog("sunkDown")}>
                  {tp(locale, "sunkDown")}
                </Button>
              </Space>
            ) : null
          }
        >
          <Membership person={person} locale={locale} />
        </Card>
        <PersonRequests personId={person.id} locale={locale} />
        <Card size="small" title={tp(locale, "volunteer")}>
          <Volunteering person={person} locale={locale} />
        </Card>
      </Flex>
      <Modal
        open={dialog === "edit"}
        title={tp(locale, "editTitle", { name: person.name })}
        onCancel={() => setDialog(null)}
        destroyOnHidden
        footer={null}
      >
        <PersonForm
          mode={{
            type: "edit",
            id: person.id,
            name: person.name,
            phone: person.phone ?? null,
            maskedIdNumber: person.maskedIdNumber ?? null,
            home: {
              gridId: person.neighbourhood?.grid.id ?? null,
              neighbourhoodId: person.neighbourhood?.id ?? null,
              buildingId: person.building?.id ?? null,
            },
          }}
          locale={locale}
          onDone={() => done(tp(locale, "saved"))}
        />
      </Modal>
      <TransferModal
        person={person}
        fromUnitId={person.partyMembership?.orgUnit.id ?? null}
        open={dialog === "transfer"}
        locale={locale}
        onClose={() => setDialog(null)}
        onDone={(unit) => done(tp(locale, "transferred", { unit }))}
      />
      <SunkDownModal
        person={person}
        open={dialog === "sunkDown"}
        locale={locale}
        onClose={() => setDialog(null)}
        onDone={() => done(tp(locale, "reported"))}
      />
    </HiddenFieldsProvider>
  );
}
