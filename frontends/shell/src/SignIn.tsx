import { useState } from "react";
import { Alert, Avatar, Card, Col, Flex, Row, Typography } from "antd";
import { UserOutlined } from "@ant-design/icons";
import { reasonText } from "@dongting/domain/reasons/common";
import { PERSONAS, fetchDevToken, type Locale, type Persona, type PersonaKey } from "@dongting/ui-kit";
import type { Session } from "./session";
import { t } from "./i18n";

export interface SignInProps {
  authUrl: string;
  locale: Locale;
  onSignedIn: (session: Session) => void;
  /** Signed out because the token expired or the gateway refused it (HTTP 401): say so above the personas. */
  signedOutNotice?: boolean;
}

/** Development sign-in: pick a demo persona; the gateway signs a token for its person with the person's stored grants. */
export function SignIn({ authUrl, locale, onSignedIn, signedOutNotice = false }: SignInProps) {
  const [pending, setPending] = useState<PersonaKey | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const signIn = async (persona: Persona) => {
    setPending(persona.key);
    setFailure(null);
    try {
      // The person id only: the gateway issues the person's stored grants (scoped), as a real sign-in would.
      const token = await fetchDevToken(authUrl, { personId: persona.personId });
      onSignedIn({ token, personaKey: persona.key });
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    } finally {
      setPending(null);
    }
  };

  return (
    <Flex vertical align="center" style={{ padding: "48px 16px" }} data-testid="sign-in">
      <div style={{ width: "100%", maxWidth: 960 }}>
        <Typography.Title level={2} style={{ marginBottom: 4 }}>
          {t(locale, "signInTitle")}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t(locale, "signInSubtitle")}</Typography.Paragraph>
        {signedOutNotice && !failure ? (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 16 }}
            data-testid="signed-out-notice"
            // The gateway's own reason for a refused token (SIGN_IN_REQUIRED), in the UI's language.
            title={reasonText("SIGN_IN_REQUIRED", locale)}
            description={t(locale, "signedOutHint")}
          />
        ) : null}
        {failure ? (
          <Alert
            type="error"
            showIcon
            style={{ marginBottom: 16 }}
            title={t(locale, "signInFailed")}
            description={`${t(locale, "signInFailedHint", { url: authUrl })} (${failure})`}
          />
        ) : null}
        <Row gutter={[16, 16]}>
          {PERSONAS.map((persona) => (
            <Col key={persona.key} xs={24} sm={12} md={8}>
              <Card
                hoverable
                role="button"
                tabIndex={0}
                aria-label={`${t(locale, "signInAs")}: ${persona.title[locale]} ${persona.seedName}`}
                data-persona={persona.key}
                loading={pending === persona.key}
                onClick={() => void (pending ? undefined : signIn(persona))}
                onKeyDown={(e) => {
                  if ((e.key === "Enter" || e.key === " ") && !pending) void signIn(persona);
                }}
              >
                <Card.Meta
                  avatar={<Avatar icon={<UserOutlined />} style={{ backgroundColor: "#c8102e" }} />}
                  title={
                    <span>
                      {persona.title[locale]}
                      <Typography.Text type="secondary" style={{ fontWeight: "normal", marginInlineStart: 8 }}>
                        {persona.seedName}
                      </Typography.Text>
                    </span>
                  }
                  description={persona.description[locale]}
                />
              </Card>
            </Col>
          ))}
        </Row>
      </div>
    </Flex>
  );
}
