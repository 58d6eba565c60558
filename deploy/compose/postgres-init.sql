-- Run once by the postgres image, on an empty data volume, as POSTGRES_USER (getit), who owns the result.
-- One database per service that owns data (database-per-service, as in production); each service
-- creates its own tables from its SQL migrations when it starts. A new service with a database adds a
-- line here and its DATABASE_URL in docker-compose.yml (tools/compose-check checks the two agree).
-- An existing volume is not re-initialised: `docker compose down -v` to apply a change.
CREATE DATABASE catalog;
CREATE DATABASE search;
CREATE DATABASE auth;
CREATE DATABASE inventory;
CREATE DATABASE shipping;
CREATE DATABASE "order"; -- quoted: ORDER is an SQL keyword (the URL path stays /order)
CREATE DATABASE payment;
