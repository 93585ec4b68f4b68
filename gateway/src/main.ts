import { readGatewayOptions, startGateway } from "./gateway-server.js";

const options = readGatewayOptions();
const gateway = await startGateway(options);
console.log(`[gateway] ready on http://localhost:${gateway.port}/graphql (auth: ${options.auth.mode})`);
const shutdown = async () => {
  await gateway.stop();
  process.exit(0);
};
process.once("SIGINT", shutdown);
process.once("SIGTERM", shutdown);
