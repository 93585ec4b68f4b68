// Imported before @apollo/gateway: the gateway otherwise starts an OpenTelemetry exporter that probes cloud
// metadata services and reports usage to Apollo every hour. This gateway calls nothing but its subgraphs.
process.env.APOLLO_TELEMETRY_DISABLED = "1";
