-- Realistic, valid Athena engine v3 (Trino) statements: the parser-choice corpus and part of the allowed corpus.
-- Format: each case starts with a line "--- <name>"; everything up to the next such line is the SQL.
--- simple select
SELECT order_id, amount FROM orders WHERE amount > 100
--- trailing semicolon
SELECT count(*) FROM orders;
--- cte
WITH recent AS (
  SELECT customer_id, amount FROM orders WHERE order_date >= date_add('day', -7, current_date)
)
SELECT customer_id, sum(amount) AS total FROM recent GROUP BY customer_id ORDER BY total DESC LIMIT 10
--- multiple ctes
WITH a AS (SELECT 1 AS x), b AS (SELECT x + 1 AS y FROM a)
SELECT * FROM a CROSS JOIN b
--- unnest with ordinality
SELECT o.order_id, item, pos
FROM orders o
CROSS JOIN UNNEST(o.items) WITH ORDINALITY AS t (item, pos)
--- unnest plain
SELECT n FROM UNNEST(ARRAY[1, 2, 3]) AS t(n)
--- lambda transform
SELECT transform(ARRAY[1, 2, 3], x -> x + 1) AS plus_one
--- lambda filter and reduce
SELECT filter(tags, t -> t LIKE 'a%') AS a_tags, reduce(ARRAY[1, 2, 3], 0, (s, x) -> s + x, s -> s) AS total FROM products
--- try_cast
SELECT TRY_CAST(amount AS DECIMAL(10, 2)) AS amt FROM orders
--- date_add current_date
SELECT * FROM orders WHERE order_date BETWEEN date_add('day', -7, current_date) AND current_date
--- date_trunc
SELECT date_trunc('month', order_date) AS month, count(*) AS n FROM orders GROUP BY 1 ORDER BY 1
--- window functions
SELECT customer_id, amount,
       row_number() OVER (PARTITION BY customer_id ORDER BY amount DESC) AS rn,
       sum(amount) OVER (PARTITION BY customer_id ORDER BY order_date ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS running
FROM orders
--- lag lead
SELECT order_date, amount, lag(amount, 1) OVER (ORDER BY order_date) AS prev, lead(amount) OVER (ORDER BY order_date) AS next FROM orders
--- from_iso8601_timestamp
SELECT from_iso8601_timestamp('2024-01-01T00:00:00Z') AS ts
--- double-quoted identifiers
SELECT "order id", "Amount" FROM "sales"."orders"
--- interval day
SELECT * FROM events WHERE event_time > current_timestamp - INTERVAL '7' DAY
--- interval hour arithmetic
SELECT event_time + INTERVAL '2' HOUR AS later FROM events
--- approx_distinct
SELECT approx_distinct(customer_id) AS customers FROM orders
--- approx_percentile
SELECT approx_percentile(amount, 0.95) AS p95 FROM orders
--- array_agg
SELECT customer_id, array_agg(order_id ORDER BY order_date) AS orders FROM orders GROUP BY customer_id
--- map constructor
SELECT map(ARRAY['a', 'b'], ARRAY[1, 2]) AS m
--- map subscript and element_at
SELECT element_at(attributes, 'color') AS color, attributes['size'] AS size FROM products
--- row constructor
SELECT ROW(1, 'a') AS r, CAST(ROW(1, 2.0) AS ROW(x BIGINT, y DOUBLE)) AS typed
--- values
VALUES (1, 'a'), (2, 'b')
--- values in from
SELECT * FROM (VALUES (1, 'a'), (2, 'b')) AS t (id, name)
--- show tables
SHOW TABLES
--- show tables in like
SHOW TABLES IN sales LIKE 'ord%'
--- show columns
SHOW COLUMNS FROM orders
--- describe
DESCRIBE orders
--- explain select
EXPLAIN SELECT * FROM orders
--- explain with options
EXPLAIN (TYPE DISTRIBUTED, FORMAT TEXT) SELECT count(*) FROM orders
--- tablesample
SELECT * FROM orders TABLESAMPLE BERNOULLI (10)
--- nulls last
SELECT * FROM orders ORDER BY shipped_date DESC NULLS LAST
--- offset limit
SELECT * FROM orders ORDER BY order_id OFFSET 20 LIMIT 10
--- fetch first
SELECT * FROM orders ORDER BY amount DESC FETCH FIRST 5 ROWS ONLY
--- three-part name
SELECT * FROM "awsdatacatalog"."sales"."orders" LIMIT 10
--- three-part unquoted
SELECT count(*) FROM awsdatacatalog.sales.orders
--- join using
SELECT o.order_id, c.name FROM orders o JOIN customers c USING (customer_id)
--- left join on
SELECT c.name, count(o.order_id) AS n FROM customers c LEFT JOIN orders o ON o.customer_id = c.customer_id GROUP BY c.name HAVING count(o.order_id) > 2
--- union all
SELECT customer_id FROM orders UNION ALL SELECT customer_id FROM returns
--- intersect except
(SELECT customer_id FROM orders INTERSECT SELECT customer_id FROM returns) EXCEPT SELECT customer_id FROM blocked
--- case when
SELECT CASE WHEN amount > 100 THEN 'big' WHEN amount > 10 THEN 'medium' ELSE 'small' END AS size FROM orders
--- coalesce nullif if
SELECT coalesce(discount, 0) AS d, nullif(status, '') AS s, if(amount > 0, 'pos', 'neg') AS sign FROM orders
--- regexp and json
SELECT regexp_extract(url, 'https?://([^/]+)', 1) AS host, json_extract_scalar(payload, '$.user.id') AS user_id FROM events
--- grouping sets
SELECT region, product, sum(amount) FROM sales GROUP BY GROUPING SETS ((region), (product), ())
--- rollup
SELECT region, product, sum(amount) FROM sales GROUP BY ROLLUP (region, product)
--- exists subquery
SELECT * FROM customers c WHERE EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.customer_id)
--- in subquery and scalar subquery
SELECT name, (SELECT max(amount) FROM orders) AS max_amount FROM customers WHERE customer_id IN (SELECT customer_id FROM orders)
--- at time zone
SELECT event_time AT TIME ZONE 'Europe/Paris' AS local_time FROM events
--- date and timestamp literals
SELECT * FROM orders WHERE order_date >= DATE '2024-01-01' AND created_at < TIMESTAMP '2024-02-01 00:00:00'
--- cast to varchar and concat
SELECT CAST(order_id AS VARCHAR) || '-' || status AS label FROM orders
--- count distinct filter
SELECT count(DISTINCT customer_id) FILTER (WHERE amount > 0) AS paying FROM orders
--- limit all
SELECT * FROM orders LIMIT ALL
--- lateral
SELECT c.name, x.n FROM customers c, LATERAL (SELECT count(*) AS n FROM orders o WHERE o.customer_id = c.customer_id) x
--- show create table
SHOW CREATE TABLE orders
--- show functions
SHOW FUNCTIONS
--- recursive cte
WITH RECURSIVE t(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM t WHERE n < 10) SELECT sum(n) FROM t
--- lowercase keywords
select status, count(*) from orders where status <> 'cancelled' group by status
--- comment inside query
SELECT /* the amount */ amount -- trailing comment
FROM orders
--- semicolon inside string literal
SELECT ';DROP TABLE t' AS s
--- unicode string
SELECT U&'caf\00E9' AS word
--- struct dereference
SELECT address.city FROM customers
--- cardinality contains
SELECT cardinality(items) AS n, contains(tags, 'sale') AS on_sale FROM products
--- split and array join
SELECT array_join(split(path, '/'), ' > ') AS crumbs FROM pages
--- iceberg time travel
SELECT * FROM orders FOR TIMESTAMP AS OF TIMESTAMP '2024-01-01 00:00:00 UTC'
--- iceberg version travel
SELECT * FROM orders FOR VERSION AS OF 949530903748831860
--- named window clause
SELECT customer_id, sum(amount) OVER w AS s, avg(amount) OVER w AS a FROM orders WINDOW w AS (PARTITION BY customer_id)
--- match_recognize
SELECT * FROM orders MATCH_RECOGNIZE (
  PARTITION BY customer_id ORDER BY order_date
  MEASURES A.amount AS first_amount
  PATTERN (A B+)
  DEFINE B AS B.amount > PREV(B.amount)
)
--- json_query with wrapper
SELECT json_query(payload, 'lax $.items[*]' WITH ARRAY WRAPPER) AS items FROM events
--- is distinct from and try
SELECT try(amount / quantity) AS unit FROM orders WHERE status IS DISTINCT FROM 'x'
--- unnest map
SELECT k, v FROM products CROSS JOIN UNNEST(attributes) AS t (k, v)
--- array subscript and slice
SELECT ARRAY[1, 2, 3][1] AS first, slice(ARRAY[1, 2, 3], 1, 2) AS head
--- format_datetime parse_datetime
SELECT format_datetime(event_time, 'yyyy-MM-dd') AS d, parse_datetime('2024-01-01', 'yyyy-MM-dd') AS p FROM events
--- hidden partitions table
SELECT * FROM "orders$partitions"
--- show stats
SHOW STATS FOR orders
--- show columns like
SHOW COLUMNS FROM sales.orders LIKE 'a%'
--- explain validate
EXPLAIN (TYPE VALIDATE) SELECT 1
--- athena hive ddl show partitions
SHOW PARTITIONS orders
--- athena hive ddl show tblproperties
SHOW TBLPROPERTIES orders
--- athena hive ddl show databases
SHOW DATABASES
--- athena hive ddl describe formatted
DESCRIBE FORMATTED orders
