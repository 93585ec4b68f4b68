import { useState } from "react";
import { Alert, Avatar, Card, Col, Flex, Row, Typography } from "antd";
import { UserOutlined } from "@ant-design/icons";
import { fetchDevToken, type Locale } from "@dongting/ui-kit";
import { PERSONAS, type Persona } from "./personas";
import type { Session } from "./session";
import { t } from "./i18n";

export interface SignInProps {
  authUrl: string;
  locale: Locale;
  onSignedIn: (session: Session) => void;
}

/** Development sign-in: pick a demo persona; the gateway signs a token with its roles. */
export function SignIn({ authUrl, locale, onSignedIn }: SignInProps) {
  const [pending, setPending] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const signIn = async (persona: Persona) => {
    setPending(persona.id);
    setFailure(null);
    try {
      const token = await fetchDevToken(authUrl, { roles: persona.roles });
      onSignedIn({ token, personaId: persona.id });
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
            <Col key={persona.id} xs={24} sm={12} md={8}>
              <Card
                hoverable
                role="button"
                tabIndex={0}
                aria-label={`${t(locale, "signInAs")}: ${persona.name[locale]}`}
                data-persona={persona.id}
                loading={pending === persona.id}
                onClick={() => void (pending ? undefined : signIn(persona))}
                onKeyDown={(e) => {
                  if ((e.key === "Enter" || e.key === " ") && !pending) void signIn(persona);
                }}
              >
                <Card.Meta
                  avatar={<Avatar icon={<UserOutlined />} style={{ backgroundColor: "#c8102e" }} />}
                  title={persona.name[locale]}
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
