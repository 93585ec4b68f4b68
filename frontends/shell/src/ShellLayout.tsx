import type { ReactNode } from "react";
import { Button, Flex, Layout, Menu, Segmented, Space, Tag, Typography } from "antd";
import { HomeOutlined, LogoutOutlined, UserOutlined } from "@ant-design/icons";
import { BRAND_COLOR, navigate, roleLabel, type Locale, type Persona } from "@dongting/ui-kit";
import { REMOTE_SLOTS, slotForPath } from "./slots";
import { SLOT_ICONS } from "./slot-icons";
import type { PersonNameState } from "./person-name";
import { t } from "./i18n";

export interface ShellLayoutProps {
  pathname: string;
  locale: Locale;
  onLocaleChange: (locale: Locale) => void;
  persona: Persona | undefined;
  /** The signed-in person's name as read from the graph. */
  personName: PersonNameState;
  onSignOut?: () => void;
  children: ReactNode;
}

export function ShellLayout({ pathname, locale, onLocaleChange, persona, personName, onSignOut, children }: ShellLayoutProps) {
  const selected = slotForPath(pathname)?.path ?? (pathname === "/" ? "/" : "");
  const items = [
    { key: "/", icon: <HomeOutlined />, label: t(locale, "navHome") },
    ...REMOTE_SLOTS.map((slot) => ({ key: slot.path, icon: SLOT_ICONS[slot.key], label: t(locale, slot.label) })),
  ];

  return (
    <Layout style={{ minHeight: "100vh" }}>
      <Layout.Sider breakpoint="lg" collapsedWidth={64} width={208} theme="light" style={{ borderRight: "1px solid #f0f0f0" }}>
        <div
          style={{ padding: "16px 16px 8px", color: BRAND_COLOR, fontWeight: 700, fontSize: 16, whiteSpace: "nowrap", overflow: "hidden" }}
        >
          ☭ {locale === "en-US" ? "Dongting" : "东亭社区"}
        </div>
        <nav aria-label={t(locale, "appName")}>
          <Menu
            mode="inline"
            selectedKeys={selected ? [selected] : []}
            items={items}
            onClick={({ key }) => navigate(key)}
            style={{ borderInlineEnd: "none" }}
          />
        </nav>
      </Layout.Sider>
      <Layout>
        <Layout.Header style={{ background: "#fff", borderBottom: "1px solid #f0f0f0", paddingInline: 24 }}>
          <Flex justify="space-between" align="center" style={{ height: "100%" }} gap={16}>
            <Flex align="baseline" gap={12} style={{ minWidth: 0, overflow: "hidden", whiteSpace: "nowrap" }}>
              <Typography.Text strong style={{ fontSize: 16 }}>
                {t(locale, "appName")}
              </Typography.Text>
              <Typography.Text type="secondary">{t(locale, "appTagline")}</Typography.Text>
            </Flex>
            <Space size={12}>
              <Segmented<Locale>
                aria-label={t(locale, "language")}
                data-testid="language-switch"
                value={locale}
                onChange={onLocaleChange}
                options={[
                  { label: "中文", value: "zh-CN" },
                  { label: "English", value: "en-US" },
                ]}
              />
              {persona ? (
                <Space
                  size={4}
                  data-testid="current-persona"
                  data-persona={persona.key}
                  data-person-id={persona.personId}
                  data-name-source={personName.source}
                  title={persona.title[locale]}
                >
                  <UserOutlined />
                  <Typography.Text data-testid="current-person-name">
                    {personName.source === "graph" ? personName.name : persona.title[locale]}
                  </Typography.Text>
                  {persona.roles.map((role) => (
                    <Tag key={role} color="red" data-role={role}>
                      {roleLabel(locale, role)}
                    </Tag>
                  ))}
                </Space>
              ) : null}
              {onSignOut ? (
                <Button icon={<LogoutOutlined />} onClick={onSignOut} data-testid="sign-out">
                  {t(locale, "signOut")}
                </Button>
              ) : null}
            </Space>
          </Flex>
        </Layout.Header>
        <Layout.Content style={{ padding: 24 }}>{children}</Layout.Content>
      </Layout>
    </Layout>
  );
}
