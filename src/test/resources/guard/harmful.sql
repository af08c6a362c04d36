-- Statements the read-only guard must refuse.
-- Format: each case starts with a line "--- <name>"; <U+XXXX> stands for that code point.
--- insert values
INSERT INTO orders VALUES (1, 2)
--- insert select
INSERT INTO orders SELECT * FROM staging_orders
--- insert lower case
insert into orders (order_id) values (1)
--- insert cte
WITH x AS (SELECT 1 AS id) INSERT INTO orders (order_id) SELECT id FROM x
--- update
UPDATE orders SET amount = 0
--- update where
UPDATE orders SET status = 'x' WHERE order_id IN (SELECT order_id FROM returns)
--- delete
DELETE FROM orders
--- delete where
DELETE FROM orders WHERE amount > 100
--- delete mixed case
dElEtE fRoM orders
--- merge
MERGE INTO orders o USING staging s ON o.order_id = s.order_id WHEN MATCHED THEN UPDATE SET amount = s.amount WHEN NOT MATCHED THEN INSERT (order_id) VALUES (s.order_id)
--- merge delete
MERGE INTO orders o USING staging s ON o.order_id = s.order_id WHEN MATCHED THEN DELETE
--- create table
CREATE TABLE t (id BIGINT)
--- create table if not exists
CREATE TABLE IF NOT EXISTS t (id BIGINT, name VARCHAR) WITH (format = 'PARQUET')
--- create table as select
CREATE TABLE t AS SELECT * FROM orders
--- ctas with data
CREATE TABLE t WITH (format = 'PARQUET', external_location = 's3://bucket/x/') AS SELECT 1 AS x
--- create view
CREATE VIEW v AS SELECT * FROM orders
--- create or replace view
CREATE OR REPLACE VIEW v AS SELECT 1 AS x
--- create schema
CREATE SCHEMA s
--- create database hive style
CREATE DATABASE s
--- create external table hive style
CREATE EXTERNAL TABLE t (id INT) LOCATION 's3://bucket/t/'
--- create function
CREATE FUNCTION f() RETURNS BIGINT RETURN 1
--- create materialized view
CREATE MATERIALIZED VIEW mv AS SELECT 1 AS x
--- create role
CREATE ROLE analyst
--- drop table
DROP TABLE orders
--- drop table if exists
DROP TABLE IF EXISTS orders
--- drop view
DROP VIEW v
--- drop schema cascade
DROP SCHEMA s CASCADE
--- drop database
DROP DATABASE s
--- drop function
DROP FUNCTION f
--- drop mixed case
dRoP tAbLe orders
--- alter table add column
ALTER TABLE orders ADD COLUMN x BIGINT
--- alter table rename
ALTER TABLE orders RENAME TO orders_old
--- alter table drop column
ALTER TABLE orders DROP COLUMN amount
--- alter table set properties
ALTER TABLE orders SET PROPERTIES format = 'ORC'
--- alter table execute optimize
ALTER TABLE orders EXECUTE optimize
--- alter schema rename
ALTER SCHEMA s RENAME TO s2
--- alter view rename
ALTER VIEW v RENAME TO v2
--- alter table add partition hive
ALTER TABLE orders ADD PARTITION (dt = '2024-01-01')
--- truncate
TRUNCATE TABLE orders
--- unload athena
UNLOAD (SELECT * FROM orders) TO 's3://bucket/out/' WITH (format = 'PARQUET')
--- call procedure
CALL system.sync_partition_metadata('sales', 'orders', 'FULL')
--- grant
GRANT SELECT ON orders TO USER alice
--- revoke
REVOKE SELECT ON orders FROM USER alice
--- deny
DENY SELECT ON orders TO USER alice
--- set session
SET SESSION query_max_run_time = '1h'
--- set role
SET ROLE admin
--- set time zone
SET TIME ZONE 'UTC'
--- set path
SET PATH system
--- set session authorization
SET SESSION AUTHORIZATION alice
--- reset session
RESET SESSION query_max_run_time
--- use
USE sales
--- msck repair table
MSCK REPAIR TABLE orders
--- prepare
PREPARE stmt FROM SELECT * FROM orders
--- prepare a delete
PREPARE stmt FROM DELETE FROM orders
--- execute
EXECUTE stmt
--- execute using
EXECUTE stmt USING 1, 2
--- execute immediate
EXECUTE IMMEDIATE 'DELETE FROM orders'
--- deallocate
DEALLOCATE PREPARE stmt
--- vacuum
VACUUM orders
--- optimize athena
OPTIMIZE orders REWRITE DATA USING BIN_PACK
--- comment on table
COMMENT ON TABLE orders IS 'x'
--- comment on column
COMMENT ON COLUMN orders.amount IS 'x'
--- refresh materialized view
REFRESH MATERIALIZED VIEW mv
--- start transaction
START TRANSACTION
--- commit
COMMIT
--- rollback
ROLLBACK
--- analyze
ANALYZE orders
--- explain analyze
EXPLAIN ANALYZE SELECT * FROM orders
--- explain analyze verbose
EXPLAIN ANALYZE VERBOSE SELECT 1
--- explain of insert
EXPLAIN INSERT INTO orders VALUES (1)
--- explain of drop
EXPLAIN DROP TABLE orders
--- explain of explain analyze
EXPLAIN EXPLAIN ANALYZE SELECT 1
--- show session
SHOW SESSION
--- show grants
SHOW GRANTS ON TABLE orders
--- show roles
SHOW ROLES
--- describe input
DESCRIBE INPUT stmt
--- inline function
WITH FUNCTION double_it(x BIGINT) RETURNS BIGINT RETURN x * 2 SELECT double_it(1)
--- athena external function
USING EXTERNAL FUNCTION decrypt(x VARCHAR) RETURNS VARCHAR LAMBDA 'decrypt-fn' SELECT decrypt(secret) FROM t
--- two selects
SELECT 1; SELECT 2
--- select then drop
SELECT 1; DROP TABLE orders
--- select then drop no space
SELECT 1;DROP TABLE orders
--- drop then select
DROP TABLE orders; SELECT 1
--- line comment then newline drop
SELECT 1; -- x
DROP TABLE t
--- semicolon in block comment then delete
SELECT 1 /*;*/; DELETE FROM t
--- block comment hiding nothing
SELECT 1 /* ; */ ; DROP TABLE t
--- comment between keywords
DROP/**/TABLE/**/orders
--- line comment inside drop
DROP -- harmless?
TABLE orders
--- string then drop
SELECT ';' ; DROP TABLE t
--- quoted identifier then drop
SELECT 1 AS ";" ; DROP TABLE t
--- tabs and newlines around drop
SELECT 1	;
	
DROP	TABLE
	orders
--- many semicolons
SELECT 1;;; DELETE FROM orders;;
--- multi statement inside explain
EXPLAIN SELECT 1; DROP TABLE t
--- update after cte select
WITH a AS (SELECT 1) SELECT * FROM a; UPDATE orders SET amount = 0
--- unterminated block comment swallowing nothing
SELECT 1 /* ; DROP TABLE t
--- unterminated string
SELECT ';DROP TABLE t
--- fullwidth semicolon
SELECT 1；DROP TABLE t
--- greek question mark
SELECT 1<U+037E> DROP TABLE t
--- cyrillic o in drop
DR<U+041E>P TABLE t
--- fullwidth drop
ＤＲＯＰ TABLE t
--- zero width space inside select
SEL<U+200B>ECT 1
--- zero width space before drop
SELECT 1;<U+200B>DROP TABLE t
--- no break space separator
SELECT 1;<U+00A0>DROP TABLE t
--- nul character
SELECT 1<U+0000>; DROP TABLE t
--- duckdb read_csv table function
SELECT * FROM read_csv('/etc/passwd')
--- duckdb read_csv via TABLE
SELECT * FROM TABLE(read_csv('/etc/passwd'))
--- duckdb read_csv_auto scalar position
SELECT read_csv_auto('/etc/passwd')
--- duckdb read_parquet in subquery
SELECT count(*) FROM orders WHERE order_id IN (SELECT order_id FROM TABLE(read_parquet('s3://bucket/x.parquet')))
--- duckdb read_text uppercase
SELECT (SELECT content FROM TABLE(READ_TEXT('/etc/shadow')))
--- duckdb read_blob in cte
WITH f AS (SELECT * FROM TABLE(read_blob('/root/.ssh/id_rsa'))) SELECT * FROM f
--- duckdb glob
SELECT * FROM TABLE(glob('/home/*'))
--- duckdb read_json
SELECT * FROM TABLE(read_json('https://example.com/x.json'))
--- duckdb query function
SELECT * FROM TABLE(query('SELECT * FROM secrets'))
--- duckdb getenv
SELECT getenv('AWS_SECRET_ACCESS_KEY')
--- duckdb nextval side effect
SELECT nextval('order_seq')
--- duckdb qualified reader
SELECT * FROM TABLE(main.read_parquet('/tmp/x.parquet'))
--- trino query passthrough
SELECT * FROM TABLE(system.query(query => 'DELETE FROM orders'))
--- duckdb file as table
SELECT * FROM '/etc/passwd'
--- duckdb attach
ATTACH '/tmp/other.db' AS other
--- duckdb copy to
COPY orders TO '/tmp/orders.csv'
--- duckdb copy from
COPY orders FROM '/tmp/orders.csv'
--- duckdb install
INSTALL httpfs
--- duckdb load
LOAD httpfs
--- duckdb pragma
PRAGMA enable_profiling
--- duckdb create secret
CREATE SECRET (TYPE S3, KEY_ID 'x', SECRET 'y')
--- duckdb detach
DETACH other
--- duckdb export database
EXPORT DATABASE '/tmp/dump'
--- duckdb checkpoint
CHECKPOINT
--- duckdb set variable
SET VARIABLE x = 1
--- duckdb from first
FROM orders
--- postgres style select into
SELECT * INTO new_table FROM orders
--- empty
 
--- only comment
-- nothing here
--- only semicolon
;
--- garbage
this is not sql
--- begin
BEGIN
--- replace into
REPLACE INTO orders VALUES (1)
--- upsert
INSERT INTO orders VALUES (1) ON CONFLICT DO NOTHING
--- load data hive
LOAD DATA INPATH 's3://x' INTO TABLE orders
--- show create then drop
SHOW CREATE TABLE orders; DROP TABLE orders
--- describe then delete
DESCRIBE orders; DELETE FROM orders
--- values then insert
VALUES 1; INSERT INTO t VALUES 1
--- show schemas lists databases the allowlist hides
SHOW SCHEMAS
--- show catalogs lists catalogs the allowlist hides
SHOW CATALOGS
