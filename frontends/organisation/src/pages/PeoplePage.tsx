import { useState } from "react";
import { App as AntApp, Button, Card, Flex, Modal, Typography } from "antd";
import { UserAddOutlined } from "@ant-design/icons";
import { NotAllowed, PersonPicker, useLocation, type Locale } from "@dongting/ui-kit";
import { describePerson, usePeopleSearch } from "../hooks/usePeopleSearch";
import { usePermissions } from "../hooks/permissions";
import { PersonForm } from "../components/PersonForm";
import { tp } from "../i18n-people";
import { t } from "../i18n";

export const personPath = (id: string) => `/people/${id}`;

/** 人员: find a resident to open their page, or (staff) register a new one and open theirs. */
export function PeoplePage({ locale }: { locale: Locale }) {
  const { readPeople, editPeople } = usePermissions();
  const [, setLocation] = useLocation();
  const { message } = AntApp.useApp();
  const [registering, setRegistering] = useState(false);
  if (!readPeople) return <NotAllowed locale={locale} />;
  return (
    <Card
      data-testid="people-page"
      extra={
        editPeople ? (
          <Button type="primary" icon={<UserAddOutlined />} data-testid="register-person" onClick={() => setRegistering(true)}>
            {tp(locale, "register")}
          </Button>
        ) : null
      }
    >
      <Flex vertical gap={12}>
        <Typography.Paragraph type="secondary">{tp(locale, "peopleHint")}</Typography.Paragraph>
        <PersonPicker
          value={null}
          onChange={(person) => (person ? setLocation(personPath(person.id)) : undefined)}
          locale={locale}
          useSearch={usePeopleSearch}
          describe={describePerson}
          placeholder={t(locale, "searchPerson")}
          testId="people-picker"
        />
      </Flex>
      <Modal open={registering} title={tp(locale, "registerTitle")} onCancel={() => setRegistering(false)} destroyOnHidden footer={null}>
        <PersonForm
          mode={{ type: "register" }}
          locale={locale}
          onDone={(id, name) => {
            setRegistering(false);
            void message.success(tp(locale, "registered", { name }));
            setLocation(personPath(id));
          }}
        />
      </Modal>
    </Card>
  );
}
