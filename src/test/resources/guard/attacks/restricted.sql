-- header: reads of the restricted PII columns customers.email and suppliers.contact_email,
-- with or without naming them: star forms (*, c.*, TABLE, FROM-first, CTEs, EXCLUDE/REPLACE/
-- RENAME/LIKE), COLUMNS(...), DuckDB positional #n references, column alias lists, whole-row
-- values (struct, to_json, cast, struct_extract_at), UNNEST/LATERAL/PIVOT/UNPIVOT/SUMMARIZE,
-- joins and set operations that move the column into another name, case/quote variants,
-- and inference (WHERE/ORDER/GROUP/HAVING/EXISTS/FILTER/QUALIFY) that returns no PII column.
--- restricted: select star customers
SELECT * FROM customers
--- restricted: select star suppliers
SELECT * FROM suppliers
--- restricted: qualified star
SELECT customers.* FROM customers
--- restricted: alias star
SELECT c.* FROM customers c
--- restricted: table statement
TABLE customers
--- restricted: duckdb from-first
FROM suppliers
--- restricted: duckdb from-first with where
FROM customers WHERE country = 'Germany'
--- restricted: cte over table statement
WITH t AS (TABLE customers) SELECT * FROM t
--- restricted: cte over star
WITH t AS (SELECT * FROM suppliers) SELECT t.* FROM t
--- restricted: subquery over star
SELECT * FROM (SELECT * FROM customers) s
--- restricted: nested subqueries over star
SELECT * FROM (SELECT * FROM (SELECT * FROM (TABLE customers)))
--- restricted: star in join
SELECT * FROM orders o JOIN customers c ON o.customer_id = c.customer_id
--- restricted: star over cross join of both tables
SELECT * FROM customers, suppliers LIMIT 10
--- restricted: star with group by all
SELECT *, count(*) OVER () FROM customers
--- restricted: star order by position
SELECT * FROM customers ORDER BY 4
--- restricted: star group by positions
SELECT * FROM customers GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
--- restricted: star except other column
SELECT * EXCLUDE (first_name) FROM customers
--- restricted: star replace other column
SELECT * REPLACE (upper(first_name) AS first_name) FROM customers
--- restricted: star rename
SELECT * RENAME (email AS contact) FROM customers
--- restricted: star like pattern
SELECT * LIKE '%mail%' FROM customers
--- restricted: star similar to pattern
SELECT * SIMILAR TO '.*mail' FROM suppliers
--- restricted: columns regex
SELECT COLUMNS('e.*') FROM customers
--- restricted: columns regex suppliers
SELECT COLUMNS('.*_email') FROM suppliers
--- restricted: columns star
SELECT COLUMNS(*) FROM customers
--- restricted: columns lambda
SELECT COLUMNS(lambda c: c ILIKE '%MAIL%') FROM suppliers
--- restricted: columns inside function
SELECT max(COLUMNS('^e')) FROM customers
--- restricted: positional column reference
SELECT #4 FROM customers
--- restricted: positional column reference suppliers
SELECT #1, #4 FROM suppliers
--- restricted: column alias list then select alias
SELECT mail FROM customers AS c(a, b, cc, mail, e, f, g, h)
--- restricted: partial column alias list
SELECT d FROM customers t(a, b, c, d)
--- restricted: cte column alias list
WITH t(a, b, c, d, e, f, g, h) AS (TABLE customers) SELECT d FROM t
--- restricted: subquery column alias list suppliers
SELECT x4 FROM (SELECT * FROM suppliers) s(x1, x2, x3, x4)
--- restricted: trino exclude_columns
SELECT * FROM TABLE(exclude_columns(input => TABLE(customers), columns => DESCRIPTOR(customer_id)))
--- restricted: query_table
SELECT * FROM query_table('customers')
--- restricted: query text
SELECT * FROM query('SELECT contact_email FROM suppliers')
--- restricted: whole row by alias
SELECT c FROM customers c
--- restricted: whole row by table name
SELECT customers FROM customers
--- restricted: struct_pack over columns star
SELECT struct_pack(COLUMNS(*)) FROM customers
--- restricted: to_json whole row
SELECT to_json(c) FROM customers c
--- restricted: row_to_json whole row
SELECT row_to_json(s) FROM suppliers s
--- restricted: whole row cast to varchar
SELECT c::VARCHAR AS row_text FROM customers c
--- restricted: whole row string_agg
SELECT string_agg(c::VARCHAR, chr(10)) FROM customers c
--- restricted: whole row list aggregate
SELECT list(s) FROM suppliers s
--- restricted: struct subscript by computed name
SELECT c['em' || 'ail'] FROM customers c
--- restricted: struct_extract by upper name
SELECT struct_extract(c, 'EMAIL') FROM customers c
--- restricted: struct_extract_at position
SELECT struct_extract_at(c, 4) FROM customers c
--- restricted: struct position on subquery row
SELECT struct_extract_at(r, 4) FROM (SELECT c AS r FROM customers c)
--- restricted: json path on whole row
SELECT json_extract_string(to_json(c), '$.' || 'em' || 'ail') FROM customers c
--- restricted: unnest of whole row struct
SELECT unnest(c) FROM customers c
--- restricted: unnest of list of whole rows
SELECT unnest(list(s), recursive := true) FROM suppliers s
--- restricted: row constructor over columns star
SELECT row(COLUMNS(*)) FROM customers
--- restricted: list_value over columns star
SELECT list_value(COLUMNS(*)::VARCHAR) FROM suppliers
--- restricted: lateral star
SELECT x.* FROM customers c, LATERAL (SELECT c.*) x
--- restricted: lateral whole row
SELECT x.* FROM suppliers s CROSS JOIN LATERAL (SELECT s AS r) x
--- restricted: unpivot all columns into values
UNPIVOT customers ON COLUMNS(* EXCLUDE (customer_id, signup_date)) INTO NAME k VALUE v
--- restricted: unpivot suppliers
UNPIVOT suppliers ON name, country, contact_email INTO NAME k VALUE v
--- restricted: pivot makes emails column names
PIVOT (SELECT email, segment FROM customers) ON email USING count(*)
--- restricted: summarize shows min max
SUMMARIZE customers
--- restricted: summarize query
SUMMARIZE SELECT * FROM suppliers
--- restricted: trino show stats
SHOW STATS FOR customers
--- restricted: trino show stats for query
SHOW STATS FOR (SELECT email FROM customers)
--- restricted: summary table function over star
SELECT * FROM summary((SELECT * FROM customers))
--- restricted: natural join guesses email
SELECT count(*) FROM customers NATURAL JOIN (VALUES ('emily.smith@gmail.com')) AS g(email)
--- restricted: using email join
SELECT * FROM customers JOIN customers c2 USING (email)
--- restricted: using clause join outputs column
SELECT * FROM suppliers s1 JOIN suppliers s2 USING (contact_email)
--- restricted: natural join of customers with itself
SELECT * FROM customers NATURAL JOIN (SELECT * FROM customers) c2
--- restricted: join on email between tables
SELECT c.first_name, s.name FROM customers c JOIN suppliers s ON c.email = s.contact_email
--- restricted: union places email into allowed column name
SELECT customer_id, first_name, last_name, country FROM customers WHERE false UNION ALL SELECT customer_id, first_name, last_name, "EMAIL" FROM customers
--- restricted: union of stars
SELECT * FROM customers UNION ALL SELECT * FROM customers
--- restricted: union by name with star
SELECT first_name FROM customers UNION ALL BY NAME SELECT * FROM suppliers
--- restricted: intersect star
SELECT * FROM customers INTERSECT SELECT * FROM customers
--- restricted: except probing
SELECT * FROM suppliers EXCEPT SELECT * FROM suppliers WHERE false
--- restricted: quoted upper case name
SELECT "EMAIL" FROM customers
--- restricted: mixed case name
SELECT Email FROM customers
--- restricted: qualified quoted mixed case
SELECT c."Contact_Email" FROM suppliers c
--- restricted: backtick name
SELECT `email` FROM customers
--- restricted: alias to harmless name
SELECT email AS first_name FROM customers
--- restricted: function over restricted column
SELECT lower(email) AS x FROM customers
--- restricted: split email domain
SELECT split_part(contact_email, '@', 2) AS domain FROM suppliers
--- restricted: window lag over email
SELECT first_name, lag(email) OVER (ORDER BY customer_id) FROM customers
--- restricted: scalar subquery email
SELECT first_name, (SELECT max(email) FROM customers) FROM customers LIMIT 1
--- restricted: distinct on email
SELECT DISTINCT ON (email) first_name FROM customers
--- restricted: hash of email
SELECT md5(email) FROM customers
--- restricted: where like with count
SELECT count(*) FROM customers WHERE email LIKE 'a%'
--- restricted: where like on quoted upper case
SELECT count(*) FROM customers WHERE "EMAIL" LIKE '%@gmail.com'
--- restricted: character by character probe
SELECT first_name FROM customers WHERE substr(email, 1, 1) = 'e' AND customer_id = 1
--- restricted: exists probe of specific email
SELECT EXISTS (SELECT 1 FROM customers WHERE email = 'emily.smith@gmail.com') AS known
--- restricted: case expression leaks bit
SELECT customer_id, CASE WHEN email LIKE '%gmail%' THEN 1 ELSE 0 END AS g FROM customers
--- restricted: order by email leaks order
SELECT first_name FROM customers ORDER BY email
--- restricted: group by email domain
SELECT count(*) FROM suppliers GROUP BY split_part(contact_email, '@', 2)
--- restricted: having on email
SELECT country FROM customers GROUP BY country HAVING max(email) > 'm'
--- restricted: length of email
SELECT customer_id, length(email) FROM customers
--- restricted: min max of contact email
SELECT min(contact_email), max(contact_email) FROM suppliers
--- restricted: regexp probe in where
SELECT count(*) FROM customers WHERE regexp_matches(email, '^[a-m]')
--- restricted: join condition probe
SELECT count(*) FROM customers c JOIN orders o ON o.customer_id = c.customer_id AND c.email LIKE 'j%'
--- restricted: in list guess
SELECT first_name FROM customers WHERE email IN ('emily.smith@gmail.com', 'a@b.c')
--- restricted: semi join probe
SELECT * FROM orders WHERE customer_id IN (SELECT customer_id FROM customers WHERE email LIKE '%proton.me')
--- restricted: filter clause probe
SELECT count(*) FILTER (WHERE email LIKE '%yahoo%') FROM customers
--- restricted: qualify probe
SELECT first_name FROM customers QUALIFY row_number() OVER (ORDER BY email) = 1
