-- header: names nobody checks, for a deployment whose only allowed database is main (DuckDB) /
-- sales (Athena) in the engine's own catalog: other catalogs (attached DuckDB files, system, temp,
-- Glue / federated / cross-account catalogs), metadata schemas (information_schema, pg_catalog -
-- DuckDB's pg_catalog.pg_settings exposes every setting), SHOW / DESCRIBE of other schemas,
-- $-suffixed metadata tables, and quoted names DuckDB turns into file reads (replacement scans).
--- names: three part name in another attached database
SELECT * FROM other.main.orders
--- names: three part name upper case other database
SELECT * FROM OTHER.MAIN.ORDERS
--- names: quoted three part name other database
SELECT * FROM "other"."main"."orders"
--- names: system catalog view
SELECT * FROM system.main.duckdb_databases
--- names: system catalog duckdb_settings table function
SELECT * FROM system.main.duckdb_settings()
--- names: temp catalog table
SELECT * FROM temp.main.stash
--- names: memory catalog
SELECT * FROM memory.main.x
--- names: other schema in default database
SELECT * FROM finance.salaries
--- names: quoted other schema
SELECT * FROM "finance"."salaries"
--- names: other schema three part
SELECT * FROM finance.main.salaries
--- names: information_schema tables
SELECT * FROM information_schema.tables
--- names: information_schema columns finds pii
SELECT table_name, column_name FROM information_schema.columns WHERE column_name LIKE '%mail%'
--- names: information_schema schemata
SELECT * FROM information_schema.schemata
--- names: system information_schema
SELECT * FROM system.information_schema.tables
--- names: pg_catalog pg_class
SELECT relname FROM pg_catalog.pg_class
--- names: pg_catalog pg_settings leaks configuration
SELECT name, setting FROM pg_catalog.pg_settings
--- names: pg_catalog pg_proc
SELECT proname FROM system.pg_catalog.pg_proc
--- names: pg_namespace unqualified
SELECT * FROM pg_namespace
--- names: sqlite_master
SELECT * FROM sqlite_master
--- names: duckdb_columns view
SELECT * FROM duckdb_columns WHERE column_name LIKE '%mail%'
--- names: duckdb_tables view
SELECT database_name, schema_name, table_name, sql FROM duckdb_tables
--- names: show catalogs
SHOW CATALOGS
--- names: show databases
SHOW DATABASES
--- names: show schemas
SHOW SCHEMAS
--- names: show schemas from other catalog
SHOW SCHEMAS FROM other
--- names: show all tables
SHOW ALL TABLES
--- names: show tables from other schema
SHOW TABLES FROM finance
--- names: show tables from other catalog schema
SHOW TABLES FROM awsdatacatalog.finance
--- names: show columns from other schema
SHOW COLUMNS FROM finance.salaries
--- names: describe other schema table
DESCRIBE finance.salaries
--- names: describe system view
DESCRIBE system.main.duckdb_databases
--- names: show create table other schema
SHOW CREATE TABLE finance.salaries
--- names: show create view
SHOW CREATE VIEW sales.customer_view
--- names: show functions
SHOW FUNCTIONS
--- names: show session
SHOW SESSION
--- names: show grants
SHOW GRANTS ON TABLE sales.customers
--- names: show roles
SHOW ROLES
--- names: show stats for other schema table
SHOW STATS FOR finance.salaries
--- names: athena glue catalog other database
SELECT * FROM awsdatacatalog.secret_db.t
--- names: athena quoted glue catalog
SELECT * FROM "AwsDataCatalog"."finance"."salaries"
--- names: athena federated lambda catalog
SELECT * FROM "lambda:mycatalog".db.t
--- names: athena dynamodb connector
SELECT * FROM "dynamodb".default.t
--- names: athena cross account catalog
SELECT * FROM "cross_account_catalog".sales.customers
--- names: trino hive catalog
SELECT * FROM hive.default.t
--- names: trino tpch huge
SELECT count(*) FROM tpch.sf100000.lineitem
--- names: trino jmx catalog
SELECT * FROM jmx.current."java.lang:type=runtime"
--- names: trino system information_schema
SELECT * FROM system.information_schema.tables
--- names: athena other catalog information_schema
SELECT * FROM awsdatacatalog.information_schema.columns WHERE table_schema = 'finance'
--- names: athena hive ddl show databases in lambda catalog
SHOW DATABASES IN `lambda:customer_db_connector`
--- names: athena hive ddl describe federated table
DESCRIBE `lambda:customer_db_connector`.hr.employees
--- names: athena iceberg refs metadata table
SELECT * FROM "sales"."customers$refs"
--- names: other athena database same catalog
SELECT * FROM sales_archive.orders
--- names: iceberg partitions metadata table
SELECT * FROM "orders$partitions"
--- names: iceberg files metadata table
SELECT * FROM "orders$files"
--- names: iceberg snapshots metadata table
SELECT * FROM sales."orders$snapshots"
--- names: iceberg history metadata table
SELECT * FROM sales."customers$history"
--- names: iceberg manifests metadata table
SELECT * FROM "customers$manifests"
--- names: table properties metadata table
SELECT * FROM "customers$properties"
--- names: glob with dollar suffix
SELECT * FROM "/etc/*$x"
--- names: quoted etc passwd as table
SELECT * FROM "/etc/passwd"
--- names: quoted csv glob as table
SELECT * FROM "data/*.csv"
--- names: quoted parquet name as table
SELECT * FROM "x.parquet"
--- names: quoted json name as table
SELECT * FROM "orders.json"
--- names: quoted csv looks like table name
SELECT * FROM "customers.csv"
--- names: quoted parent traversal csv
SELECT * FROM "../../../../var/data/export.csv"
--- names: quoted s3 url as table
SELECT * FROM "s3://other-bucket/secret.parquet"
--- names: quoted https url as table
SELECT * FROM "https://attacker.example/x.csv"
--- names: quoted gz csv as table
SELECT * FROM "/var/backups/customers.csv.gz"
--- names: quoted absolute glob joined with real table
SELECT o.*, f.* FROM orders o JOIN "/tmp/**/*.parquet" f ON true
--- names: schema qualified quoted file name
SELECT * FROM main."x.parquet"
