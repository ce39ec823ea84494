-- docker-compose.yml: Hydra's own database on the shared Postgres. The postgres image runs this
-- once, when it initialises an empty data volume (after `docker compose down -v`, for example).
CREATE DATABASE hydra;
