-- One database per subgraph (psql -h 127.0.0.1 -U postgres -f infra/postgres/create-databases.sql).
-- Each service runs its own migrations at start-up; the extensions they need are created by those migrations.
CREATE DATABASE organisation;
CREATE DATABASE requests;
CREATE DATABASE volunteers;
CREATE DATABASE station;
CREATE DATABASE council;
