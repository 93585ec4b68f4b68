import type { ReactNode } from "react";
import { Button, Flex, Layout, Menu, Segmented, Space, Tag, Typography } from "antd";
import { HomeOutlined, LogoutOutlined, UserOutlined } from "@ant-design/icons";
import { BRAND_COLOR, grantText, grantsActingIn, navigate, roleLabel, type Locale, type Persona, type Viewer } from "@dongting/ui-kit";
import { REMOTE_SLOTS, slotForPath } from "./slots";
import { SLOT_ICONS } from "./slot-icons";
import type { ShellViewerState } from "./shell-viewer";
import { CommunitySwitcher } from "./CommunitySwitcher";
import type { CommunityChoice } from "./community-choice";
import { t } from "./i18n";

export interface ShellLayoutProps {
  pathname: string;
  locale: Locale;
  onLocaleChange: (locale: Locale) => void;
  persona: Persona | undefined;
  /** The signed-in viewer as read from the graph (name, grants, communities). */
  shellViewer: ShellViewerState;
  /** The viewer handed to the remotes (its grants name their places); undefined when signed out. */
  viewer: Viewer | undefined;
  /** The active community ("all" = every community the viewer may see); null while unknown. */
  community: CommunityChoice | null;
  onCommunityChange: (choice: CommunityChoice) => void;
  onSignOut?: () => void;
  children: ReactNode;
}

export function ShellLayout(props: ShellLayoutProps) {
  const { pathname, locale, onLocaleChange, persona, shellViewer, viewer, community, onCommunityChange, onSignOut, children } = props;
  const communities = viewer?.communities ?? [];
  const communityId = community && community !== "all" ? community : null;
  const activeCommunity = communities.find((c) => c.id === communityId);
  // The grants acting in the active community: "网格长 · 第1网格", "街道 · 水果湖街道"; the persona's roles until the graph answers.
  const scopeTags = viewer?.grants
    ? grantsActingIn(viewer, communityId).map((grant) => ({
        key: `${grant.role}:${grant.scopeKind}:${grant.scopeId ?? ""}`,
        role: grant.role,
        kind: grant.scopeKind,
        text: grantText(locale, grant),
      }))
    : (persona?.roles ?? []).map((role) => ({ key: role, role, kind: undefined, text: roleLabel(locale, role) }));
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
          ☭ {activeCommunity?.name ?? (locale === "en-US" ? "Dongting" : "东亭社区")}
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
              {community ? (
                <CommunitySwitcher communities={communities} value={community} onChange={onCommunityChange} locale={locale} />
              ) : null}
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
                  data-name-source={shellViewer.source}
                  data-community-id={communityId ?? ""}
                  title={persona.title[locale]}
                >
                  <UserOutlined />
                  <Typography.Text data-testid="current-person-name">
                    {shellViewer.source === "graph" ? shellViewer.viewer.name : persona.title[locale]}
                  </Typography.Text>
                  <span data-testid="current-scope" aria-label={t(locale, "actingScope")}>
                    {scopeTags.map((tag) => (
                      <Tag key={tag.key} color="red" data-role={tag.role} data-scope-kind={tag.kind}>
                        {tag.text}
                      </Tag>
                    ))}
                  </span>
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
