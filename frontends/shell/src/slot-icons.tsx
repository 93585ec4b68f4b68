import type { ReactNode } from "react";
import { ApartmentOutlined, CommentOutlined, HeartOutlined, ShopOutlined, TeamOutlined } from "@ant-design/icons";
import type { RemoteSlotDef } from "./slots";

export const SLOT_ICONS: Record<RemoteSlotDef["key"], ReactNode> = {
  organisation: <ApartmentOutlined />,
  requests: <CommentOutlined />,
  volunteers: <HeartOutlined />,
  station: <ShopOutlined />,
  council: <TeamOutlined />,
};
