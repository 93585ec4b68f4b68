import "./no-telemetry.js";
import { readGatewayOptions, startGateway, type GatewayOptions } from "./gateway-server.js";

let options: GatewayOptions;
try {
  options = readGatewayOptions();
} catch (error) {
  console.error(`[gateway] ${(error as Error).message}`);
  process.exit(1);
}
const gateway = await startGateway(options);
console.log(`[gateway] ready on ${gateway.url}/graphql (auth: ${options.auth.mode})`);
const shutdown = async () => {
  await gateway.stop();
  process.exit(0);
};
process.once("SIGINT", shutdown);
process.once("SIGTERM", shutdown);
