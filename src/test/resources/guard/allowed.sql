-- Statements the read-only guard must allow (in addition to athena-valid.sql).
-- Format: each case starts with a line "--- <name>"; <U+XXXX> stands for that code point.
--- string with semicolon and drop
SELECT ';DROP TABLE t' AS s
--- string with comment markers
SELECT '-- not a comment; DELETE FROM t' AS s, '/* ; */' AS t
--- quoted identifier containing semicolon
SELECT 1 AS "a;DROP TABLE t"
--- quoted identifier named drop
SELECT "drop", "delete" FROM "insert"
--- column named like a keyword in string
SELECT * FROM orders WHERE status = 'INSERT INTO t VALUES (1)'
--- escaped quote and semicolon
SELECT 'it''s; fine' AS s
--- comment containing a write statement
SELECT 1 /* DROP TABLE t; DELETE FROM u */
--- line comment containing a write statement
SELECT 1 -- ; DROP TABLE t
--- leading comment
-- list the recent orders
SELECT * FROM orders
--- trailing semicolon and comment
SELECT 1; -- done
--- trailing semicolon and whitespace
SELECT 1 ;   
	
--- tabs and newlines
SELECT
	order_id,
	amount
FROM
	orders
--- mixed case keywords
sElEcT CoUnT(*) fRoM orders
--- nested subqueries
SELECT * FROM (SELECT * FROM (SELECT order_id FROM orders) a) b
--- cte named like a write keyword
WITH "delete" AS (SELECT 1 AS x) SELECT x FROM "delete"
--- explain with cte
EXPLAIN WITH a AS (SELECT 1 AS x) SELECT x FROM a
--- explain values
EXPLAIN VALUES 1
--- values single row
VALUES 1
--- describe qualified
DESCRIBE sales.orders
--- show create view
SHOW CREATE VIEW recent_orders
--- show tables from
SHOW TABLES FROM sales
--- union of values and select
SELECT 1 UNION ALL VALUES 2
--- exists with limit
SELECT EXISTS (SELECT 1 FROM orders LIMIT 1) AS has_orders
--- function named like a table reader but not denied
SELECT read_count FROM stats
--- column named query
SELECT query FROM query_log
--- unicode in string literal
SELECT 'café ; ＤＲＯＰ' AS s
--- unicode quoted identifier
SELECT 1 AS "ünïcödé"
--- deeply nested parentheses
SELECT ((((((1))))))
--- very long in list
SELECT * FROM orders WHERE order_id IN (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20)
--- select without from
SELECT current_date, current_timestamp, now()
--- cross join unnest sequence
SELECT d FROM UNNEST(sequence(DATE '2024-01-01', DATE '2024-01-31', INTERVAL '1' DAY)) AS t(d)
